package nl.rendement.app.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Files for import tests: CSV as lines of text, XLSX with typed cells as Excel writes them. */
final class ImportFiles {

    private ImportFiles() {}

    static Path csv(Path folder, String name, String... lines) throws IOException {
        return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n");
    }

    /**
     * A workbook of one sheet: the first row its headers, then the rows; a {@link String} is a text
     * cell, a {@link Number} a number cell, a {@link LocalDate} a date cell (formatted dd-mm-yyyy,
     * as a Dutch Excel shows it) and {@code null} a blank cell.
     */
    static Path xlsx(Path folder, String name, Object[]... rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(folder.resolve(name))) {
            XSSFSheet sheet = book.createSheet("Blad1");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value == null) {
                        continue;
                    }
                    XSSFCell cell = row.createCell(c);
                    if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof BigDecimal number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            book.write(out);
        }
        return folder.resolve(name);
    }

    static Object[] row(Object... cells) {
        return cells;
    }
}
