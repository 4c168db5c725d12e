package nl.rendement.engine.measures.series;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.ImpactMeasure;
import nl.rendement.engine.trail.Fact;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.value.Percentage;

/** The trail steps of time to threshold; codes listed in docs/method-trail.md. */
final class ThresholdSteps {

    private ThresholdSteps() {}

    static Step threshold(TenuredMedian median, Percentage share, Direction direction, BigDecimal threshold) {
        return Step.of(
                "series.threshold",
                "tenuredMedian",
                median.value(),
                "basis",
                median.basis(),
                "share",
                share,
                "direction",
                direction.name(),
                "threshold",
                threshold);
    }

    static Step cohort(CohortThreshold cohort) {
        Step counts = Step.of(
                "series.threshold.cohort",
                "cohort",
                cohort.cohort(),
                "people",
                cohort.people(),
                "reached",
                cohort.reached(),
                "censored",
                cohort.censored().value(),
                "withoutData",
                cohort.withoutData(),
                "mark",
                cohort.censored().mark().name());
        return cohort.medianMonths()
                .map(median -> withMedian(counts, median.value()))
                .orElse(counts);
    }

    private static Step withMedian(Step counts, BigDecimal median) {
        List<Fact> facts = new ArrayList<>(counts.facts());
        facts.add(new Fact("medianMonths", median));
        return new Step(counts.code(), facts);
    }

    static Reason noReference(ImpactMeasure measure) {
        return Reason.of("series.threshold.noReference", "measure", measure.id());
    }

    static Reason zeroShare(ImpactMeasure measure) {
        return Reason.of("series.threshold.zeroShare", "measure", measure.id());
    }

    static Reason noMedian(CohortThreshold cohort) {
        return Reason.of(
                "series.threshold.noMedian",
                "cohort",
                cohort.cohort(),
                "people",
                cohort.people(),
                "reached",
                cohort.reached(),
                "censored",
                cohort.censored().value());
    }
}
