package nl.rendement.app.importing.formats;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.rendement.app.importing.ColumnType;

/**
 * An export as CSV the way the templates are written (UTF-8 with a byte order mark, {@code ;} and
 * {@code 1234,5} in Dutch, {@code ,} and {@code 1234.5} in English, CRLF), except dates: those are
 * {@code yyyy-mm-dd} in both languages, the one order the reader never has to ask about, where a
 * Dutch file of period starts on the 1st would otherwise need its date order declared on upload.
 */
final class CsvExportWriter implements ExportWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ImportFormat format;
    private final Language language;
    private final CsvWriter csv;

    CsvExportWriter(ImportFormat format, Language language, OutputStream stream) {
        this.format = format;
        this.language = language;
        try {
            stream.write(BOM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.csv = CsvWriter.builder()
                .fieldSeparator(language == Language.DUTCH ? ';' : ',')
                .lineDelimiter(LineDelimiter.CRLF)
                .build(stream, StandardCharsets.UTF_8);
        csv.writeRecord(
                format.columns().stream().map(column -> column.header(language)).toList());
    }

    @Override
    public void row(ExportRow row) {
        List<String> cells = format.columns().stream()
                .map(column -> row.get(column.column())
                        .map(value -> cell(column, value))
                        .orElse(""))
                .toList();
        csv.writeRecord(cells);
    }

    private String cell(FormatColumn column, Object value) {
        ColumnType type = column.column().type();
        if (type == ColumnType.TEXT) {
            return FormulaGuard.defused(ExportWords.text(column, value, language));
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof BigDecimal number) {
            return Examples.written(ExportWords.plain(number), type, language);
        }
        return Examples.written(value, type, language);
    }

    @Override
    public void finish() {
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Holds nothing but the output stream, which is the caller's to close. */
    @Override
    public void close() {}
}
