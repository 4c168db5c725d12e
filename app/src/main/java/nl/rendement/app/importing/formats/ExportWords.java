package nl.rendement.app.importing.formats;

import java.math.BigDecimal;

/** How an export writes a stored value that both file types write alike. */
final class ExportWords {

    private ExportWords() {}

    /** Text as stored, or for a coded column the words of its stored code in the language. */
    static String text(FormatColumn column, Object value, Language language) {
        String stored = value.toString();
        return column.choices().stream()
                .filter(choice -> choice.code().equals(stored))
                .map(choice -> choice.words().in(language))
                .findFirst()
                .orElse(stored);
    }

    /** A stored number without the zeros its column's scale adds ({@code 14.000000} is 14). */
    static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
