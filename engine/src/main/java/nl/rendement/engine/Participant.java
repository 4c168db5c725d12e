package nl.rendement.engine;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A participant of the evaluated programme: a pseudonymous id, their cohort and dates. */
public record Participant(String id, String cohort, LocalDate start, Optional<LocalDate> completed) {

    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cohort, "cohort");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(completed, "completed");
        if (completed.filter(day -> day.isBefore(start)).isPresent()) {
            throw new IllegalArgumentException("Participant " + id + " completes before starting");
        }
    }
}
