package nl.rendement.app.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finds the schema's columns in a header row. */
final class Headers {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Headers() {}

    /** Trimmed, lower case, without accents, inner whitespace as one space. */
    static String normalise(String header) {
        String plain = MARKS.matcher(Normalizer.normalize(header.replace("\uFEFF", ""), Normalizer.Form.NFD))
                .replaceAll("");
        return SPACES.matcher(plain.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** A schema column found in the file: where it is and how the file writes its header. */
    record Placed(Column column, int index, String header) {}

    /** The placed columns, or empty when a required column is missing or one appears twice. */
    static Optional<List<Placed>> place(TableSchema schema, RawRow header, ProblemLog log) {
        Map<Column, Placed> placed = new HashMap<>();
        for (int index = 0; index < header.cells().size(); index++) {
            String text = header.cell(index).shown();
            Optional<Column> column = schema.column(text);
            if (column.isPresent() && placed.containsKey(column.get())) {
                log.at(header.number(), text, text, "importing.problem.duplicateColumn");
            } else if (column.isPresent()) {
                placed.put(column.get(), new Placed(column.get(), index, text));
            }
        }
        boolean complete = true;
        for (Column column : schema.columns()) {
            if (column.required() && !placed.containsKey(column)) {
                log.inFile("importing.problem.missingColumn", column.english(), column.dutch());
                complete = false;
            }
        }
        List<Placed> inOrder = new ArrayList<>(placed.values());
        inOrder.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return complete && log.isEmpty() ? Optional.of(inOrder) : Optional.empty();
    }
}
