package nl.rendement.app.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns a caller expects, in any order in the file. Columns in the file that the schema
 * does not name are ignored: exports from HR and learning systems carry many columns an import
 * does not need.
 */
public record TableSchema(List<Column> columns, Map<String, Column> aliases) {

    /** The columns, known only by their English and Dutch headers. */
    public TableSchema(List<Column> columns) {
        this(columns, Map.of());
    }

    /**
     * @param aliases other headers a file writes for a column (a mapping the user made), {@linkplain
     *     Headers#normalise normalised}
     */
    public TableSchema {
        columns = List.copyOf(columns);
        aliases = Map.copyOf(aliases);
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

    /**
     * This schema with the user's mapping: a file header ({@linkplain Headers#normalise normalised})
     * to the English header of the column it holds. A mapping to a column the schema lacks is
     * ignored.
     */
    public TableSchema mapped(Map<String, String> mapping) {
        Map<String, Column> mapped = new HashMap<>(aliases);
        mapping.forEach((header, english) -> columns.stream()
                .filter(column -> column.english().equals(english))
                .findFirst()
                .ifPresent(column -> mapped.put(Headers.normalise(header), column)));
        return new TableSchema(columns, mapped);
    }

    /** The column a file's header names: by its English or Dutch header, or by the user's mapping. */
    public Optional<Column> column(String header) {
        return columns.stream()
                .filter(candidate -> candidate.matches(header))
                .findFirst()
                .or(() -> Optional.ofNullable(aliases.get(Headers.normalise(header))));
    }

    public static TableSchema of(Column... columns) {
        return new TableSchema(List.of(columns));
    }
}
