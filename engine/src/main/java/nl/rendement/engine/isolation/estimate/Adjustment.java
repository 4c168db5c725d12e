package nl.rendement.engine.isolation.estimate;

import java.math.BigDecimal;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.trail.Trail;

/**
 * What one estimate counts for: excluded without a basis; excluded as extreme when the rule is on;
 * otherwise its adjusted improvement, with a note when only the rule being off let it count.
 */
final class Adjustment {

    private Adjustment() {}

    static AdjustedEstimate of(Estimate estimate, ExtremeClaimCheck check, EstimateRules rules) {
        String respondent = estimate.respondent();
        BigDecimal improvement = estimate.improvement();
        if (!estimate.hasBasis()) {
            return AdjustedEstimate.excluded(
                    estimate,
                    Reason.of("estimate.excluded.noBasis", "respondent", respondent, "improvement", improvement));
        }
        boolean extreme = check.isExtreme(improvement);
        if (extreme && rules.extremeClaimRule()) {
            return AdjustedEstimate.excluded(estimate, extremeReason(estimate, check, rules));
        }
        Trail trail = Trail.of(Step.of(
                "estimate.adjusted",
                "respondent",
                respondent,
                "improvement",
                improvement,
                "attribution",
                estimate.attribution(),
                "confidence",
                estimate.confidence(),
                "adjusted",
                estimate.adjusted()));
        if (extreme) {
            trail = trail.then(Step.of(
                    "estimate.extremeRule.offCounted",
                    "respondent",
                    respondent,
                    "improvement",
                    improvement,
                    "limit",
                    check.limit().orElseThrow()));
        }
        return AdjustedEstimate.included(estimate, new Traced<>(estimate.adjusted(), trail));
    }

    private static Reason extremeReason(Estimate estimate, ExtremeClaimCheck check, EstimateRules rules) {
        return Reason.of(
                "estimate.excluded.extreme",
                "respondent",
                estimate.respondent(),
                "improvement",
                estimate.improvement(),
                "median",
                check.median().orElseThrow().value(),
                "factor",
                rules.extremeClaimFactor(),
                "limit",
                check.limit().orElseThrow());
    }
}
