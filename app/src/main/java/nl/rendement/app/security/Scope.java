package nl.rendement.app.security;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a user may see. Unlimited (no grants) means everything their roles allow. A limited user
 * sees only what their grants add up to: a unit grant covers the people of that unit and of every
 * unit below it, and the programmes with a participant among them; a programme grant covers that
 * programme whole.
 */
public record Scope(Set<Long> unitIds, Set<Long> programmeIds) {

    public static final Scope UNLIMITED = new Scope(Set.of(), Set.of());

    public Scope {
        unitIds = Set.copyOf(unitIds);
        programmeIds = Set.copyOf(programmeIds);
    }

    /** Whether an administrator limited this user to some units or programmes. */
    public boolean limited() {
        return !unitIds.isEmpty() || !programmeIds.isEmpty();
    }

    /** Whether the user may see this programme whole: unlimited, or granted it. */
    public boolean coversProgramme(long programmeId) {
        return !limited() || programmeIds.contains(programmeId);
    }

    /** The grants as the audit stores them: ids only, sorted, e.g. "units 3, 7; programmes 2". */
    String describe() {
        if (!limited()) {
            return "";
        }
        return "units " + joined(unitIds) + "; programmes " + joined(programmeIds);
    }

    private static String joined(Set<Long> ids) {
        SortedSet<Long> sorted = new TreeSet<>(ids);
        return sorted.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
