package nl.rendement.engine.costs;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import nl.rendement.engine.value.Percentage;

/**
 * The organisation settings that costing uses (METHOD §6): the one reporting currency; employer
 * costs on top of wages as a factor on wages (e.g. 41.9% for the US, BLS ECEC December 2024); hours
 * actually worked per FTE per year, not contract hours; and whether VAT can be reclaimed, in which
 * case costs are taken exclusive of VAT.
 */
public record CostSettings(
        Currency reportingCurrency,
        Percentage employerCostFactor,
        BigDecimal hoursWorkedPerFteYear,
        boolean vatReclaimable) {

    public CostSettings {
        Objects.requireNonNull(reportingCurrency, "reportingCurrency");
        Objects.requireNonNull(employerCostFactor, "employerCostFactor");
        Objects.requireNonNull(hoursWorkedPerFteYear, "hoursWorkedPerFteYear");
        if (employerCostFactor.value().signum() < 0) {
            throw new IllegalArgumentException("Employer costs are not negative: " + employerCostFactor.value());
        }
        if (hoursWorkedPerFteYear.signum() <= 0) {
            throw new IllegalArgumentException("Hours worked per FTE per year must be positive");
        }
    }
}
