package nl.rendement.engine.isolation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Traced;

/**
 * One isolation method's attributable benefit a year for a measure, with its trail, and whether
 * it passed its method's credibility checks (the reasons say why not). A benefit may be absent
 * when it could not be computed or converted; a non-credible one is still shown beside the headline.
 */
public record Candidate(
        IsolationMethod method, Optional<Traced<Money>> annualBenefit, boolean credible, List<Reason> reasons) {

    public Candidate {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(annualBenefit, "annualBenefit");
        reasons = List.copyOf(reasons);
        if (credible && (annualBenefit.isEmpty() || !reasons.isEmpty())) {
            throw new IllegalArgumentException("A credible candidate has a benefit and no reasons against it");
        }
        if (!credible && reasons.isEmpty()) {
            throw new IllegalArgumentException("A candidate that is not credible says why");
        }
    }

    public static Candidate credible(IsolationMethod method, Traced<Money> annualBenefit) {
        return new Candidate(method, Optional.of(annualBenefit), true, List.of());
    }

    public static Candidate notCredible(
            IsolationMethod method, Optional<Traced<Money>> annualBenefit, List<Reason> reasons) {
        return new Candidate(method, annualBenefit, false, reasons);
    }
}
