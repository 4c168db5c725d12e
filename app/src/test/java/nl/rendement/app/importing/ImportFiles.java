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

/** Import files as people make them: CSV text, or an Excel workbook with typed cells (numbers, dates). */
final class ImportFiles {

    private ImportFiles() {}

    static Path csv(Path folder, String... lines) throws IOException {
        Path file = Files.createTempFile(folder, "import", ".csv");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    /**
     * A workbook of one sheet whose first row is the header: text as text cells, numbers as number
     * cells, dates as date cells shown dd-mm-yyyy, {@code null} as an empty cell.
     */
    static Path xlsx(Path folder, Object[]... rows) throws IOException {
        Path file = Files.createTempFile(folder, "import", ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = book.createSheet("Data");
            XSSFCellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd-mm-yyyy"));
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    write(row.createCell(c), rows[r][c], date);
                }
            }
            book.write(out);
        }
        return file;
    }

    private static void write(XSSFCell cell, Object value, XSSFCellStyle date) {
        if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }
}
