package nl.rendement.app.evaluation.run;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A run as stored: why and by whom it was asked for, its state, the plan revision and the
 * fingerprint of the inputs it evaluated, and the result version it made (none when its inputs
 * were the latest version's, or when it failed, with the reason).
 */
public record Run(
        long id,
        long programmeId,
        RunState state,
        String cause,
        String requestedBy,
        Instant requestedAt,
        Optional<Instant> startedAt,
        Optional<Instant> finishedAt,
        Optional<Integer> planRevision,
        Optional<String> fingerprint,
        Optional<Integer> version,
        Optional<String> error) {

    public Run {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(cause, "cause");
    }
}
