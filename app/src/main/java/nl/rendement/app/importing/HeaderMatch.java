package nl.rendement.app.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a file's headers meet a kind's columns: per header the column it names (by its English or
 * Dutch header, or by the user's mapping) or none, and the columns no header names. A file needs
 * mapping when it has a header Rendement does not know while a column is still unplaced: that
 * header may well be the column under another name, and guessing is not allowed.
 *
 * @param mapping a file header, normalised, to a column's English header, or {@code ""} for a
 *     header the user chose to ignore
 */
public record HeaderMatch(List<Entry> entries, List<Column> unplaced) {

    /** One header of the file: how it is written and the column it holds, if any. */
    public record Entry(String header, Optional<Column> column, boolean known, boolean ignored) {

        /** Neither a column's own header nor mapped by the user. */
        public boolean unknown() {
            return !known && column.isEmpty() && !ignored;
        }
    }

    public HeaderMatch {
        entries = List.copyOf(entries);
        unplaced = List.copyOf(unplaced);
    }

    public static HeaderMatch of(TableSchema schema, List<String> headers, Map<String, String> mapping) {
        TableSchema mapped = schema.mapped(mapping);
        List<Entry> entries = new ArrayList<>();
        Set<Column> placed = new HashSet<>();
        for (String header : headers) {
            if (Headers.normalise(header).isEmpty()) {
                continue;
            }
            Optional<Column> own = schema.columns().stream()
                    .filter(column -> column.matches(header))
                    .findFirst();
            Optional<Column> column = mapped.column(header);
            boolean ignored = "".equals(mapping.get(Headers.normalise(header)));
            column.ifPresent(placed::add);
            entries.add(new Entry(header, column, own.isPresent(), ignored));
        }
        List<Column> unplaced = schema.columns().stream()
                .filter(column -> !placed.contains(column))
                .toList();
        return new HeaderMatch(entries, unplaced);
    }

    /** Whether the user should say what the unknown headers hold before the file is read. */
    public boolean needsMapping() {
        return !unplaced.isEmpty() && entries.stream().anyMatch(Entry::unknown);
    }

    /** The headers the user mapped (not those the columns know themselves), as they are saved. */
    public static Map<String, String> userMapping(List<Entry> entries) {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (!entry.known()) {
                mapping.put(
                        Headers.normalise(entry.header()),
                        entry.column().map(Column::english).orElse(""));
            }
        }
        return mapping;
    }
}
