package nl.rendement.app.evaluation.run;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A run as stored: why and by whom it was asked for, its state, the plan revision and the
 * fingerprint of the inputs it evaluated, and the result version it made (none when its inputs
 * were the latest version's, or when it failed, with the reason); a version frozen as reported,
 * and how many person-level rows erasure took from its files, last when.
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
        Optional<String> error,
        Optional<Frozen> frozen,
        int erasedRows,
        Optional<Instant> erasedAt) {

    public Run {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(frozen, "frozen");
        Objects.requireNonNull(erasedAt, "erasedAt");
    }

    /** A version frozen as reported: its label ("Board, Q2 2026"), when and by whom. */
    public record Frozen(String label, Instant at, String by) {}
}
