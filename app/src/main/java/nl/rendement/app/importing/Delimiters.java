package nl.rendement.app.importing;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.util.List;
import java.util.Optional;

/** Decides a CSV file's delimiter from its header line. */
final class Delimiters {

    private Delimiters() {}

    static char detect(String headerLine, TableSchema schema) {
        boolean semicolon = occursOutsideQuotes(headerLine, ';');
        boolean comma = occursOutsideQuotes(headerLine, ',');
        if (semicolon != comma) {
            return semicolon ? ';' : ',';
        }
        if (!semicolon && occursOutsideQuotes(headerLine, '\t')) {
            // Excel's "Unicode text" and many exports separate by tabs
            return '\t';
        }
        if (!semicolon && matches(headerLine, ';', schema) == 1) {
            // A file of one known column: nothing to separate; a semicolon keeps a decimal comma in its field.
            return ';';
        }
        if (semicolon) {
            int bySemicolon = matches(headerLine, ';', schema);
            int byComma = matches(headerLine, ',', schema);
            if (bySemicolon != byComma) {
                return bySemicolon > byComma ? ';' : ',';
            }
        }
        throw new UnreadableTable("importing.problem.undecidableDelimiter", headerLine);
    }

    private static boolean occursOutsideQuotes(String line, char wanted) {
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                return true;
            }
        }
        return false;
    }

    private static int matches(String line, char delimiter, TableSchema schema) {
        List<String> headers;
        try {
            headers = CsvReader.builder()
                    .fieldSeparator(delimiter)
                    .ofSingleCsvRecord(line)
                    .getFields();
        } catch (CsvParseException malformed) {
            throw new UnreadableTable("importing.problem.malformedCsv");
        }
        return (int) schema.columns().stream()
                .filter(column -> headers.stream()
                        .anyMatch(header -> schema.column(header).equals(Optional.of(column))))
                .count();
    }
}
