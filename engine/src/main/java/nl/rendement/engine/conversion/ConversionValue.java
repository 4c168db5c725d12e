package nl.rendement.engine.conversion;

import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.value.Percentage;

/**
 * The value of one unit of a measure, with where it comes from: technique, source (a study, an
 * expert, the finance department), year, country, and evidence (for employee time: what the saved
 * time went to). An estimated value carries the estimator's confidence, which is applied to it; a
 * value from a published range carries the range, for the uncertainty model.
 */
public record ConversionValue(
        Technique technique,
        Money valuePerUnit,
        String source,
        int year,
        Optional<String> country,
        Optional<String> evidence,
        Optional<Percentage> confidence,
        Optional<ValueRange> range) {

    public ConversionValue {
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(valuePerUnit, "valuePerUnit");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(range, "range");
        if (source.isBlank()) {
            throw new IllegalArgumentException("A conversion value needs its source");
        }
        if (valuePerUnit.isNegative()) {
            throw new IllegalArgumentException("A value per unit cannot be negative: " + valuePerUnit.amount());
        }
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("Not a plausible year for a value: " + year);
        }
        if ((technique == Technique.ESTIMATE) != confidence.isPresent()) {
            throw new IllegalArgumentException("An estimated value, and only that, carries a confidence");
        }
        if (confidence.filter(share -> !share.isShare()).isPresent()) {
            throw new IllegalArgumentException("A confidence lies from 0 to 100%");
        }
        if (range.filter(published -> !published.contains(valuePerUnit)).isPresent()) {
            throw new IllegalArgumentException("The value " + valuePerUnit.amount() + " lies outside its range");
        }
    }

    /** A value of a technique other than an estimate, without country or evidence. */
    public static ConversionValue of(Technique technique, Money valuePerUnit, String source, int year) {
        return new ConversionValue(
                technique,
                valuePerUnit,
                source,
                year,
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    public ConversionValue withEvidence(String what) {
        return new ConversionValue(
                technique, valuePerUnit, source, year, country, Optional.of(what), confidence, range);
    }

    /** With the published range the value comes from (the value must lie within it). */
    public ConversionValue withRange(Money low, Money high) {
        return new ConversionValue(
                technique,
                valuePerUnit,
                source,
                year,
                country,
                evidence,
                confidence,
                Optional.of(new ValueRange(low, high)));
    }
}
