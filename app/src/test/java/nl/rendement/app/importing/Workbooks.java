package nl.rendement.app.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * XLSX files as Excel writes them, for import tests: text as text, numbers as numbers, dates as
 * date-formatted serial days, {@link Percent}s as percentage-formatted fractions, null as a blank.
 */
final class Workbooks {

    /** A cell Excel shows as a percentage: 40% is stored as 0.4. */
    record Percent(String shown) {}

    private Workbooks() {}

    static byte[] xlsx(String sheetName, Object[][] rows) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd-mm-yyyy"));
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0%"));
            XSSFSheet sheet = book.createSheet(sheetName);
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    write(row, c, rows[r][c], date, percent);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(XSSFRow row, int column, Object value, CellStyle date, CellStyle percent) {
        if (value == null) {
            return;
        }
        XSSFCell cell = row.createCell(column);
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof Number number) {
            cell.setCellValue(new BigDecimal(number.toString()).doubleValue());
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (value instanceof Percent share) {
            cell.setCellValue(new BigDecimal(share.shown()).movePointLeft(2).doubleValue());
            cell.setCellStyle(percent);
        } else {
            throw new IllegalArgumentException("no cell for " + value);
        }
    }
}
