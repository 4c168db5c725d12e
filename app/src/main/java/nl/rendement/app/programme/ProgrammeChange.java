package nl.rendement.app.programme;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One recorded change of one value of a programme, one of its cohorts or participants. Values are
 * ids, codes, dates and numbers; a value that may name a person (the sponsor) is recorded as
 * changed without the values.
 */
public record ProgrammeChange(
        Instant at,
        String changedBy,
        long programmeId,
        Subject subject,
        long subjectId,
        String field,
        Optional<String> oldValue,
        Optional<String> newValue) {

    public ProgrammeChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(oldValue, "oldValue");
        Objects.requireNonNull(newValue, "newValue");
    }

    /** What was changed. */
    public enum Subject {
        PROGRAMME,
        COHORT,
        PARTICIPANT
    }
}
