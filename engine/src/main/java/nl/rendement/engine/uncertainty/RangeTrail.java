package nl.rendement.engine.uncertainty;

import java.util.ArrayList;
import java.util.List;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Trail;
import nl.rendement.engine.value.Numbers;

/** The steps of a Monte Carlo run: inputs drawn and fixed, the range, the probability, the swings. */
final class RangeTrail {

    private RangeTrail() {}

    static Trail of(
            RoiModel model,
            List<UncertainInput> varied,
            List<UncertainInput> fixed,
            double[] q,
            double probability,
            double objective,
            List<RoiRange.Swing> swings,
            int iterations,
            long seed) {
        List<Step> steps = new ArrayList<>();
        varied.forEach(input -> steps.add(Step.of(
                "uncertainty.input",
                "key",
                input.key(),
                "measure",
                input.measureId(),
                "kind",
                input.kind().name(),
                "distribution",
                input.distribution().toString())));
        fixed.forEach(input -> steps.add(Step.of(
                "uncertainty.fixed",
                "key",
                input.key(),
                "measure",
                input.measureId(),
                "value",
                Numbers.toDecimal(input.distribution().centre()))));
        steps.add(Step.of(
                "uncertainty.range",
                "p5",
                Numbers.toDecimal(q[0]),
                "median",
                Numbers.toDecimal(q[1]),
                "p95",
                Numbers.toDecimal(q[2]),
                "headline",
                Numbers.toDecimal(model.headlineRoi()),
                "iterations",
                iterations,
                "seed",
                seed,
                "quantiles",
                "Hyndman-Fan type 7"));
        steps.add(Step.of(
                "uncertainty.probability",
                "objective",
                Numbers.toDecimal(objective),
                "probability",
                Numbers.toDecimal(probability)));
        swings.forEach(swing -> steps.add(Step.of(
                "uncertainty.sensitivity",
                "key",
                swing.key(),
                "roiAtLow",
                Numbers.toDecimal(swing.roiAtLow()),
                "roiAtHigh",
                Numbers.toDecimal(swing.roiAtHigh()))));
        return new Trail(steps);
    }
}
