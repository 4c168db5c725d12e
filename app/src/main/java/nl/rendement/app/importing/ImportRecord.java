package nl.rendement.app.importing;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One upload: its kind and file, who uploaded it and when, where it stands, how many rows were
 * read and how many have problems, and the identity report (rows matched to one employee, to
 * none, or to more than one, and rows that add a new employee), and the mapping of file headers
 * to columns it was read with (a normalised header to a column's English header; {@code ""} for a
 * header ignored). {@code settled} is the commit or discard, {@code undone} the undo.
 */
public record ImportRecord(
        long id,
        String kind,
        String fileName,
        String uploadedBy,
        OffsetDateTime uploadedAt,
        ImportState state,
        int rowsRead,
        int rowsWithProblems,
        Identities identities,
        boolean onlyValidRows,
        Map<String, String> mapping,
        Optional<Event> settled,
        Optional<Event> undone) {

    public ImportRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(identities, "identities");
        mapping = Collections.unmodifiableMap(new LinkedHashMap<>(mapping));
        Objects.requireNonNull(settled, "settled");
        Objects.requireNonNull(undone, "undone");
    }

    public boolean hasProblems() {
        return rowsWithProblems > 0;
    }

    /** How the rows were matched to employees; {@code newcomers} rows name someone new, whom the import adds. */
    public record Identities(int matched, int unmatched, int ambiguous, int newcomers) {

        public Identities(int matched, int unmatched, int ambiguous) {
            this(matched, unmatched, ambiguous, 0);
        }
    }

    /** Who did something to the import, and when. */
    public record Event(String by, OffsetDateTime at) {}
}
