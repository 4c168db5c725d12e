package nl.rendement.app.security;

import java.util.Arrays;
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

    private static final String UNITS = "units";
    private static final String PROGRAMMES = "programmes";

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
        return UNITS + " " + joined(unitIds) + "; " + PROGRAMMES + " " + joined(programmeIds);
    }

    /** The grants an audit row recorded, read back from {@link #describe()}; blank is unlimited. */
    static Scope parse(String described) {
        if (described == null || described.isBlank()) {
            return UNLIMITED;
        }
        String[] parts = described.split(";", -1);
        if (parts.length != 2
                || !parts[0].strip().startsWith(UNITS)
                || !parts[1].strip().startsWith(PROGRAMMES)) {
            throw new IllegalArgumentException("Not a described scope: " + described);
        }
        return new Scope(
                ids(parts[0].strip().substring(UNITS.length())),
                ids(parts[1].strip().substring(PROGRAMMES.length())));
    }

    private static Set<Long> ids(String listed) {
        return Arrays.stream(listed.split(","))
                .map(String::strip)
                .filter(id -> !id.isEmpty())
                .map(Long::valueOf)
                .collect(Collectors.toSet());
    }

    private static String joined(Set<Long> ids) {
        SortedSet<Long> sorted = new TreeSet<>(ids);
        return sorted.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
