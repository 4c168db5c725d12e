package nl.rendement.app.importing;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.app.people.UnitReach;

/**
 * What the uploader says about a file besides the file itself: how it writes numbers and dates,
 * which of its headers mean which column (for headers that are neither the English nor the Dutch
 * one), and for an HR snapshot its date (when the file lacks the column) and whether it lists
 * every employee; and the org units its rows may be about (every unit, unless the file comes
 * with an API token limited to some).
 *
 * @param mapping a file header, {@linkplain Headers#normalise normalised}, to the English header
 *     of the column it holds
 */
public record ImportOptions(
        Conventions conventions,
        Map<String, String> mapping,
        Optional<LocalDate> snapshotDate,
        boolean fullSnapshot,
        UnitReach reach) {

    public ImportOptions {
        Objects.requireNonNull(conventions, "conventions");
        mapping = Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        Objects.requireNonNull(snapshotDate, "snapshotDate");
        Objects.requireNonNull(reach, "reach");
    }

    public ImportOptions(
            Conventions conventions,
            Map<String, String> mapping,
            Optional<LocalDate> snapshotDate,
            boolean fullSnapshot) {
        this(conventions, mapping, snapshotDate, fullSnapshot, UnitReach.EVERY_UNIT);
    }

    public static ImportOptions none() {
        return new ImportOptions(Conventions.none(), Map.of(), Optional.empty(), false);
    }

    public ImportOptions with(Conventions declared) {
        return new ImportOptions(declared, mapping, snapshotDate, fullSnapshot, reach);
    }

    public ImportOptions mapped(Map<String, String> headers) {
        return new ImportOptions(conventions, headers, snapshotDate, fullSnapshot, reach);
    }

    public ImportOptions snapshot(Optional<LocalDate> date, boolean full) {
        return new ImportOptions(conventions, mapping, date, full, reach);
    }

    /** Limits the rows to people of these units: a row about anyone else is a problem. */
    public ImportOptions within(UnitReach units) {
        return new ImportOptions(conventions, mapping, snapshotDate, fullSnapshot, units);
    }
}
