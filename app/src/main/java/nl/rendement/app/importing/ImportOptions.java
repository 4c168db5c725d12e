package nl.rendement.app.importing;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the uploader says about a file besides the file itself: how it writes numbers and dates,
 * which of its headers mean which column (for headers that are neither the English nor the Dutch
 * one), and for an HR snapshot its date (when the file lacks the column) and whether it lists
 * every employee.
 *
 * @param mapping a file header, {@linkplain Headers#normalise normalised}, to the English header
 *     of the column it holds
 */
public record ImportOptions(
        Conventions conventions, Map<String, String> mapping, Optional<LocalDate> snapshotDate, boolean fullSnapshot) {

    public ImportOptions {
        Objects.requireNonNull(conventions, "conventions");
        mapping = Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        Objects.requireNonNull(snapshotDate, "snapshotDate");
    }

    public static ImportOptions none() {
        return new ImportOptions(Conventions.none(), Map.of(), Optional.empty(), false);
    }

    public ImportOptions with(Conventions declared) {
        return new ImportOptions(declared, mapping, snapshotDate, fullSnapshot);
    }

    public ImportOptions mapped(Map<String, String> headers) {
        return new ImportOptions(conventions, headers, snapshotDate, fullSnapshot);
    }

    public ImportOptions snapshot(Optional<LocalDate> date, boolean full) {
        return new ImportOptions(conventions, mapping, date, full);
    }
}
