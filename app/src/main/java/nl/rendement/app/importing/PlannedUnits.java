package nl.rendement.app.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The org units as they would be after an import: the stored ones, each replaced by its file row
 * when that row is sound. Finds parent codes that go round in a circle, the units that belong to
 * a unit, and an order of the file's rows in which every parent comes before its children.
 */
final class PlannedUnits {

    private final Map<String, UnitValue> stored;
    private final Map<String, UnitRow> inFile = new LinkedHashMap<>();

    PlannedUnits(Map<String, UnitValue> stored, List<UnitRow> rows) {
        this.stored = Map.copyOf(stored);
        rows.forEach(row -> inFile.put(row.code(), row));
    }

    /** The unit with this code after the import: its file row's, else the stored one, else none. */
    Optional<UnitValue> unit(String code) {
        return Optional.ofNullable(inFile.get(code))
                .flatMap(UnitRow::value)
                .or(() -> Optional.ofNullable(stored.get(code)));
    }

    Optional<UnitValue> stored(String code) {
        return Optional.ofNullable(stored.get(code));
    }

    /** The file's row for this code. */
    Optional<UnitRow> row(String code) {
        return Optional.ofNullable(inFile.get(code));
    }

    /** The codes from this one up its parents and back to it ({@code A, B, A}) when they form a circle. */
    Optional<List<String>> circle(String code) {
        List<String> path = new ArrayList<>(List.of(code));
        Optional<String> next = unit(code).flatMap(UnitValue::parent);
        while (next.isPresent() && !path.contains(next.get())) {
            path.add(next.get());
            next = unit(next.get()).flatMap(UnitValue::parent);
        }
        if (next.filter(code::equals).isEmpty()) {
            return Optional.empty();
        }
        path.add(code);
        return Optional.of(path);
    }

    /** The stored units that keep their stored values and belong to this code, by code. */
    Map<String, UnitValue> storedChildren(String code) {
        Map<String, UnitValue> children = new LinkedHashMap<>();
        stored.forEach((child, value) -> {
            boolean replaced = row(child).flatMap(UnitRow::value).isPresent();
            if (!replaced && value.parent().filter(code::equals).isPresent()) {
                children.put(child, value);
            }
        });
        return children;
    }

    /** The file's rows with every parent in the file before its children (in a circle, in some order). */
    List<UnitRow> parentsFirst() {
        List<UnitRow> order = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        inFile.keySet().forEach(code -> visit(code, order, visited));
        return order;
    }

    private void visit(String code, List<UnitRow> order, Set<String> visited) {
        UnitRow row = inFile.get(code);
        if (row == null || !visited.add(code)) {
            return;
        }
        row.value().flatMap(UnitValue::parent).ifPresent(parent -> visit(parent, order, visited));
        order.add(row);
    }
}
