package nl.rendement.app.demo;

import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * The demo's random draws from one of its streams: normal draws as the demo has always made them,
 * counts from Commons Statistics' samplers. The same stream consumed in the same order gives the
 * same draws.
 */
final class DemoDraws {

    private DemoDraws() {}

    /** A standard normal draw (Box–Muller, one of the pair): two uniform draws from the stream, in this order. */
    static double gaussian(SplittableRandom random) {
        double u1 = 1 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** A count with this mean (0 when the mean is not above 0). */
    static int poisson(SplittableRandom random, double mean) {
        return mean <= 0
                ? 0
                : PoissonDistribution.of(mean).createSampler(provider(random)).sample();
    }

    /** The successes in {@code trials} trials of chance {@code chance}. */
    static int binomial(SplittableRandom random, int trials, double chance) {
        if (trials == 0) {
            return 0;
        }
        double p = Math.max(0, Math.min(1, chance));
        return BinomialDistribution.of(trials, p)
                .createSampler(provider(random))
                .sample();
    }

    private static UniformRandomProvider provider(SplittableRandom random) {
        return random::nextLong;
    }
}
