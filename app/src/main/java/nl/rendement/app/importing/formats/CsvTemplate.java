package nl.rendement.app.importing.formats;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
        return csv(
                language,
                List.of(
                        format.columns().stream()
                                .map(column -> column.header(language))
                                .toList(),
                        format.columns().stream()
                                .map(column -> exampleCell(column, language))
                                .toList()));
    }

    /**
     * Records as CSV the way Rendement writes every CSV file, written by FastCSV (fields quoted
     * only where they must be).
     */
    static byte[] csv(Language language, List<List<String>> records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CsvWriter csv = CsvWriter.builder()
                        .fieldSeparator(language == Language.DUTCH ? ';' : ',')
                        .lineDelimiter(LineDelimiter.CRLF)
                        .build(out)) {
            records.forEach(csv::writeRecord);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String exampleCell(FormatColumn column, Language language) {
        if (!column.inExampleRow()) {
            return "";
        }
        String written =
                Examples.written(column.example(language), column.column().type(), language);
        return column.column().type() == ColumnType.TEXT ? FormulaGuard.defused(written) : written;
    }
}
