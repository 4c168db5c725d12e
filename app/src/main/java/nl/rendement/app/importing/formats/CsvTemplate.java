package nl.rendement.app.importing.formats;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.rendement.app.importing.ColumnType;

/**
 * A CSV template: UTF-8 with a byte order mark (so that Excel opens it as UTF-8), {@code ;}
 * between fields in Dutch (Excel's list separator where the decimal mark is a comma) and {@code ,}
 * in English, lines ending in CRLF, the header and one example row.
 */
final class CsvTemplate {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvTemplate() {}

    static byte[] write(ImportFormat format, Language language) {
        char delimiter = language == Language.DUTCH ? ';' : ',';
        String text = line(format.columns(), column -> column.header(language), delimiter)
                + line(format.columns(), column -> exampleCell(column, language), delimiter);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String exampleCell(FormatColumn column, Language language) {
        String written =
                Examples.written(column.example(language), column.column().type(), language);
        return column.column().type() == ColumnType.TEXT ? defused(written) : written;
    }

    /**
     * Text that a spreadsheet would take for a formula ({@code =}, {@code +}, {@code -}, {@code @},
     * or a tab or carriage return first) gets an apostrophe in front, which spreadsheets show as
     * text (OWASP's advice on CSV injection). Numbers are not text and keep their minus sign.
     */
    static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String line(List<FormatColumn> columns, Function<FormatColumn, String> cell, char delimiter) {
        return columns.stream()
                        .map(cell)
                        .map(field -> quoted(field, delimiter))
                        .collect(Collectors.joining(String.valueOf(delimiter)))
                + "\r\n";
    }

    private static String quoted(String field, char delimiter) {
        boolean needs = field.indexOf(delimiter) >= 0
                || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0;
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
