package nl.rendement.engine.forecast;

import java.util.List;
import java.util.Objects;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Traced;

/**
 * One measure's forecast benefit a year in the reporting currency, low, expected and high; or 0
 * with the reasons when its value cannot be converted (no exchange rate, employee time without
 * evidence).
 */
public record MeasureForecast(String measureId, Scenarios<Traced<Money>> annualBenefit, List<Reason> reasons) {

    public MeasureForecast {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(annualBenefit, "annualBenefit");
        reasons = List.copyOf(reasons);
    }

    /** Whether the measure adds a forecast benefit: its value could be converted. */
    public boolean converted() {
        return reasons.isEmpty();
    }
}
