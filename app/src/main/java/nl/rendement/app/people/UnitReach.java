package nl.rendement.app.people;

import java.util.Optional;
import java.util.Set;

/**
 * The units whose people a user may see: every unit, or a set that includes every unit below a
 * granted one. Queries take it as a condition, so what a user may not see is never read.
 */
public record UnitReach(Optional<Set<Long>> unitIds) {

    public static final UnitReach EVERY_UNIT = new UnitReach(Optional.empty());

    public UnitReach {
        unitIds = unitIds.map(Set::copyOf);
    }

    static UnitReach only(Set<Long> unitIds) {
        return new UnitReach(Optional.of(unitIds));
    }

    /** Whether the user sees the people of every unit. */
    public boolean everyUnit() {
        return unitIds.isEmpty();
    }

    /** Whether the user sees nobody: limited to programmes only, or to units without people. */
    public boolean noUnit() {
        return unitIds.map(Set::isEmpty).orElse(false);
    }

    public boolean includes(long unitId) {
        return unitIds.map(ids -> ids.contains(unitId)).orElse(true);
    }
}
