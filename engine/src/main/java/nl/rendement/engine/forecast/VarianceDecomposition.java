package nl.rendement.engine.forecast;

import java.util.Objects;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Traced;

/**
 * A measure's variance (actual − forecast expected benefit a year) explained by two factors that
 * sum to it exactly, the change first and then the value:
 *
 * <ul>
 *   <li>change effect = (actual improvement × actual periods a year − forecast change × attribution
 *       × confidence × forecast periods a year) × forecast value per unit;
 *   <li>value effect = actual improvement × actual periods a year × (actual value per unit −
 *       forecast value per unit).
 * </ul>
 *
 * With the same period on both sides this is (Δ<sub>actual</sub> − Δ<sub>forecast</sub> × a × c) ×
 * V<sub>forecast</sub> × p + Δ<sub>actual</sub> × (V<sub>actual</sub> − V<sub>forecast</sub>) × p.
 * An estimated value counts × its confidence on either side. The actual improvement is already
 * isolated (attributable), so it stands against the forecast's attributable change.
 */
public record VarianceDecomposition(Traced<Money> changeEffect, Traced<Money> valueEffect) {

    public VarianceDecomposition {
        Objects.requireNonNull(changeEffect, "changeEffect");
        Objects.requireNonNull(valueEffect, "valueEffect");
    }

    /** Change effect + value effect: the variance. */
    public Money sum() {
        return changeEffect.value().plus(valueEffect.value());
    }
}
