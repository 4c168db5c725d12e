package nl.rendement.app.importing;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

    private static final int SHAPE_LENGTH = 32;
    private static final int SHAPE_CAP = 10_000;
    private static final Map<String, Reading> SHAPES = new ConcurrentHashMap<>();

    private Numbers() {}

    /** The number part of a cell's text: without spaces and, for a percentage, without its sign. */
    static String compact(String text, ColumnType type) {
        String compact = hasBlank(text) ? BLANKS.matcher(text).replaceAll("") : text;
        if (type == ColumnType.PERCENTAGE && compact.endsWith("%")) {
            compact = compact.substring(0, compact.length() - 1);
        }
        return compact;
    }

    /** Whether the text has a character {@link #BLANKS} removes (most numbers have none: no need to copy them). */
    private static boolean hasBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f') {
                return true;
            }
        }
        return false;
    }

    static Optional<BigDecimal> parse(String compact, NumberStyle style) {
        boolean dutch = style == NumberStyle.DUTCH;
        if (!reads(compact, style)) {
            return Optional.empty();
        }
        String plain = dutch ? compact.replace(".", "").replace(',', '.') : compact.replace(",", "");
        return Optional.of(new BigDecimal(plain));
    }

    /**
     * Whether a style reads the text. Both patterns tell only ASCII digits from the other
     * characters, so the answer depends on the text's shape alone (its characters with each digit as
     * {@code d}): a file's million values have a few dozen shapes, each matched once. Long texts and
     * shapes past the cap (a hostile file) are matched as they come.
     */
    static boolean reads(String compact, NumberStyle style) {
        boolean dutch = style == NumberStyle.DUTCH;
        if (compact.length() > SHAPE_LENGTH) {
            return (dutch ? DUTCH : ENGLISH).matcher(compact).matches();
        }
        char[] shape = compact.toCharArray();
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] >= '0' && shape[i] <= '9') {
                shape[i] = 'd';
            }
        }
        String key = new String(shape);
        Reading reading = SHAPES.get(key);
        if (reading == null) {
            reading = new Reading(
                    DUTCH.matcher(compact).matches(), ENGLISH.matcher(compact).matches());
            if (SHAPES.size() < SHAPE_CAP) {
                SHAPES.putIfAbsent(key, reading);
            }
        }
        return dutch ? reading.dutch() : reading.english();
    }

    /** Which styles read a shape. */
    private record Reading(boolean dutch, boolean english) {}

    static NumberStyle other(NumberStyle style) {
        return style == NumberStyle.DUTCH ? NumberStyle.ENGLISH : NumberStyle.DUTCH;
    }
}
