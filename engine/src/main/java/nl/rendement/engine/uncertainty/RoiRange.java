package nl.rendement.engine.uncertainty;

import java.util.List;
import nl.rendement.engine.trail.Trail;

/**
 * The ROI's range from the Monte Carlo model (METHOD §4.5): its 5th, 50th and 95th percentiles
 * (Hyndman–Fan type 7, R's default), the probability that the ROI meets the objective, how many
 * iterations with which seed, the inputs drawn and those held fixed, and the sensitivity ranking.
 */
public record RoiRange(
        double p5,
        double median,
        double p95,
        double probabilityMeetsObjective,
        int iterations,
        long seed,
        List<UncertainInput> varied,
        List<UncertainInput> fixed,
        List<Swing> sensitivity,
        Trail trail) {

    public RoiRange {
        varied = List.copyOf(varied);
        fixed = List.copyOf(fixed);
        sensitivity = List.copyOf(sensitivity);
    }

    /** One input's one-at-a-time swing: the ROI with it at its low and at its high end. */
    public record Swing(String key, double roiAtLow, double roiAtHigh) {

        public double width() {
            return Math.abs(roiAtHigh - roiAtLow);
        }
    }
}
