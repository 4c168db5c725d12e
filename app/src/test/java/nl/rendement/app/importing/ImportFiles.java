package nl.rendement.app.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Import files as people make them: CSV as lines of text, or an Excel workbook with typed cells
 * as Excel writes them; under a name of the test's choosing (problems name the file) or a fresh
 * one.
 */
final class ImportFiles {

    private ImportFiles() {}

    static Path csv(Path folder, String... lines) throws IOException {
        return namedCsv(
                folder,
                Files.createTempFile(folder, "import", ".csv").getFileName().toString(),
                lines);
    }

    static Path namedCsv(Path folder, String name, String... lines) throws IOException {
        return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n");
    }

    static Path xlsx(Path folder, Object[]... rows) throws IOException {
        return namedXlsx(
                folder,
                Files.createTempFile(folder, "import", ".xlsx").getFileName().toString(),
                rows);
    }

    /**
     * A workbook of one sheet: the first row its headers, then the rows; a {@link String} is a text
     * cell, a {@link Number} a number cell, a {@link LocalDate} a date cell (formatted dd-mm-yyyy,
     * as a Dutch Excel shows it) and {@code null} a blank cell.
     */
    static Path namedXlsx(Path folder, String name, Object[]... rows) throws IOException {
        Path file = folder.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = book.createSheet("Blad1");
            XSSFCellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd-mm-yyyy"));
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        write(row.createCell(c), rows[r][c], date);
                    }
                }
            }
            book.write(out);
        }
        return file;
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    private static void write(XSSFCell cell, Object value, XSSFCellStyle date) {
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
