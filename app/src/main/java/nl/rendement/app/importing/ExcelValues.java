package nl.rendement.app.importing;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellReference;

/**
 * The values of a sheet's XML as Excel writes them: references within its largest sheet, indexes,
 * numbers. Anything else makes the file unreadable as a workbook ({@link #notExcel()}).
 */
final class ExcelValues {

    private static final SpreadsheetVersion EXCEL = SpreadsheetVersion.EXCEL2007;
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    static final int MAX_ROWS = EXCEL.getMaxRows();

    private ExcelValues() {}

    /**
     * A numeric cell's text. Excel stores a double; an exponent is written out through it, so a
     * cell such as {@code 1E-999999999} cannot become a billion digits later.
     */
    static String number(String text) {
        double value = NUMBER.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
        if (!Double.isFinite(value)) {
            throw notExcel();
        }
        boolean exponent = text.indexOf('e') >= 0 || text.indexOf('E') >= 0;
        return exponent ? BigDecimal.valueOf(value).toPlainString() : text;
    }

    /** A cell reference within the largest sheet Excel has, such as {@code B7}. */
    static CellReference reference(String text) {
        try {
            CellReference reference = new CellReference(text);
            if (reference.getRow() < 0
                    || reference.getRow() > EXCEL.getLastRowIndex()
                    || reference.getCol() < 0
                    || reference.getCol() > EXCEL.getLastColumnIndex()) {
                throw notExcel();
            }
            return reference;
        } catch (IllegalArgumentException unreadable) {
            throw notExcel();
        }
    }

    /** A row number or an index into the shared strings or styles, from {@code min} to {@code max}. */
    static int whole(String text, int min, int max) {
        try {
            int whole = Integer.parseInt(text.strip());
            if (whole < min || whole > max) {
                throw notExcel();
            }
            return whole;
        } catch (NumberFormatException notANumber) {
            throw notExcel();
        }
    }

    static UnreadableTable notExcel() {
        return new UnreadableTable("importing.problem.notXlsx");
    }
}
