package nl.rendement.app.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The counts of a {@link Tally} that the small-group rule lets a page show; an empty count is
 * shown as hidden. The completion rate follows the count of completers it rests on.
 */
public record ShownTally(Optional<Long> participants, Optional<Long> completed, Optional<Long> dropped) {

    static final ShownTally HIDDEN = new ShownTally(Optional.empty(), Optional.empty(), Optional.empty());

    static ShownTally all(Tally tally) {
        return new ShownTally(
                Optional.of(tally.participants()), Optional.of(tally.completed()), Optional.of(tally.dropped()));
    }

    static ShownTally onlyParticipants(Tally tally) {
        return new ShownTally(Optional.of(tally.participants()), Optional.empty(), Optional.empty());
    }

    /** Completers as a percentage of participants; empty when hidden or when nobody took part. */
    public Optional<BigDecimal> completionPercent() {
        return participants
                .filter(n -> n > 0)
                .flatMap(n -> completed.map(done ->
                        BigDecimal.valueOf(done * 100).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_EVEN)));
    }

    /** Whether nobody took part, so there is no rate to show and nothing to hide. */
    public boolean nobody() {
        return participants.filter(n -> n == 0).isPresent();
    }
}
