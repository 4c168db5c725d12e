package nl.rendement.engine;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.isolation.HeadlineRule;
import nl.rendement.engine.value.Percentage;

/**
 * The organisation's settings that apply to one evaluation, and the method's switchable rules:
 * reporting currency; employer cost factor and hours actually worked per FTE a year (for
 * participants' time); whether VAT is reclaimable; the anonymity threshold k; the discount rate
 * (none: 0, said in the trail); the programme's ROI objective; the headline rule; and whether the
 * extreme-claim rule of principle 8 is on.
 */
public record EvaluationSettings(
        Currency reportingCurrency,
        Percentage employerCostFactor,
        BigDecimal hoursWorkedPerFteYear,
        boolean vatReclaimable,
        int anonymityThreshold,
        Optional<Percentage> discountRate,
        Percentage roiObjective,
        HeadlineRule headlineRule,
        boolean extremeClaimRule) {

    public EvaluationSettings {
        Objects.requireNonNull(reportingCurrency, "reportingCurrency");
        Objects.requireNonNull(employerCostFactor, "employerCostFactor");
        Objects.requireNonNull(hoursWorkedPerFteYear, "hoursWorkedPerFteYear");
        Objects.requireNonNull(discountRate, "discountRate");
        Objects.requireNonNull(roiObjective, "roiObjective");
        Objects.requireNonNull(headlineRule, "headlineRule");
        if (hoursWorkedPerFteYear.signum() <= 0) {
            throw new IllegalArgumentException("Hours worked per FTE a year must be positive");
        }
        if (anonymityThreshold < 2) {
            throw new IllegalArgumentException("The anonymity threshold is at least 2: " + anonymityThreshold);
        }
    }

    /**
     * The defaults of METHOD: k = 5, objective 25%, no discount rate, lowest of all credible, the
     * extreme-claim rule on; with the organisation's currency, employer costs and hours worked.
     */
    public static EvaluationSettings defaults(
            Currency reportingCurrency, Percentage employerCostFactor, BigDecimal hoursWorkedPerFteYear) {
        return new EvaluationSettings(
                reportingCurrency,
                employerCostFactor,
                hoursWorkedPerFteYear,
                true,
                5,
                Optional.empty(),
                Percentage.of(25),
                HeadlineRule.LOWEST_OF_ALL_CREDIBLE,
                true);
    }
}
