package nl.rendement.app.evaluation.steps;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart's SVG as a page may hold it: the pages' content security policy refuses inline styles,
 * so each {@code style} attribute the drawing wrote becomes the presentation attributes it lists
 * ({@code style='fill: #123; stroke-width: 2'} becomes {@code fill="#123" stroke-width="2"}).
 */
final class SvgPresentation {

    private static final Pattern STYLE = Pattern.compile("\\sstyle=(['\"])(.*?)\\1");

    private SvgPresentation() {}

    static String of(String svg) {
        Matcher style = STYLE.matcher(svg);
        StringBuilder page = new StringBuilder(svg.length());
        while (style.find()) {
            style.appendReplacement(page, Matcher.quoteReplacement(attributes(style.group(2))));
        }
        style.appendTail(page);
        return page.toString();
    }

    private static String attributes(String declarations) {
        StringBuilder attributes = new StringBuilder();
        for (String declaration : declarations.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                attributes
                        .append(' ')
                        .append(declaration.substring(0, colon).trim())
                        .append("=\"")
                        .append(declaration.substring(colon + 1).trim().replace('"', '\''))
                        .append('"');
            }
        }
        return attributes.toString();
    }
}
