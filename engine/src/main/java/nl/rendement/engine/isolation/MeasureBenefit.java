package nl.rendement.engine.isolation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Traced;

/**
 * A measure's benefit a year: the headline candidate chosen by the rule, the others beside it,
 * and the benefit it adds: the headline's, or 0 with the reasons when no candidate is credible
 * (principle 5).
 */
public record MeasureBenefit(
        String measureId,
        Optional<Candidate> headline,
        List<Candidate> alternatives,
        Traced<Money> annualBenefit,
        List<Reason> reasons) {

    public MeasureBenefit {
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(headline, "headline");
        alternatives = List.copyOf(alternatives);
        Objects.requireNonNull(annualBenefit, "annualBenefit");
        reasons = List.copyOf(reasons);
    }

    /** Whether the measure adds a credible benefit. */
    public boolean credible() {
        return headline.isPresent();
    }
}
