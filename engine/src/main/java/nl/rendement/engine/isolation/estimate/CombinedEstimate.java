package nl.rendement.engine.isolation.estimate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.trail.Trail;

/**
 * The outcome of METHOD §3's rule for participant and manager estimates of the same group: the
 * lower credible group total counts (principle 4, the most conservative alternative).
 */
public sealed interface CombinedEstimate {

    /** The trail: the rule, both totals and, when counted, how the chosen total was obtained. */
    Trail trail();

    /** The chosen source's group total, its trail ending in {@code estimate.lowerGroupTotal}. */
    record Counted(EstimateSource source, Traced<BigDecimal> groupTotal) implements CombinedEstimate {

        public Counted {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(groupTotal, "groupTotal");
        }

        @Override
        public Trail trail() {
            return groupTotal.trail();
        }
    }

    /** Neither group total is credible: the reasons of both, after {@code estimate.notCredible.noCredibleGroupTotal}. */
    record NotCredible(List<Reason> reasons, Trail trail) implements CombinedEstimate {

        public NotCredible {
            reasons = List.copyOf(reasons);
            Objects.requireNonNull(trail, "trail");
        }
    }
}
