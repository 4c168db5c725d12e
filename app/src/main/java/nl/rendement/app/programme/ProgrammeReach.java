package nl.rendement.app.programme;

import java.util.Set;
import nl.rendement.app.people.UnitReach;

/**
 * Which programmes a user sees, and how: every programme whole (unlimited); a granted programme
 * whole; a programme with a participant in the user's units only through those units, its
 * whole-programme figures labelled as such and its person rows and breakdowns limited to them.
 */
record ProgrammeReach(boolean everything, Set<Long> whole, Set<Long> throughUnits, UnitReach units) {

    ProgrammeReach {
        whole = Set.copyOf(whole);
        throughUnits = Set.copyOf(throughUnits);
    }

    boolean sees(long programmeId) {
        return seesWhole(programmeId) || throughUnits.contains(programmeId);
    }

    /** Whether every participant and breakdown of the programme is the user's to see and change. */
    boolean seesWhole(long programmeId) {
        return everything || whole.contains(programmeId);
    }

    /** The units whose participants the user sees in this programme: every unit when whole. */
    UnitReach participantsIn(long programmeId) {
        return seesWhole(programmeId) ? UnitReach.EVERY_UNIT : units;
    }
}
