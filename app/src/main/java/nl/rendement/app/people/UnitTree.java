package nl.rendement.app.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The units that exist on one day as a tree; a unit whose parent is gone by then is a root. */
final class UnitTree {

    private final Map<Long, OrgUnit> byId = new HashMap<>();
    private final Map<Long, List<OrgUnit>> children = new HashMap<>();
    private final List<OrgUnit> roots = new ArrayList<>();

    UnitTree(List<OrgUnit> units) {
        units.forEach(unit -> byId.put(unit.id(), unit));
        for (OrgUnit unit :
                units.stream().sorted(Comparator.comparing(OrgUnit::name)).toList()) {
            Optional<Long> parent = unit.parentId().filter(byId::containsKey);
            if (parent.isPresent()) {
                children.computeIfAbsent(parent.get(), id -> new ArrayList<>()).add(unit);
            } else {
                roots.add(unit);
            }
        }
    }

    List<OrgUnit> roots() {
        return List.copyOf(roots);
    }

    List<OrgUnit> children(long id) {
        return List.copyOf(children.getOrDefault(id, List.of()));
    }

    /** The unit and the units above it; empty for a unit that does not exist on the tree's day. */
    List<Long> selfAndAbove(long unitId) {
        List<Long> line = new ArrayList<>();
        for (OrgUnit unit = byId.get(unitId);
                unit != null;
                unit = unit.parentId().map(byId::get).orElse(null)) {
            line.add(unit.id());
        }
        return line;
    }

    /** The first level with more than one unit, walking down from a single root. */
    List<OrgUnit> topLevel() {
        List<OrgUnit> level = roots();
        while (level.size() == 1 && !children(level.get(0).id()).isEmpty()) {
            level = children(level.get(0).id());
        }
        return level;
    }
}
