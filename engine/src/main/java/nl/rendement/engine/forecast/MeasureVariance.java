package nl.rendement.engine.forecast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Traced;

/**
 * One measure forecast and evaluated: the forecast expected benefit a year, the actual headline
 * benefit a year, variance = actual − forecast, and the variance explained by change and value;
 * or, when it cannot be explained (no credible headline, a headline not valued per unit, a
 * forecast not converted), the reasons.
 */
public record MeasureVariance(
        String measureId,
        Traced<Money> forecast,
        Traced<Money> actual,
        Traced<Money> variance,
        Optional<VarianceDecomposition> decomposition,
        List<Reason> reasons) {

    public MeasureVariance {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(variance, "variance");
        Objects.requireNonNull(decomposition, "decomposition");
        reasons = List.copyOf(reasons);
        if (decomposition.isPresent() == !reasons.isEmpty()) {
            throw new IllegalArgumentException("A decomposition or the reasons there is none: " + measureId);
        }
    }
}
