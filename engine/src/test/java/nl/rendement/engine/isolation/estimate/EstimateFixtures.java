package nl.rendement.engine.isolation.estimate;

import java.math.BigDecimal;
import java.util.List;
import nl.rendement.engine.value.Percentage;

/** Short ways to write estimates in tests. */
final class EstimateFixtures {

    private EstimateFixtures() {}

    static Estimate based(String respondent, String improvement, int attribution, int confidence) {
        return Estimate.of(
                respondent,
                new BigDecimal(improvement),
                Percentage.of(attribution),
                Percentage.of(confidence),
                "seen in own figures");
    }

    static Estimate unfounded(String respondent, String improvement, int attribution, int confidence) {
        return Estimate.withoutBasis(
                respondent, new BigDecimal(improvement), Percentage.of(attribution), Percentage.of(confidence));
    }

    static EstimateSet set(EstimateSource source, int asked, Estimate... responses) {
        return new EstimateSet(source, asked, List.of(responses));
    }
}
