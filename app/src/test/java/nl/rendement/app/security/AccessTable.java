package nl.rendement.app.security;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table of expected outcomes: a header row naming one column per {@link Caller}, then one row
 * per route ({@code METHOD /pattern}) with an {@link Outcome} in each column.
 */
final class AccessTable {

    private AccessTable() {}

    static Map<Route, Map<Caller, Outcome>> parse(String text) {
        List<String[]> rows = text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(line -> line.split("\\s+"))
                .toList();
        List<Caller> columns =
                Arrays.stream(rows.get(0)).skip(1).map(Caller::inColumn).toList();
        if (columns.size() != Caller.values().length || !Set.copyOf(columns).equals(Set.of(Caller.values()))) {
            throw new IllegalStateException("The table needs one column for each caller, not " + columns);
        }
        Map<Route, Map<Caller, Outcome>> table = new LinkedHashMap<>();
        for (String[] row : rows.subList(1, rows.size())) {
            if (row.length != columns.size() + 2) {
                throw new IllegalStateException("Not one outcome per caller: " + String.join(" ", row));
            }
            Map<Caller, Outcome> outcomes = new EnumMap<>(Caller.class);
            for (int column = 0; column < columns.size(); column++) {
                outcomes.put(columns.get(column), Outcome.valueOf(row[column + 2]));
            }
            if (table.put(new Route(row[0], row[1]), outcomes) != null) {
                throw new IllegalStateException("Two rows for " + row[0] + " " + row[1]);
            }
        }
        return table;
    }
}
