package nl.rendement.app.importing;

/** What a column holds, and so how the tabular reader reads its cells. */
public enum ColumnType {
    /** Any text, trimmed. */
    TEXT,
    /** A whole number, Dutch ({@code 1.234}) or English ({@code 1,234}) grouping. */
    INTEGER,
    /** A number, Dutch ({@code 1.234,5}) or English ({@code 1,234.5}) style. */
    DECIMAL,
    /**
     * A number of percentage points: {@code 25}, {@code 25%} and {@code 25 %} are all 25; an XLSX
     * cell formatted as a percentage (stored as 0.25) is 25 too.
     */
    PERCENTAGE,
    /** A day: dd-mm-yyyy, mm-dd-yyyy, yyyy-mm-dd (also with {@code /}), or an XLSX date cell. */
    DATE,
    /** Yes or no: ja/nee, yes/no, j/n, y/n, true/false, waar/onwaar, 1/0, or an XLSX boolean. */
    BOOLEAN;

    boolean isNumber() {
        return this == INTEGER || this == DECIMAL || this == PERCENTAGE;
    }
}
