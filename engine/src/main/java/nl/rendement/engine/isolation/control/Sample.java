package nl.rendement.engine.isolation.control;

import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Variance;

/**
 * One group's values of one quantity (pre, post or change), taken in the order of the people's
 * identifiers so that every sum, and so every result, is the same whatever order the input had.
 */
final class Sample {

    private final double[] values;

    private Sample(double[] values) {
        this.values = values;
    }

    static Sample of(List<PersonChange> people, ToDoubleFunction<PersonChange> quantity) {
        return new Sample(people.stream()
                .sorted(Comparator.comparing(PersonChange::person))
                .mapToDouble(quantity)
                .toArray());
    }

    int n() {
        return values.length;
    }

    double mean() {
        return Mean.of(values).getAsDouble();
    }

    /** The sample variance, with n - 1 in the denominator (R's {@code var}). */
    double variance() {
        return Variance.of(values).getAsDouble();
    }
}
