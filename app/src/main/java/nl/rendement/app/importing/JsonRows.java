package nl.rendement.app.importing;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Rows sent to the import API as JSON, an array of objects keyed by the kind's column headers,
 * written as the CSV file they stand for: the tabular reader then reads them exactly as it reads
 * an upload, so there is one validation, not two. The header is every key in the order first met;
 * a key an object lacks, or {@code null}, is a blank cell; numbers are written as JSON writes them
 * (so the API reads them with English number conventions), {@code true} and {@code false} as
 * words the reader knows. Row 2 of the file, as problems number it, is the array's first object.
 */
final class JsonRows {

    private JsonRows() {}

    /** Writes the rows to {@code file}; anything but an array of flat objects is refused with where it is. */
    static void write(JsonNode body, Path file) throws IOException {
        if (body == null || !body.isArray()) {
            throw ImportApiRefusal.badRows("", "api.error.rowsNotArray");
        }
        Set<String> headers = new LinkedHashSet<>();
        for (int index = 0; index < body.size(); index++) {
            JsonNode row = body.get(index);
            if (!row.isObject()) {
                throw ImportApiRefusal.badRows("[" + index + "]", "api.error.rowNotObject");
            }
            for (String key : row.propertyNames()) {
                if (row.get(key).isContainer()) {
                    throw ImportApiRefusal.badRows("[" + index + "]." + key, "api.error.cellNotValue");
                }
                headers.add(key);
            }
        }
        try (CsvWriter out = CsvWriter.builder()
                .quoteStrategy(QuoteStrategies.ALWAYS)
                .lineDelimiter(LineDelimiter.CRLF)
                .build(file, StandardCharsets.UTF_8)) {
            out.writeRecord(headers);
            for (JsonNode row : body.values()) {
                List<String> cells = new ArrayList<>(headers.size());
                headers.forEach(header -> cells.add(cell(row.get(header))));
                out.writeRecord(cells);
            }
        }
    }

    private static String cell(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        if (value.isBoolean()) {
            return String.valueOf(value.booleanValue());
        }
        return value.asString();
    }
}
