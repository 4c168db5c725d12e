package nl.rendement.app.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.programme.ProgrammeType;
import nl.rendement.engine.conversion.ConversionValue;
import nl.rendement.engine.conversion.Technique;
import nl.rendement.engine.measures.Aggregation;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.PeriodLength;

/**
 * A business measure programmes aim to move, as the engine's impact measure needs it: its code
 * (how observations name it), name, unit, which way is better, how values add up and the period
 * they are observed in. A time-to-threshold KPI, and only such a KPI, has a threshold share
 * (percentage points, 0 to 100). As the organisation's KPI library has it, also the programme
 * types whose results it shows and its default value of one unit (for one person or team and one
 * period), never an estimate: an estimate's confidence belongs to a plan.
 */
public record KpiDefinition(
        String code,
        String name,
        String unit,
        Direction direction,
        Aggregation aggregation,
        PeriodLength period,
        Optional<BigDecimal> thresholdSharePercent,
        Optional<String> description,
        Set<ProgrammeType> programmeTypes,
        Optional<ConversionValue> conversion) {

    /** A KPI outside the library's programme types and without a default value. */
    public KpiDefinition(
            String code,
            String name,
            String unit,
            Direction direction,
            Aggregation aggregation,
            PeriodLength period,
            Optional<BigDecimal> thresholdSharePercent,
            Optional<String> description) {
        this(
                code,
                name,
                unit,
                direction,
                aggregation,
                period,
                thresholdSharePercent,
                description,
                Set.of(),
                Optional.empty());
    }

    public KpiDefinition {
        programmeTypes =
                programmeTypes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(programmeTypes));
        Objects.requireNonNull(conversion, "conversion");
        if (conversion.filter(value -> value.technique() == Technique.ESTIMATE).isPresent()) {
            throw new IllegalArgumentException("A KPI's default value is never an estimate: " + code);
        }
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
