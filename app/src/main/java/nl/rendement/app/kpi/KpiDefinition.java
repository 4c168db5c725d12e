package nl.rendement.app.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.measures.Aggregation;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.PeriodLength;

/**
 * A business measure programmes aim to move, as the engine's impact measure needs it: its code
 * (how observations name it), name, unit, which way is better, how values add up and the period
 * they are observed in. A time-to-threshold KPI, and only such a KPI, has a threshold share
 * (percentage points, 0 to 100).
 */
public record KpiDefinition(
        String code,
        String name,
        String unit,
        Direction direction,
        Aggregation aggregation,
        PeriodLength period,
        Optional<BigDecimal> thresholdSharePercent,
        Optional<String> description) {

    public KpiDefinition {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(thresholdSharePercent, "thresholdSharePercent");
        Objects.requireNonNull(description, "description");
        if (code == null || code.isBlank() || name == null || name.isBlank() || unit == null || unit.isBlank()) {
            throw new IllegalArgumentException("A KPI needs a code, a name and a unit");
        }
        if ((aggregation == Aggregation.TIME_TO_THRESHOLD) != thresholdSharePercent.isPresent()) {
            throw new IllegalArgumentException("A threshold share belongs to a time-to-threshold KPI only: " + code);
        }
        if (thresholdSharePercent
                .filter(share -> share.signum() < 0 || share.compareTo(BigDecimal.valueOf(100)) > 0)
                .isPresent()) {
            throw new IllegalArgumentException("A threshold share lies from 0 to 100%: " + code);
        }
    }

    /** Whether an observation's period start is the first day of this KPI's period. */
    public boolean startsPeriod(LocalDate day) {
        return period.start(day).equals(day);
    }
}
