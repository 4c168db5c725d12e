package nl.rendement.app.importing.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.rendement.app.importing.ColumnType;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An export as XLSX, streamed: POI's SXSSF keeps a window of rows in memory and the rest in a
 * compressed temporary file, removed when the workbook is written. Cells are typed as the
 * templates' example rows are: numbers as numbers, percentages as percentages, dates as dates,
 * yes/no as booleans, and text as text cells, never formulas; text a spreadsheet would run as a
 * formula once edited is marked quote-prefixed, Excel's own apostrophe, so the value stays as
 * stored.
 */
final class XlsxExportWriter implements ExportWriter {

    private static final int ROWS_IN_MEMORY = 200;
    private static final int WIDTH_UNITS_PER_CHARACTER = 256;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final ImportFormat format;
    private final List<FormatColumn> columns;
    private final Language language;
    private final OutputStream out;
    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle date;
    private final CellStyle wholePercentage;
    private final CellStyle percentage;
    private final CellStyle bold;
    private Sheet sheet;
    private int next;

    XlsxExportWriter(ImportFormat format, Language language, OutputStream out) {
        this.format = format;
        this.columns = format.columns();
        this.language = language;
        this.out = out;
        workbook.setCompressTempFiles(true);
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        text = styled("@");
        quoted = styled("@");
        quoted.setQuotePrefixed(true);
        date = styled(language == Language.DUTCH ? "dd-mm-yyyy" : "yyyy-mm-dd");
        wholePercentage = styled("0%");
        percentage = styled("0.0#####%");
        sheet = sheet(format.title().in(language));
    }

    /**
     * Writes a row; past the last row a sheet can hold (1,048,576 with the header), the rows go on
     * in a new sheet with the header again. Rendement reads the first sheet only: so many rows are
     * for a spreadsheet, a CSV export imports them again.
     */
    @Override
    public void row(ExportRow values) {
        if (next > SpreadsheetVersion.EXCEL2007.getLastRowIndex()) {
            sheet = sheet(format.title().in(language) + " " + (workbook.getNumberOfSheets() + 1));
        }
        Row row = sheet.createRow(next++);
        for (int index = 0; index < columns.size(); index++) {
            FormatColumn column = columns.get(index);
            int at = index;
            values.get(column.column()).ifPresent(value -> cell(row.createCell(at), column, value));
        }
    }

    private void cell(Cell cell, FormatColumn column, Object value) {
        ColumnType type = column.column().type();
        switch (type) {
            case TEXT -> {
                String written = ExportWords.text(column, value, language);
                cell.setCellStyle(FormulaGuard.startsFormula(written) ? quoted : text);
                cell.setCellValue(written);
            }
            case INTEGER -> cell.setCellValue(((Long) value).doubleValue());
            case DECIMAL -> cell.setCellValue(((BigDecimal) value).doubleValue());
            case PERCENTAGE -> {
                BigDecimal points = ExportWords.plain((BigDecimal) value);
                cell.setCellStyle(points.scale() <= 0 ? wholePercentage : percentage);
                cell.setCellValue(points.movePointLeft(2).doubleValue());
            }
            case DATE -> {
                cell.setCellStyle(date);
                cell.setCellValue((LocalDate) value);
            }
            case BOOLEAN -> cell.setCellValue((Boolean) value);
        }
    }

    /** A new sheet with the bold header row, frozen; the next row is the one below it. */
    private Sheet sheet(String name) {
        Sheet created = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        Row row = created.createRow(0);
        for (int index = 0; index < columns.size(); index++) {
            FormatColumn column = columns.get(index);
            Cell cell = row.createCell(index);
            cell.setCellStyle(bold);
            cell.setCellValue(column.header(language));
            if (column.column().type() == ColumnType.TEXT) {
                created.setDefaultColumnStyle(index, text);
            }
            created.setColumnWidth(
                    index, (Math.max(column.header(language).length(), 12) + 2) * WIDTH_UNITS_PER_CHARACTER);
        }
        created.createFreezePane(0, 1);
        next = 1;
        return created;
    }

    private CellStyle styled(String dataFormat) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(dataFormat));
        return style;
    }

    @Override
    public void finish() {
        try {
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the temporary file of the rows already flushed out of memory (closing disposes of it). */
    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
