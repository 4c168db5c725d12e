package nl.rendement.engine.forecast;

import java.util.List;
import java.util.Objects;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Traced;

/** A figure forecast beside its actual, variance = actual − forecast; or why they cannot be compared. */
public sealed interface Variance<T> {

    record Compared<T>(T forecast, T actual, Traced<T> variance) implements Variance<T> {

        public Compared {
            Objects.requireNonNull(forecast, "forecast");
            Objects.requireNonNull(actual, "actual");
            Objects.requireNonNull(variance, "variance");
        }
    }

    record NotCompared<T>(List<Reason> reasons) implements Variance<T> {

        public NotCompared {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("Not compared needs a reason");
            }
        }
    }
}
