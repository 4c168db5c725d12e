package nl.rendement.engine.isolation.estimate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.value.Numbers;
import nl.rendement.engine.value.Percentage;

/**
 * METHOD §2, credible estimates: response rate = responses / asked x 100 at least the minimum, and
 * at least one included estimate with a stated basis.
 */
final class Credibility {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Credibility() {}

    static Traced<Percentage> responseRate(EstimateSet set, EstimateRules rules) {
        BigDecimal responses = BigDecimal.valueOf(set.responses().size());
        Percentage rate = new Percentage(Numbers.divide(responses.multiply(HUNDRED), BigDecimal.valueOf(set.asked())));
        return Traced.of(
                rate,
                Step.of(
                        "estimate.responseRate",
                        "source",
                        set.source(),
                        "responses",
                        set.responses().size(),
                        "asked",
                        set.asked(),
                        "rate",
                        rate,
                        "minimum",
                        rules.minimumResponseRate()));
    }

    static List<Reason> reasons(
            EstimateSet set, Traced<Percentage> rate, List<AdjustedEstimate> estimates, EstimateRules rules) {
        List<Reason> reasons = new ArrayList<>();
        // Compared exactly as responses x 100 < minimum x asked, not through the rounded rate.
        BigDecimal responsesTimesHundred = BigDecimal.valueOf(set.responses().size() * 100L);
        BigDecimal needed = rules.minimumResponseRate().value().multiply(BigDecimal.valueOf(set.asked()));
        if (responsesTimesHundred.compareTo(needed) < 0) {
            reasons.add(Reason.of(
                    "estimate.notCredible.lowResponseRate",
                    "source",
                    set.source(),
                    "rate",
                    rate.value(),
                    "minimum",
                    rules.minimumResponseRate(),
                    "responses",
                    set.responses().size(),
                    "asked",
                    set.asked()));
        }
        if (estimates.stream()
                .noneMatch(
                        estimate -> estimate.included() && estimate.estimate().hasBasis())) {
            reasons.add(Reason.of(
                    "estimate.notCredible.noIncludedEstimate",
                    "source",
                    set.source(),
                    "responses",
                    estimates.size(),
                    "excluded",
                    (int) estimates.stream().filter(e -> !e.included()).count()));
        }
        return reasons;
    }
}
