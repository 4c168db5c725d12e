package nl.rendement.engine.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Draws the ROI model's inputs {@code iterations} times from a seeded generator, each input once
 * per iteration by inverse transform (so inputs shared by measures move together), and reports
 * the ROI's 5th–95th percentile range, the probability of meeting the objective, and the
 * one-at-a-time sensitivity of every varied input, ranked widest first (the tornado). The same
 * model, seed and iterations always give the same range.
 */
public final class MonteCarlo {

    public static final int DEFAULT_ITERATIONS = 10_000;
    public static final long DEFAULT_SEED = 20_251_126L;

    private final int iterations;
    private final long seed;

    private MonteCarlo(int iterations, long seed) {
        if (iterations < 100) {
            throw new IllegalArgumentException("At least 100 iterations: " + iterations);
        }
        this.iterations = iterations;
        this.seed = seed;
    }

    public static MonteCarlo withDefaults() {
        return new MonteCarlo(DEFAULT_ITERATIONS, DEFAULT_SEED);
    }

    public MonteCarlo withIterations(int count) {
        return new MonteCarlo(count, seed);
    }

    public MonteCarlo withSeed(long value) {
        return new MonteCarlo(iterations, value);
    }

    public RoiRange run(RoiModel model, double objectivePercent) {
        List<UncertainInput> varied =
                model.inputs().stream().filter(input -> !input.fixed()).toList();
        List<UncertainInput> fixed =
                model.inputs().stream().filter(UncertainInput::fixed).toList();
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Double> draw = new HashMap<>();
        fixed.forEach(input -> draw.put(input.key(), input.distribution().centre()));
        double[] rois = new double[iterations];
        int meets = 0;
        for (int i = 0; i < iterations; i++) {
            for (UncertainInput input : varied) {
                draw.put(input.key(), input.distribution().quantile(open(random)));
            }
            rois[i] = model.roi(draw::get);
            meets += rois[i] >= objectivePercent ? 1 : 0;
        }
        double[] q = Quantile.withDefaults().with(Quantile.EstimationMethod.HF7).evaluate(rois, 0.05, 0.5, 0.95);
        double probability = (double) meets / iterations;
        List<RoiRange.Swing> swings = sensitivity(model, varied);
        return new RoiRange(
                q[0],
                q[1],
                q[2],
                probability,
                iterations,
                seed,
                varied,
                fixed,
                swings,
                RangeTrail.of(model, varied, fixed, q, probability, objectivePercent, swings, iterations, seed));
    }

    private static List<RoiRange.Swing> sensitivity(RoiModel model, List<UncertainInput> varied) {
        Map<String, Double> centres = model.centres();
        List<RoiRange.Swing> swings = new ArrayList<>();
        for (UncertainInput input : varied) {
            swings.add(new RoiRange.Swing(
                    input.key(),
                    model.roi(key ->
                            key.equals(input.key()) ? input.distribution().low() : centres.get(key)),
                    model.roi(key ->
                            key.equals(input.key()) ? input.distribution().high() : centres.get(key))));
        }
        swings.sort(Comparator.comparingDouble(RoiRange.Swing::width).reversed().thenComparing(RoiRange.Swing::key));
        return swings;
    }

    /** A uniform draw strictly inside (0, 1), as an inverse normal needs. */
    private static double open(SplittableRandom random) {
        return ((random.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
    }
}
