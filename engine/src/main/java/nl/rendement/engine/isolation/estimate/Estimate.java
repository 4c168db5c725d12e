package nl.rendement.engine.isolation.estimate;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.value.Percentage;

/**
 * One respondent's estimate of a programme's effect on one impact measure: the improvement seen
 * (in the measure's units per period, stated in the good direction, so positive is better), the
 * share of it attributed to the programme, the confidence in that attribution and the basis for it.
 * A respondent may estimate their own improvement (a participant) or a group's (a manager for a
 * team; supervisors answering as one group).
 *
 * <p>Attribution and confidence run from 0 to 100%; anything else is impossible input and is
 * rejected (METHOD §2, principle 8). A basis that is absent or blank is no stated basis.
 */
public record Estimate(
        String respondent,
        BigDecimal improvement,
        Percentage attribution,
        Percentage confidence,
        Optional<String> basis) {

    public Estimate {
        Objects.requireNonNull(respondent, "respondent");
        Objects.requireNonNull(improvement, "improvement of " + respondent);
        Objects.requireNonNull(attribution, "attribution of " + respondent);
        Objects.requireNonNull(confidence, "confidence of " + respondent);
        Objects.requireNonNull(basis, "basis of " + respondent);
        if (respondent.isBlank()) {
            throw new IllegalArgumentException("An estimate needs a respondent");
        }
        requireShare(respondent, "attribution", attribution);
        requireShare(respondent, "confidence", confidence);
    }

    /** An estimate with its stated basis. */
    public static Estimate of(
            String respondent, BigDecimal improvement, Percentage attribution, Percentage confidence, String basis) {
        return new Estimate(respondent, improvement, attribution, confidence, Optional.of(basis));
    }

    /** An estimate whose respondent stated no basis: it is excluded (principle 8). */
    public static Estimate withoutBasis(
            String respondent, BigDecimal improvement, Percentage attribution, Percentage confidence) {
        return new Estimate(respondent, improvement, attribution, confidence, Optional.empty());
    }

    /** Whether a basis was stated: present and not blank. */
    public boolean hasBasis() {
        return basis.filter(text -> !text.isBlank()).isPresent();
    }

    /**
     * The adjusted improvement = improvement x attribution x confidence, exactly; confidence is
     * applied here once and never again (principle 7). METHOD §3: 60% attributed x 80% confidence
     * credits 48% of the improvement.
     */
    public BigDecimal adjusted() {
        return improvement.multiply(attribution.fraction()).multiply(confidence.fraction());
    }

    private static void requireShare(String respondent, String name, Percentage share) {
        if (!share.isShare()) {
            throw new IllegalArgumentException("The " + name + " of " + respondent + " must lie from 0 to 100%: "
                    + share.value().toPlainString() + "%");
        }
    }
}
