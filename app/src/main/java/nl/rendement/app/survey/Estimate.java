package nl.rendement.app.survey;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A respondent's estimate of the programme's effect on a KPI: the improvement seen (in the KPI's
 * unit per period, positive when better), the share of it they attribute to the programme, and how
 * sure they are of that share. Stored as given: the evaluation credits improvement x attribution x
 * confidence, and leaves out an estimate without a basis (METHOD, principle 8).
 *
 * @param kpi the KPI's code as the file writes it; KPI definitions are imported on their own
 */
public record Estimate(
        String kpi,
        BigDecimal improvement,
        BigDecimal attributionPercent,
        BigDecimal confidencePercent,
        Optional<String> basis) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Estimate {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(improvement, "improvement");
        Objects.requireNonNull(basis, "basis");
        if (kpi.isBlank()) {
            throw new IllegalArgumentException("an estimate names its KPI");
        }
        requirePercentage(attributionPercent, "attribution");
        requirePercentage(confidencePercent, "confidence");
    }

    /** Whether the estimate states what it rests on; one that does not is not counted. */
    public boolean hasBasis() {
        return basis.isPresent();
    }

    private static void requirePercentage(BigDecimal percent, String what) {
        Objects.requireNonNull(percent, what);
        if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(what + " is 0 to 100%: " + percent);
        }
    }
}
