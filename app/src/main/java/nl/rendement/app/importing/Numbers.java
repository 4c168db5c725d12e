package nl.rendement.app.importing;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.rendement.app.importing.Conventions.NumberStyle;

/**
 * Numbers written as people write them. Grouping separators must group by three, so {@code 1,5}
 * is only Dutch and {@code 1.5} only English, while {@code 1,234} reads both ways (1.234 or 1234).
 */
final class Numbers {

    private static final Pattern DUTCH = Pattern.compile("[-+]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");
    private static final Pattern ENGLISH = Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final Pattern BLANKS = Pattern.compile("[\\s\u00a0\u202f]");

    private Numbers() {}

    /** The number part of a cell's text: without spaces and, for a percentage, without its sign. */
    static String compact(String text, ColumnType type) {
        String compact = BLANKS.matcher(text).replaceAll("");
        if (type == ColumnType.PERCENTAGE && compact.endsWith("%")) {
            compact = compact.substring(0, compact.length() - 1);
        }
        return compact;
    }

    static Optional<BigDecimal> parse(String compact, NumberStyle style) {
        boolean dutch = style == NumberStyle.DUTCH;
        if (!(dutch ? DUTCH : ENGLISH).matcher(compact).matches()) {
            return Optional.empty();
        }
        String plain = dutch ? compact.replace(".", "").replace(',', '.') : compact.replace(",", "");
        return Optional.of(new BigDecimal(plain));
    }

    static NumberStyle other(NumberStyle style) {
        return style == NumberStyle.DUTCH ? NumberStyle.ENGLISH : NumberStyle.DUTCH;
    }
}
