package nl.rendement.engine.levels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.Participant;

/**
 * One person enrolled in the programme, for level 0 (METHOD §1, Phillips' input level): when they
 * enrolled, started and completed, and the learning hours they spent. The id is pseudonymous and
 * never appears in a figure or its trail.
 */
public record Learner(
        String id,
        LocalDate enrolled,
        Optional<LocalDate> started,
        Optional<LocalDate> completed,
        BigDecimal learningHours) {

    public Learner {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(enrolled, "enrolled");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(completed, "completed");
        Objects.requireNonNull(learningHours, "learningHours");
        if (learningHours.signum() < 0) {
            throw new IllegalArgumentException("Learning hours are not negative: learner " + id);
        }
        if (started.filter(enrolled::isAfter).isPresent()) {
            throw new IllegalArgumentException("Learner " + id + " starts before enrolling");
        }
        if (completed.isPresent() && started.isEmpty()) {
            throw new IllegalArgumentException("Learner " + id + " completes without starting");
        }
        if (completed.filter(day -> day.isBefore(started.orElseThrow())).isPresent()) {
            throw new IllegalArgumentException("Learner " + id + " completes before starting");
        }
    }

    /** A programme participant (who has started) enrolled on the given day. */
    public static Learner of(Participant participant, LocalDate enrolled, BigDecimal learningHours) {
        return new Learner(
                participant.id(), enrolled, Optional.of(participant.start()), participant.completed(), learningHours);
    }

    public boolean hasCompleted() {
        return completed.isPresent();
    }

    /** Calendar days from start to completion, when completed. */
    public Optional<Long> daysToComplete() {
        return completed.map(day -> ChronoUnit.DAYS.between(started.orElseThrow(), day));
    }
}
