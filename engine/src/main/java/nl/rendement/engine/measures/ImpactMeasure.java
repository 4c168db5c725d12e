package nl.rendement.engine.measures;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.value.Percentage;

/**
 * A level-4 impact measure: a KPI with its unit ("grievances", "EUR sales"), the direction it
 * improves in, how its observations aggregate, the period they are stated in, and the values per
 * person or team. For time to threshold, {@code thresholdShare} is the share of the tenured
 * median a person's KPI must first reach.
 */
public record ImpactMeasure(
        String id,
        String name,
        String unit,
        Direction direction,
        Aggregation aggregation,
        PeriodLength period,
        Optional<Percentage> thresholdShare,
        List<Observation> observations) {

    public ImpactMeasure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(thresholdShare, "thresholdShare");
        observations = List.copyOf(observations);
        if ((aggregation == Aggregation.TIME_TO_THRESHOLD) != thresholdShare.isPresent()) {
            throw new IllegalArgumentException("A threshold share belongs to a time-to-threshold measure only: " + id);
        }
        if (thresholdShare.filter(share -> !share.isShare()).isPresent()) {
            throw new IllegalArgumentException("A threshold share lies from 0 to 100%: " + id);
        }
    }

    /** A measure without observations, for isolation that needs none (estimates, effects isolated outside). */
    public static ImpactMeasure of(String id, String name, String unit, Direction direction, PeriodLength period) {
        return new ImpactMeasure(id, name, unit, direction, Aggregation.SUM, period, Optional.empty(), List.of());
    }
}
