package nl.rendement.app.importing.formats;

/**
 * Keeps text that a spreadsheet would run as a formula from being one (OWASP's advice on CSV
 * injection): text that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return gets an apostrophe in front, which spreadsheets show as text. The tabular reader takes such
 * an apostrophe off again, so a defused file reads back as what was written. Numbers are not text
 * and keep their minus sign.
 */
public final class FormulaGuard {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private FormulaGuard() {}

    /** Whether a spreadsheet would take this text for a formula. */
    public static boolean startsFormula(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** The text with an apostrophe in front when a spreadsheet would take it for a formula. */
    public static String defused(String text) {
        return startsFormula(text) ? "'" + text : text;
    }

    /** A cell as written, without the apostrophe {@link #defused} put in front of it. */
    public static String restored(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && startsFormula(cell.substring(1))
                ? cell.substring(1)
                : cell;
    }
}
