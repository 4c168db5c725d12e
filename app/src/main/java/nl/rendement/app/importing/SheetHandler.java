package nl.rendement.app.importing;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns a sheet's XML ({@code <row>}, {@code <c>}, {@code <mergeCell>}) into raw rows as it streams.
 * A reference, index or number that Excel would not write makes the file unreadable as a workbook.
 */
final class SheetHandler extends DefaultHandler {

    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final RawRows rows;

    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private List<RawCell> cells = new ArrayList<>();
    private int rowNumber;
    private int column;
    private String type = "";
    private String style = "";
    private boolean inValue;
    private boolean inFormula;
    private boolean hasFormula;

    SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, RawRows rows) {
        this.strings = strings;
        this.styles = styles;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (name(localName, qName)) {
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes);
            case "v", "t" -> inValue = true;
            case "f" -> {
                inFormula = true;
                hasFormula = true;
            }
            case "mergeCell" -> merged(attributes.getValue("ref"));
            default -> {}
        }
    }

    @Override
    public void characters(char[] text, int start, int length) {
        if (inValue) {
            value.append(text, start, length);
        } else if (inFormula) {
            formula.append(text, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (name(localName, qName)) {
            case "v", "t" -> inValue = false;
            case "f" -> inFormula = false;
            case "c" -> endCell();
            case "row" -> rows.row(new RawRow(rowNumber, cells));
            default -> {}
        }
    }

    private static String name(String localName, String qName) {
        return localName.isEmpty() ? qName : localName;
    }

    private void startRow(String number) {
        rowNumber = number == null ? rowNumber + 1 : ExcelValues.whole(number, 1, ExcelValues.MAX_ROWS);
        cells = new ArrayList<>();
    }

    private void startCell(Attributes attributes) {
        String reference = attributes.getValue("r");
        column = reference == null
                ? cells.size()
                : ExcelValues.reference(reference).getCol();
        type = attributes.getValue("t") == null ? "n" : attributes.getValue("t");
        style = attributes.getValue("s") == null ? "" : attributes.getValue("s");
        value.setLength(0);
        formula.setLength(0);
        hasFormula = false;
    }

    private void endCell() {
        while (cells.size() < column) {
            cells.add(RawCell.BLANK);
        }
        cells.add(column, cell());
    }

    private RawCell cell() {
        String text = value.toString();
        if (hasFormula) {
            return new RawCell(formula.toString(), RawCell.Kind.FORMULA);
        }
        return switch (type) {
            case "s" -> new RawCell(sharedString(text), RawCell.Kind.TEXT);
            case "b" -> new RawCell(text, RawCell.Kind.BOOLEAN);
            case "n" -> text.isBlank() ? RawCell.BLANK : number(text.strip());
            default -> new RawCell(text, RawCell.Kind.TEXT);
        };
    }

    private String sharedString(String text) {
        try {
            return strings.getItemAt(ExcelValues.whole(text, 0, Integer.MAX_VALUE))
                    .getString();
        } catch (IllegalStateException | IndexOutOfBoundsException noSuchString) {
            throw ExcelValues.notExcel();
        }
    }

    private RawCell number(String text) {
        String plain = ExcelValues.number(text);
        RawCell.Kind kind = numberKind();
        boolean day = kind != RawCell.Kind.DATE_SERIAL || DateUtil.isValidExcelDate(Double.parseDouble(plain));
        return new RawCell(plain, day ? kind : RawCell.Kind.NUMBER);
    }

    private RawCell.Kind numberKind() {
        if (style.isEmpty()) {
            return RawCell.Kind.NUMBER;
        }
        int index = ExcelValues.whole(style, 0, Integer.MAX_VALUE);
        XSSFCellStyle cellStyle = styles == null ? null : styles.getStyleAt(index);
        if (cellStyle == null) {
            throw ExcelValues.notExcel();
        }
        String format = cellStyle.getDataFormatString();
        if (DateUtil.isADateFormat(cellStyle.getDataFormat(), format)) {
            return RawCell.Kind.DATE_SERIAL;
        }
        return format != null && format.contains("%") ? RawCell.Kind.PERCENT_NUMBER : RawCell.Kind.NUMBER;
    }

    private void merged(String range) {
        if (range == null) {
            throw ExcelValues.notExcel();
        }
        CellReference first = ExcelValues.reference(range.split(":")[0]);
        rows.merged(first.getRow() + 1, first.getCol(), range);
    }
}
