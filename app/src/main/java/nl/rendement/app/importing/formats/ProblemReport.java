package nl.rendement.app.importing.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An import's problems as a file to download and work through: one line per problem with the
 * file, row, column, value and reason, in the reader's language. Every cell is text: in CSV a
 * value a spreadsheet would take for a formula gets an apostrophe in front, in XLSX it is a text
 * cell, so an uploaded {@code =HYPERLINK(...)} comes back inert.
 */
public final class ProblemReport {

    /** One problem, already in words. */
    public record Line(String file, String row, String column, String value, String reason) {}

    private ProblemReport() {}

    public static byte[] write(List<String> headers, List<Line> lines, Language language, Templates.FileType type) {
        return type == Templates.FileType.CSV ? csv(headers, lines, language) : xlsx(headers, lines);
    }

    private static byte[] csv(List<String> headers, List<Line> lines, Language language) {
        List<List<String>> records = new ArrayList<>();
        records.add(headers);
        lines.forEach(line -> records.add(cells(line)));
        return CsvTemplate.csv(
                language,
                records.stream()
                        .map(record ->
                                record.stream().map(FormulaGuard::defused).toList())
                        .toList());
    }

    private static byte[] xlsx(List<String> headers, List<Line> lines) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Problems");
            Font font = workbook.createFont();
            font.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(font);
            row(sheet, 0, headers, bold);
            for (int index = 0; index < lines.size(); index++) {
                row(sheet, index + 1, cells(lines.get(index)), null);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int number, List<String> values, CellStyle style) {
        Row row = sheet.createRow(number);
        for (int column = 0; column < values.size(); column++) {
            Cell cell = row.createCell(column);
            cell.setCellValue(values.get(column));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static List<String> cells(Line line) {
        return List.of(line.file(), line.row(), line.column(), line.value(), line.reason());
    }
}
