package nl.rendement.engine.isolation.estimate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.trail.Trail;
import nl.rendement.engine.value.Percentage;

/**
 * Isolates a programme's effect on one impact measure from estimates (METHOD §3; Phillips and
 * Phillips, participant, manager, senior-management and expert estimates). Immutable; configure
 * with {@link EstimateRules}. Per source:
 *
 * <ul>
 *   <li>adjusted improvement = improvement x attribution x confidence, confidence applied once
 *       (principle 7); 60% attributed x 80% confidence credits 48% of the improvement;
 *   <li>excluded, adding 0 (principle 8): an estimate without a stated basis; with the extreme-claim
 *       rule on, an improvement above factor x the median improvement of the same source's
 *       respondents who stated a basis; not applied, and the trail says so, when that median is
 *       {@code <= 0} or rests on fewer than k estimates;
 *   <li>group total = sum of the included adjusted improvements; non-respondents add 0 (principle 6);
 *   <li>response rate = responses / asked x 100; credible when it is at least the minimum and at
 *       least one estimate with a stated basis is included (METHOD §2).
 * </ul>
 *
 * Nothing depends on the order of the estimates: sums are exact and outputs are sorted by respondent.
 */
public final class EstimateIsolation {

    private final EstimateRules rules;

    private EstimateIsolation(EstimateRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public static EstimateIsolation withRules(EstimateRules rules) {
        return new EstimateIsolation(rules);
    }

    /** With {@link EstimateRules#withDefaults(int)}. */
    public static EstimateIsolation withDefaults(int k) {
        return withRules(EstimateRules.withDefaults(k));
    }

    public EstimateRules rules() {
        return rules;
    }

    /** The isolated effect according to one source's estimates. */
    public EstimateResult isolate(EstimateSet set) {
        ExtremeClaimCheck check = ExtremeClaimCheck.of(set, rules);
        List<AdjustedEstimate> estimates = set.responses().stream()
                .map(estimate -> Adjustment.of(estimate, check, rules))
                .toList();
        Traced<Percentage> rate = Credibility.responseRate(set, rules);
        return new EstimateResult(
                set.source(),
                estimates,
                groupTotal(set, check, estimates),
                rate,
                check.median(),
                Credibility.reasons(set, rate, estimates, rules));
    }

    /**
     * METHOD §3: with participant and manager estimates of the same group, the lower credible group
     * total counts; when only one is credible, that one; when neither, no total (with reasons).
     */
    public CombinedEstimate lowerGroupTotal(EstimateResult participants, EstimateResult managers) {
        return LowerGroupTotal.of(participants, managers);
    }

    private static Traced<BigDecimal> groupTotal(
            EstimateSet set, ExtremeClaimCheck check, List<AdjustedEstimate> estimates) {
        Trail trail = Trail.of(Step.of(
                "estimate.nonRespondents",
                "source",
                set.source(),
                "asked",
                set.asked(),
                "responses",
                set.responses().size(),
                "nonRespondents",
                set.nonRespondents()));
        trail = trail.then(check.median().map(Traced::trail).orElse(Trail.EMPTY))
                .then(check.step());
        BigDecimal total = BigDecimal.ZERO;
        for (AdjustedEstimate estimate : estimates) {
            trail = trail.then(estimate.counted().trail());
            total = total.add(estimate.counted().value());
        }
        long included = estimates.stream().filter(AdjustedEstimate::included).count();
        return new Traced<>(
                total,
                trail.then(Step.of(
                        "estimate.groupTotal",
                        "source",
                        set.source(),
                        "total",
                        total,
                        "included",
                        (int) included,
                        "excluded",
                        estimates.size() - (int) included)));
    }
}
