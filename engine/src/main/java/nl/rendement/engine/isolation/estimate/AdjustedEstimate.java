package nl.rendement.engine.isolation.estimate;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Traced;

/**
 * One respondent's estimate and what it counts for in its source's group total: the adjusted
 * improvement = improvement x attribution x confidence (METHOD §3, principle 7), or 0 with the
 * reason it was excluded (principle 8: {@code estimate.excluded.noBasis}, {@code
 * estimate.excluded.extreme}).
 */
public record AdjustedEstimate(Estimate estimate, Traced<BigDecimal> counted, Optional<Reason> exclusion) {

    public AdjustedEstimate {
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(counted, "counted");
        Objects.requireNonNull(exclusion, "exclusion");
    }

    static AdjustedEstimate included(Estimate estimate, Traced<BigDecimal> adjusted) {
        return new AdjustedEstimate(estimate, adjusted, Optional.empty());
    }

    static AdjustedEstimate excluded(Estimate estimate, Reason reason) {
        return new AdjustedEstimate(estimate, Traced.of(BigDecimal.ZERO, reason.step()), Optional.of(reason));
    }

    public String respondent() {
        return estimate.respondent();
    }

    public boolean included() {
        return exclusion.isEmpty();
    }
}
