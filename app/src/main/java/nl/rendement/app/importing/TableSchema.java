package nl.rendement.app.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The columns a caller expects, in any order in the file. Columns in the file that the schema
 * does not name are ignored: exports from HR and learning systems carry many columns an import
 * does not need.
 */
public record TableSchema(List<Column> columns) {

    public TableSchema {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a schema needs at least one column");
        }
        Set<String> headers = new HashSet<>();
        for (Column column : columns) {
            boolean fresh = headers.add(Headers.normalise(column.english()));
            boolean freshDutch = Headers.normalise(column.dutch()).equals(Headers.normalise(column.english()))
                    || headers.add(Headers.normalise(column.dutch()));
            if (!fresh || !freshDutch) {
                throw new IllegalArgumentException("two columns share a header: " + column);
            }
        }
    }

    public static TableSchema of(Column... columns) {
        return new TableSchema(List.of(columns));
    }
}
