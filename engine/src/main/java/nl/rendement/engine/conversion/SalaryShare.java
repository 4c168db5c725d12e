package nl.rendement.engine.conversion;

import java.util.Objects;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.value.Percentage;

/**
 * A shipped value stated as a share of annual salary (turnover cost by job group), with the range
 * it comes from: the default is the lower bound (principle 4), the range feeds the uncertainty
 * model. Editable: an organisation may replace it with its own, with its own source.
 */
public record SalaryShare(
        String key, Percentage low, Percentage high, Technique technique, String source, int year, String country) {

    public SalaryShare {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(country, "country");
        if (low.value().signum() < 0 || low.value().compareTo(high.value()) > 0) {
            throw new IllegalArgumentException("A range runs from a non-negative low to a high: " + key);
        }
    }

    /** The value of one unit (one leaver) for a salary: the lower bound × the salary. */
    public ConversionValue valueFor(Money annualSalary) {
        return ConversionValue.of(technique, annualSalary.times(low.fraction()), source, year)
                .withEvidence("Lower bound " + low.value().toPlainString() + "% of annual salary (" + key + ")")
                .withRange(annualSalary.times(low.fraction()), annualSalary.times(high.fraction()));
    }
}
