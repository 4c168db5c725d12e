package nl.rendement.app.importing;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.people.UnitKind;

/**
 * An org unit as an import keeps it, without its code (the change's subject): name, kind, the
 * parent's code, and the days it exists from and (exclusive) until.
 */
record UnitValue(
        String name, UnitKind kind, Optional<String> parent, LocalDate validFrom, Optional<LocalDate> validTo) {

    UnitValue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
    }

    /** A stored unit, its parent named by {@code parentCode}. */
    static UnitValue of(OrgUnit unit, Optional<String> parentCode) {
        return new UnitValue(unit.name(), unit.kind(), parentCode, unit.validFrom(), unit.validTo());
    }

    static UnitValue parse(String written) {
        ImportValue value = ImportValue.parse(written);
        return new UnitValue(
                value.require("name"),
                UnitKind.valueOf(value.require("kind").toUpperCase(Locale.ROOT)),
                value.get("parent"),
                LocalDate.parse(value.require("valid from")),
                value.get("valid to").map(LocalDate::parse));
    }

    /** {@code {"name":"Sales","kind":"department","parent":"NL","valid from":"2021-01-15"}}. */
    String written() {
        return ImportValue.builder()
                .put("name", name)
                .put("kind", kind.name().toLowerCase(Locale.ROOT))
                .put("parent", parent)
                .put("valid from", validFrom)
                .put("valid to", validTo)
                .written();
    }

    boolean existsOn(LocalDate day) {
        return !day.isBefore(validFrom) && validTo.map(day::isBefore).orElse(true);
    }
}
