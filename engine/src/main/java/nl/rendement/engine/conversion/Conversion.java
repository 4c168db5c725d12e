package nl.rendement.engine.conversion;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import nl.rendement.engine.measures.PeriodLength;
import nl.rendement.engine.money.ExchangeRates;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.trail.Trail;

/**
 * Converts an isolated improvement to money a year (METHOD §5): annual change = improvement per
 * period × periods per year; annual value = annual change × value of one unit (× confidence for
 * an estimated value), in the reporting currency through an explicit rate. Employee time counts
 * only with evidence of what the saved time went to.
 */
public final class Conversion {

    private final Currency reportingCurrency;
    private final ExchangeRates rates;

    public Conversion(Currency reportingCurrency, ExchangeRates rates) {
        this.reportingCurrency = reportingCurrency;
        this.rates = rates;
    }

    public ConversionOutcome annualValue(
            Traced<BigDecimal> improvementPerPeriod, PeriodLength period, ConversionValue value) {
        if (value.technique() == Technique.EMPLOYEE_TIME
                && value.evidence().filter(e -> !e.isBlank()).isEmpty()) {
            return new ConversionOutcome.NotConverted(
                    List.of(Reason.of("conversion.employeeTime.noEvidence", "source", value.source())));
        }
        Optional<ExchangeRates.Conversion> unit = rates.convert(value.valuePerUnit(), reportingCurrency);
        if (unit.isEmpty()) {
            return new ConversionOutcome.NotConverted(List.of(Reason.of(
                    "conversion.noRate",
                    "from",
                    value.valuePerUnit().currency().getCurrencyCode(),
                    "to",
                    reportingCurrency.getCurrencyCode())));
        }
        BigDecimal annualChange = improvementPerPeriod.value().multiply(BigDecimal.valueOf(period.perYear()));
        Money perUnit = unit.get().amount();
        Money annual = perUnit.times(annualChange);
        Trail trail = improvementPerPeriod
                .trail()
                .then(Step.of(
                        "conversion.annualised",
                        "improvementPerPeriod",
                        improvementPerPeriod.value(),
                        "periodsPerYear",
                        period.perYear(),
                        "annualChange",
                        annualChange));
        if (unit.get().step().isPresent()) {
            trail = trail.then(unit.get().step().get());
        }
        trail = trail.then(Step.of(
                "conversion.valued",
                "annualChange",
                annualChange,
                "valuePerUnit",
                perUnit,
                "technique",
                value.technique().name(),
                "source",
                value.source(),
                "year",
                value.year(),
                "country",
                value.country().orElse(""),
                "evidence",
                value.evidence().orElse(""),
                "annualValue",
                annual));
        if (value.confidence().isPresent()) {
            annual = annual.times(value.confidence().get().fraction());
            trail = trail.then(Step.of(
                    "conversion.estimateConfidence",
                    "confidence",
                    value.confidence().get(),
                    "annualValue",
                    annual));
        }
        return new ConversionOutcome.Converted(new Traced<>(annual, trail));
    }
}
