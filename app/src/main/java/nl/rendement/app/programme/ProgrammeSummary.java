package nl.rendement.app.programme;

import java.util.Objects;

/** A programme as the list of all programmes shows it. */
public record ProgrammeSummary(
        long id,
        String name,
        ProgrammeType type,
        ProgrammeStatus status,
        int cohorts,
        int participants,
        int completed) {

    public ProgrammeSummary {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
    }
}
