package nl.rendement.engine.uncertainty;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;

/**
 * How an uncertain input varies (METHOD §4.5): normal from an estimator's standard error,
 * triangular over a published range with its mode at the value the headline uses, or fixed
 * (an input without a range, listed as such). {@link #centre()} is the headline's value;
 * {@link #low()} and {@link #high()} are the one-at-a-time sensitivity's ends: the 5th and 95th
 * percentiles of a normal, the ends of a published range.
 */
public sealed interface Distribution {

    double quantile(double p);

    double centre();

    double low();

    double high();

    record Normal(double mean, double standardError) implements Distribution {

        public Normal {
            if (!(standardError > 0) || !Double.isFinite(mean)) {
                throw new IllegalArgumentException("A normal input needs a finite mean and a positive standard error");
            }
        }

        @Override
        public double quantile(double p) {
            return NormalDistribution.of(mean, standardError).inverseCumulativeProbability(p);
        }

        @Override
        public double centre() {
            return mean;
        }

        @Override
        public double low() {
            return quantile(0.05);
        }

        @Override
        public double high() {
            return quantile(0.95);
        }
    }

    record Triangular(double low, double mode, double high) implements Distribution {

        public Triangular {
            if (!(low <= mode && mode <= high && low < high)) {
                throw new IllegalArgumentException("A triangle needs low <= mode <= high and low < high");
            }
        }

        @Override
        public double quantile(double p) {
            return TriangularDistribution.of(low, mode, high).inverseCumulativeProbability(p);
        }

        @Override
        public double centre() {
            return mode;
        }
    }

    record Fixed(double value) implements Distribution {

        @Override
        public double quantile(double p) {
            return value;
        }

        @Override
        public double centre() {
            return value;
        }

        @Override
        public double low() {
            return value;
        }

        @Override
        public double high() {
            return value;
        }
    }
}
