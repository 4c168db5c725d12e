package nl.rendement.app.people;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A department, team or other unit, in a hierarchy, existing from {@code validFrom} until
 * {@code validTo} (exclusive; empty while it exists).
 */
public record OrgUnit(
        long id,
        String code,
        String name,
        UnitKind kind,
        Optional<Long> parentId,
        LocalDate validFrom,
        Optional<LocalDate> validTo) {

    public OrgUnit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (validTo.isPresent() && !validTo.get().isAfter(validFrom)) {
            throw new IllegalArgumentException("A unit must exist at least one day: " + code);
        }
    }

    /** Whether the unit exists on this day. */
    public boolean existsOn(LocalDate day) {
        return !day.isBefore(validFrom) && validTo.map(day::isBefore).orElse(true);
    }
}
