package nl.rendement.app.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VersionChangesTest {

    private static final String THEN = """
            {"annualBenefits": {"value": {"amount": "1000.50", "currency": "EUR"}},
             "costs": {"kind": "costs", "total": {"value": {"amount": "800", "currency": "EUR"}}},
             "roi": {"kind": "figures", "roiPercent": {"value": "25.06"}, "verdict": {"value": "MEETS_OBJECTIVE"}},
             "measures": [{"id": "sales", "annualBenefit": {"value": {"amount": "1000.50"}},
                           "headline": {"method": "GIVEN_CONTROL_GROUP"}}]}
            """;

    @Test
    void sameFiguresWrittenDifferentlyAreNoChange() {
        String now = THEN.replace("\"800\"", "\"800.00\"");

        assertThat(VersionChanges.between(THEN, now)).isEmpty();
    }

    @Test
    void listsEveryFigureThatChangedWithItsValuesThenAndNow() {
        String now = THEN.replace("1000.50", "900")
                .replace("25.06", "12.5")
                .replace("MEETS_OBJECTIVE", "BELOW_OBJECTIVE")
                .replace("GIVEN_CONTROL_GROUP", "PARTICIPANT_ESTIMATE")
                .replace(
                        "\"measures\": [",
                        "\"measures\": [{\"id\": \"csat\", \"annualBenefit\": {\"value\": {\"amount\": \"5\"}}, \"headline\": null},");

        assertThat(VersionChanges.between(THEN, now))
                .extracting(
                        VersionChanges.FigureChange::figure,
                        VersionChanges.FigureChange::before,
                        VersionChanges.FigureChange::after)
                .containsExactly(
                        tuple("annualBenefits", Optional.of("1000.50"), Optional.of("900")),
                        tuple("roi.roiPercent", Optional.of("25.06"), Optional.of("12.5")),
                        tuple("roi.verdict", Optional.of("MEETS_OBJECTIVE"), Optional.of("BELOW_OBJECTIVE")),
                        tuple("measures.csat.annualBenefit", Optional.empty(), Optional.of("5")),
                        tuple("measures.sales.annualBenefit", Optional.of("1000.50"), Optional.of("900")),
                        tuple(
                                "measures.sales.headline",
                                Optional.of("GIVEN_CONTROL_GROUP"),
                                Optional.of("PARTICIPANT_ESTIMATE")));
    }

    @Test
    void scrubsAnErasedPersonsIdentifiersButNoFigure() {
        String result = """
                {"annualBenefits": {"value": {"amount": "10"}}, "reasons": [{"facts": [{"value": "R-17"}, {"value": "PX-1"}]}]}
                """;

        String scrubbed = VersionErasure.scrub(result, "PX-1", java.util.Set.of("R-17"));

        assertThat(scrubbed).doesNotContain("PX-1", "R-17").contains("erased");
        assertThat(VersionChanges.between(result, scrubbed)).isEmpty();
    }
}
