package nl.rendement.app.evaluation;

import java.util.List;
import java.util.Optional;
import nl.rendement.app.importing.Conventions;
import nl.rendement.app.importing.Row;
import nl.rendement.app.importing.TableSchema;

/**
 * A table an evaluation file names, read: the name it is written by (used in problems) and its rows.
 * A table is named by its path relative to the evaluation file, or by a mapping
 * {@code {path, sheet, numbers, dates}} that also chooses an XLSX sheet and declares the
 * conventions the values leave open.
 */
record Table(String name, List<Row> rows) {

    Table {
        rows = List.copyOf(rows);
    }

    /** The table under {@code key} in the mapping; empty when absent or unreadable (its problems reported). */
    static Optional<Table> read(YamlMap owner, String key, TableSchema schema) {
        if (owner.isScalar(key)) {
            return owner.optional(key, Kind.TEXT)
                    .flatMap(path -> rows(owner, key, path, Optional.empty(), Conventions.none(), schema));
        }
        return owner.map(key).flatMap(reference -> declared(reference, schema));
    }

    private static Optional<Table> declared(YamlMap reference, TableSchema schema) {
        int mark = reference.context().mark();
        String path = reference.required("path", Kind.TEXT);
        Optional<String> sheet = reference.optional("sheet", Kind.TEXT);
        Conventions conventions = new Conventions(
                reference.optional("numbers", Kind.of(Conventions.NumberStyle.class)),
                reference.optional("dates", Kind.of(Conventions.DateOrder.class)));
        reference.done();
        if (!reference.context().cleanSince(mark)) {
            return Optional.empty();
        }
        return rows(reference, "path", path, sheet, conventions, schema);
    }

    private static Optional<Table> rows(
            YamlMap owner,
            String key,
            String path,
            Optional<String> sheet,
            Conventions conventions,
            TableSchema schema) {
        return owner.context()
                .table(owner.at(key), owner.field(key), path, schema, sheet, conventions)
                .map(rows -> new Table(path, rows));
    }
}
