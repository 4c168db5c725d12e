package nl.rendement.app.evaluation.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.evaluation.run.Run;
import nl.rendement.app.evaluation.run.RunState;
import nl.rendement.app.plan.EvaluationPlan;
import nl.rendement.app.plan.PlanFixture;
import org.junit.jupiter.api.Test;

/** The closing checklist read from a plan, a result and the versions: done, open or blocked, and why. */
class ChecklistTest {

    private static final String RESULT = """
            {"annualBenefits": {"value": {"amount": "1200.50", "currency": "EUR"}, "trail": []},
             "roi": {"kind": "figures"},
             "levels": {"learning": [{"name": "Feedback"}], "application": null},
             "series": {"productivity": {"kind": "periods",
               "cohortStarts": [{"cohort": "Golf 1", "periodStart": "2025-03-01"}],
               "participants": {"points": [{"periodStart": "2025-01-01"}, {"periodStart": "2025-04-01"}]}}}}
            """;

    @Test
    void withoutAPlanEveryItemButReportingIsBlocked() {
        Checklist checklist = Checklist.of(Optional.empty(), Optional.empty(), List.of());

        assertThat(checklist.items())
                .extracting(Checklist.Item::key, Checklist.Item::state)
                .containsExactly(
                        tuple("goals", Checklist.State.BLOCKED),
                        tuple("baseline", Checklist.State.BLOCKED),
                        tuple("tracked", Checklist.State.BLOCKED),
                        tuple("value", Checklist.State.BLOCKED),
                        tuple("roi", Checklist.State.BLOCKED),
                        tuple("shared", Checklist.State.OPEN));
        assertThat(checklist.items().get(0).why()).contains("steps.checklist.why.noPlan");
    }

    @Test
    void readsEachItemFromThePlanTheResultAndTheFrozenVersions() {
        EvaluationPlan plan = PlanFixture.full();

        Checklist checklist =
                Checklist.of(Optional.of(plan), Optional.of(ResultDocument.of(RESULT, false)), List.of(frozen()));

        assertThat(checklist.items())
                .extracting(Checklist.Item::key, Checklist.Item::state, Checklist.Item::why)
                .containsExactly(
                        tuple("goals", Checklist.State.DONE, Optional.empty()),
                        tuple("baseline", Checklist.State.DONE, Optional.empty()),
                        tuple("tracked", Checklist.State.OPEN, Optional.of("steps.checklist.why.noBehaviour")),
                        tuple("value", Checklist.State.DONE, Optional.empty()),
                        tuple("roi", Checklist.State.DONE, Optional.empty()),
                        tuple("shared", Checklist.State.DONE, Optional.empty()));
    }

    /** A KPI observed per team has no series, but its comparison of teams rests on its observations. */
    @Test
    void aComparisonOfTeamsComputedFromTheKpiIsABaselineAndTrackedResults() {
        String teams = """
                {"annualBenefits": {"value": {"amount": "0", "currency": "EUR"}, "trail": []},
                 "roi": {"kind": "figures"},
                 "levels": {"learning": [{"name": "Phishing"}], "application": {"respondents": 20}},
                 "measures": [{"id": "incidents", "headline": null, "alternatives": [
                   {"method": "GIVEN_CONTROL_GROUP", "tier": 1, "credible": false,
                    "annualBenefit": {"value": {"amount": "37500", "currency": "EUR"}, "trail": []}}]}],
                 "series": {}}
                """;
        String estimatesOnly = teams.replace("\"tier\": 1", "\"tier\": 3");

        assertThat(Checklist.of(
                                Optional.of(PlanFixture.full()),
                                Optional.of(ResultDocument.of(teams, false)),
                                List.of())
                        .items())
                .extracting(Checklist.Item::key, Checklist.Item::state)
                .contains(tuple("baseline", Checklist.State.DONE), tuple("tracked", Checklist.State.DONE));
        assertThat(Checklist.of(
                                Optional.of(PlanFixture.full()),
                                Optional.of(ResultDocument.of(estimatesOnly, false)),
                                List.of())
                        .items())
                .extracting(Checklist.Item::key, Checklist.Item::state)
                .contains(tuple("baseline", Checklist.State.BLOCKED), tuple("tracked", Checklist.State.OPEN));
    }

    private static Run frozen() {
        Instant at = Instant.parse("2026-06-30T10:00:00Z");
        return new Run(
                1,
                1,
                RunState.DONE,
                "test",
                "director",
                at,
                Optional.of(at),
                Optional.of(at),
                Optional.of(1),
                Optional.of("f"),
                Optional.of(1),
                Optional.empty(),
                Optional.of(new Run.Frozen("Bestuur, Q2 2026", at, "director")),
                0,
                Optional.empty());
    }
}
