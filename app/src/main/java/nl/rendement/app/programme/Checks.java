package nl.rendement.app.programme;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** The checks the programme records share; each failure names the field and its message key. */
final class Checks {

    private Checks() {}

    static <T> T present(T value, String field, String key) {
        if (value == null) {
            throw new ProgrammeRejected(field, key);
        }
        return value;
    }

    /** The text without surrounding spaces; it must have 1 to {@code max} characters. */
    static String text(String value, int max, String field, String key) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new ProgrammeRejected(field, key);
        }
        return value.strip();
    }

    /** The text without surrounding spaces, empty when blank; at most {@code max} characters. */
    static Optional<String> optionalText(Optional<String> value, int max, String field, String key) {
        Objects.requireNonNull(value, field);
        Optional<String> stripped = value.map(String::strip).filter(text -> !text.isEmpty());
        if (stripped.filter(text -> text.length() > max).isPresent()) {
            throw new ProgrammeRejected(field, key);
        }
        return stripped;
    }

    /** The number at exactly {@code scale} decimals, if it lies in [low, high] and needs no rounding. */
    static BigDecimal decimal(BigDecimal value, String low, String high, int scale, String field, String key) {
        present(value, field, key);
        if (value.compareTo(new BigDecimal(low)) < 0
                || value.compareTo(new BigDecimal(high)) > 0
                || value.stripTrailingZeros().scale() > scale) {
            throw new ProgrammeRejected(field, key);
        }
        return value.setScale(scale);
    }
}
