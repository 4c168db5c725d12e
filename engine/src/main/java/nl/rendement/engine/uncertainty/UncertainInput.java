package nl.rendement.engine.uncertainty;

import java.util.Objects;

/**
 * One input of the ROI model: an improvement per period or a value per unit, keyed so that an
 * input shared by several measures (the same conversion value) is drawn once per iteration and so
 * moves them together (METHOD §4.5: shared estimates and values correlated, not independent).
 */
public record UncertainInput(String key, Kind kind, String measureId, Distribution distribution) {

    public UncertainInput {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(distribution, "distribution");
    }

    public boolean fixed() {
        return distribution instanceof Distribution.Fixed;
    }

    /** What the input is. */
    public enum Kind {
        IMPROVEMENT,
        VALUE_PER_UNIT,
        BENEFIT_PER_YEAR
    }
}
