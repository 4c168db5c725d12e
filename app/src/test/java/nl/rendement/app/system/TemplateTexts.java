package nl.rendement.app.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rendement.app.system.I18nFinding.Kind;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads one Thymeleaf template for text that would reach the reader without passing through a
 * message bundle, and for the message keys it uses.
 *
 * <ul>
 *   <li>Element content: a text node with a letter in it, outside {@code <script>} and {@code
 *       <style>}, after removing inlined expressions ({@code [[...]]}, {@code [(...)]}, which are
 *       checked as expressions). Prototype text that a {@code th:text} would replace counts too:
 *       templates carry no natural-language text at all.
 *   <li>Attributes shown to the reader ({@code title}, {@code alt}, {@code placeholder}, {@code
 *       aria-label}): a plain value with a letter. {@code alt=""} is fine.
 *   <li>{@code th:text}, {@code th:utext}, {@code th:title}, {@code th:alt}, {@code th:alt-title},
 *       {@code th:placeholder}, {@code th:aria-label}, {@code th:value} and the same attributes set
 *       through {@code th:attr}: the rule of {@link DisplayedLiterals}. A {@code th:value} on a
 *       hidden, checkbox or radio input or an option is never shown and is not checked.
 *   <li>A plain {@code value} with a letter on a {@code <button>} or an {@code <input>} of type
 *       submit, reset or button.
 * </ul>
 *
 * Keys are the names in {@code #{key}} and {@code #{key(args)}} and the quoted first argument of
 * {@code #messages.msg...(...)}; a computed key such as {@code #{${notice}}} cannot be checked here.
 */
final class TemplateTexts {

    private static final Set<String> SHOWN_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label");
    private static final Set<String> SHOWN_EXPRESSIONS =
            Set.of("text", "utext", "title", "alt", "alt-title", "placeholder", "aria-label", "value");
    private static final Set<String> BUTTON_INPUTS = Set.of("submit", "reset", "button");
    private static final Set<String> UNSHOWN_VALUE_INPUTS = Set.of("hidden", "checkbox", "radio");
    private static final Pattern INLINED = Pattern.compile("\\[\\[(.*?)]]|\\[\\((.*?)\\)]", Pattern.DOTALL);
    private static final Pattern KEY =
            Pattern.compile("#\\{\\s*([A-Za-z][\\w.-]*)|#messages\\.msg\\w*\\(\\s*'([^']+)'");

    private final String file;
    private final Predicate<String> defined;
    private final List<I18nFinding> findings = new ArrayList<>();

    private TemplateTexts(String file, Predicate<String> defined) {
        this.file = file;
        this.defined = defined;
    }

    /** The findings in one template; {@code defined} tells whether some bundle has a key. */
    static List<I18nFinding> check(Path template, String name, Predicate<String> defined) {
        Document document;
        try {
            document = Parser.htmlParser().setTrackPosition(true).parseInput(Files.readString(template), name);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        TemplateTexts texts = new TemplateTexts(name, defined);
        document.getAllElements().forEach(texts::element);
        return texts.findings;
    }

    private void element(Element element) {
        String where = "line " + element.sourceRange().start().lineNumber() + " <" + element.tagName() + ">";
        if (!element.normalName().equals("script") && !element.normalName().equals("style")) {
            element.textNodes().forEach(text -> text(text, where));
        }
        for (Attribute attribute : element.attributes()) {
            attribute(element, attribute.getKey(), attribute.getValue(), where);
        }
    }

    private void text(TextNode node, String where) {
        Matcher inlined = INLINED.matcher(node.getWholeText());
        while (inlined.find()) {
            String expression = inlined.group(1) != null ? inlined.group(1) : inlined.group(2);
            keys(expression, where);
            literals(expression, where);
        }
        String plain = inlined.replaceAll(" ").strip();
        if (DisplayedLiterals.hasLetter(plain)) {
            findings.add(new I18nFinding(Kind.LITERAL_TEXT, file, where, plain.replaceAll("\\s+", " ")));
        }
    }

    private void attribute(Element element, String name, String value, String where) {
        if (name.startsWith("th:")) {
            processed(element, name.substring("th:".length()), value, where);
        } else if (name.startsWith("data-th-")) {
            processed(element, name.substring("data-th-".length()), value, where);
        } else if (DisplayedLiterals.hasLetter(value)) {
            if (SHOWN_ATTRIBUTES.contains(name)) {
                findings.add(new I18nFinding(Kind.LITERAL_ATTRIBUTE, file, where, name + "=\"" + value + "\""));
            }
            if (name.equals("value") && isButton(element)) {
                findings.add(new I18nFinding(Kind.LITERAL_BUTTON_VALUE, file, where, "value=\"" + value + "\""));
            }
        }
    }

    private void processed(Element element, String attribute, String value, String where) {
        keys(value, where);
        if (!attribute.equals("attr")) {
            shown(element, attribute, value, where);
            return;
        }
        for (String assignment : assignments(value)) {
            int equals = assignment.indexOf('=');
            if (equals > 0) {
                shown(element, assignment.substring(0, equals).strip(), assignment.substring(equals + 1), where);
            }
        }
    }

    private void shown(Element element, String attribute, String expression, String where) {
        boolean unshownValue = attribute.equals("value")
                && (element.normalName().equals("option") || UNSHOWN_VALUE_INPUTS.contains(type(element)));
        if (SHOWN_EXPRESSIONS.contains(attribute) && !unshownValue) {
            literals(expression, where);
        }
    }

    private void literals(String expression, String where) {
        for (String literal : DisplayedLiterals.in(expression)) {
            findings.add(new I18nFinding(Kind.LITERAL_IN_EXPRESSION, file, where, literal + " in " + expression));
        }
    }

    private void keys(String expression, String where) {
        Matcher key = KEY.matcher(expression);
        while (key.find()) {
            String name = key.group(1) != null ? key.group(1) : key.group(2);
            if (!defined.test(name)) {
                findings.add(new I18nFinding(Kind.UNDEFINED_TEMPLATE_KEY, file, where, name));
            }
        }
    }

    private static boolean isButton(Element element) {
        return element.normalName().equals("button")
                || (element.normalName().equals("input") && BUTTON_INPUTS.contains(type(element)));
    }

    private static String type(Element element) {
        return element.attr("type").strip().toLowerCase(Locale.ROOT);
    }

    /** The {@code name=expression} parts of a th:attr value, split at commas outside brackets. */
    private static List<String> assignments(String value) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && "({[".indexOf(c) >= 0) {
                depth++;
            } else if (!quoted && ")}]".indexOf(c) >= 0) {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                parts.add(value.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(value.substring(start));
        return parts;
    }
}
