package nl.rendement.app.importing.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An XLSX template: a sheet with the bold header, one example row and typed cells (text as text
 * cells, so nothing in it is ever a formula; numbers, dates and yes/no as such), then a help sheet
 * listing each column with its type, whether it is required, its allowed values and its meaning.
 * Text columns are formatted as text, so that an employee number typed as {@code 004512} keeps its
 * zeros.
 */
final class XlsxTemplate {

    private static final int WIDTH_UNITS_PER_CHARACTER = 256;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Language language;
    private final CellStyle bold;
    private final CellStyle text;

    private XlsxTemplate(Language language) {
        this.language = language;
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        text = styled("@");
    }

    static byte[] write(ImportFormat format, Language language) {
        XlsxTemplate template = new XlsxTemplate(language);
        template.data(format);
        template.help(format);
        return template.bytes();
    }

    private void data(ImportFormat format) {
        Sheet sheet = workbook.createSheet(
                WorkbookUtil.createSafeSheetName(format.title().in(language)));
        List<FormatColumn> columns = format.columns();
        header(sheet, columns.stream().map(column -> column.header(language)).toList());
        Row example = sheet.createRow(1);
        for (int index = 0; index < columns.size(); index++) {
            FormatColumn column = columns.get(index);
            if (column.column().type() == nl.rendement.app.importing.ColumnType.TEXT) {
                sheet.setDefaultColumnStyle(index, text);
            }
            if (column.inExampleRow()) {
                cell(example.createCell(index), column);
            }
            width(sheet, index, Math.max(column.header(language).length(), 12));
        }
        sheet.createFreezePane(0, 1);
    }

    private void cell(Cell cell, FormatColumn column) {
        Object value = column.example(language);
        switch (column.column().type()) {
            case TEXT -> {
                cell.setCellStyle(text);
                cell.setCellValue((String) value);
            }
            case INTEGER -> cell.setCellValue(((Long) value).doubleValue());
            case DECIMAL -> cell.setCellValue(((BigDecimal) value).doubleValue());
            case PERCENTAGE -> {
                BigDecimal points = (BigDecimal) value;
                cell.setCellStyle(styled(points.stripTrailingZeros().scale() <= 0 ? "0%" : "0.0#%"));
                cell.setCellValue(points.movePointLeft(2).doubleValue());
            }
            case DATE -> {
                cell.setCellStyle(styled(language == Language.DUTCH ? "dd-mm-yyyy" : "yyyy-mm-dd"));
                cell.setCellValue((LocalDate) value);
            }
            case BOOLEAN -> cell.setCellValue((Boolean) value);
        }
    }

    private void help(ImportFormat format) {
        Sheet sheet = workbook.createSheet(Bilingual.of("Help", "Toelichting").in(language));
        header(
                sheet,
                List.of(
                        Bilingual.of("column", "kolom").in(language),
                        Bilingual.of("type", "soort").in(language),
                        Bilingual.of("required", "verplicht").in(language),
                        Bilingual.of("values", "waarden").in(language),
                        Bilingual.of("description", "toelichting").in(language)));
        int rowIndex = 1;
        for (FormatColumn column : format.columns()) {
            texts(
                    sheet.createRow(rowIndex++),
                    List.of(
                            column.header(language),
                            Examples.type(column.column().type(), language),
                            Examples.required(column.column().required(), language),
                            Examples.choices(column, language),
                            column.description().in(language)));
        }
        String identity = Examples.identity(format, language);
        if (!identity.isEmpty()) {
            texts(sheet.createRow(rowIndex + 1), List.of(identity));
        }
        int[] widths = {24, 14, 10, 40, 100};
        for (int index = 0; index < widths.length; index++) {
            width(sheet, index, widths[index]);
        }
    }

    private void header(Sheet sheet, List<String> headers) {
        Row row = sheet.createRow(0);
        for (int index = 0; index < headers.size(); index++) {
            Cell cell = row.createCell(index);
            cell.setCellStyle(bold);
            cell.setCellValue(headers.get(index));
        }
    }

    private void texts(Row row, List<String> values) {
        for (int index = 0; index < values.size(); index++) {
            Cell cell = row.createCell(index);
            cell.setCellStyle(text);
            cell.setCellValue(values.get(index));
        }
    }

    private CellStyle styled(String dataFormat) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(dataFormat));
        return style;
    }

    private static void width(Sheet sheet, int column, int characters) {
        sheet.setColumnWidth(column, (characters + 2) * WIDTH_UNITS_PER_CHARACTER);
    }

    private byte[] bytes() {
        try (workbook) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException notInMemory) {
            throw new UncheckedIOException(notInMemory);
        }
    }
}
