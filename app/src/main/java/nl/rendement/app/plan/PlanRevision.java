package nl.rendement.app.plan;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One revision of a plan, as its audit shows it: its number (1 is the plan's creation), the
 * section it changed, who changed it, when and why, the revision it undid if it is an undo, and
 * every field it changed with the old and the new value.
 */
public record PlanRevision(
        int revision,
        Optional<PlanSection> section,
        Instant changedAt,
        String changedBy,
        String reason,
        Optional<Integer> undoes,
        List<PlanChange> changes) {

    public PlanRevision {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(changedBy, "changedBy");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(undoes, "undoes");
        changes = List.copyOf(changes);
    }
}
