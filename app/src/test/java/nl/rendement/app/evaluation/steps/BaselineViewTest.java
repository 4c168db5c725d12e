package nl.rendement.app.evaluation.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.plan.EvaluationPlan;
import nl.rendement.app.system.Languages;
import nl.rendement.app.system.TestFormats;
import nl.rendement.engine.isolation.HeadlineRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class BaselineViewTest {

    /**
     * A hand-written result: level 0 and costs in, no reaction survey, one KPI series with two
     * months before the first cohort started and a control group with too few trained people, and a
     * KPI per team without a series whose control group differed before.
     */
    private static final String RESULT = """
            {"measures": [{"id": "sales", "name": "Revenue", "unit": "EUR a month", "credible": false,
               "headline": null,
               "alternatives": [{"method": "GIVEN_CONTROL_GROUP", "tier": 1, "credible": false, "annualBenefit": null,
                 "reasons": [{"code": "control.notCredible.tooFew", "facts": [
                   {"name": "group", "type": "text", "value": "trained"},
                   {"name": "withData", "type": "integer", "value": 4},
                   {"name": "minimum", "type": "integer", "value": 5}]}]},
                 {"method": "PARTICIPANT_ESTIMATE", "tier": 3, "credible": true, "annualBenefit": null,
                  "reasons": []}],
               "reasons": []},
              {"id": "incidents", "name": "Incidents", "unit": "a month per team", "credible": false,
               "headline": null,
               "alternatives": [{"method": "GIVEN_CONTROL_GROUP", "tier": 1, "credible": false, "annualBenefit": null,
                 "reasons": [{"code": "control.notCredible.smd", "facts": [
                   {"name": "smd", "type": "number", "value": -0.496},
                   {"name": "bound", "type": "decimal", "value": "0.1"}]}]}],
               "reasons": []}],
             "costs": {"kind": "costs", "total": {"value": {"amount": "12000", "currency": "EUR"}, "trail": []}},
             "levels": {
               "efficiency": {
                 "participants": {"kind": "computed", "value": 12, "n": 12, "ofTotal": null, "mark": "NONE", "trail": []}},
               "reaction": null, "learning": [], "application": null},
             "series": {"sales": {
               "kind": "periods", "measure": "sales",
               "participants": {"label": "PARTICIPANTS", "notAnEffect": false, "people": 12, "teams": 0,
                 "points": [
                   {"periodStart": "2025-01-01", "value": "100.125", "n": 12, "ofTotal": null, "mark": "NONE"},
                   {"periodStart": "2025-02-01", "value": "101", "n": 3, "ofTotal": null, "mark": "FEWER_THAN_K"},
                   {"periodStart": "2025-03-01", "value": "104.5", "n": 11, "ofTotal": null, "mark": "NONE"}],
                 "reasons": [], "trail": []},
               "comparison": null, "notAnEffect": false,
               "cohortStarts": [{"cohort": "Spring", "firstStart": "2025-03-10", "periodStart": "2025-03-01",
                                 "participants": 8}],
               "reasons": [], "trail": []}}}
            """;

    private final ReasonText reasons = TestReasonText.create();

    @BeforeEach
    void inEnglish() {
        LocaleContextHolder.setLocale(Languages.ENGLISH);
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void saysWhichDataAreInAndWhatFillsAMissingLevel() {
        List<BaselineView.Data> data = view(Optional.empty()).data();

        assertThat(data)
                .extracting(BaselineView.Data::kind)
                .containsExactly("participants", "reaction", "learning", "application", "kpi", "kpi", "costs");
        BaselineView.Data participants = data.get(0);
        assertThat(participants.in()).isTrue();
        assertThat(participants.action()).isEmpty();
        assertThat(participants.evidence().value()).contains(new Shown("12", "/levels/efficiency/participants"));
        BaselineView.Data reaction = data.get(1);
        assertThat(reaction.in()).isFalse();
        assertThat(reaction.action())
                .isEqualTo("Import the reaction survey: Data \u2192 Survey responses, then evaluate again.");
        assertThat(data.get(4).measure()).isEqualTo("Revenue");
        assertThat(data.get(4).in()).isTrue();
        assertThat(data.get(5).measure()).isEqualTo("Incidents");
        assertThat(data.get(5).in()).as("compared per team, so observed").isTrue();
        assertThat(data.get(6).evidence().value()).contains(new Shown("\u20ac12,000.00", "/costs/total"));
    }

    @Test
    void asksForTheObservationsOfAPlannedMeasureWithoutASeries() {
        BaselineView view = view(Optional.of(plan("sales", "leavers")));

        assertThat(view.data()).extracting(BaselineView.Data::measure).contains("Revenue", "leavers");
        BaselineView.Data leavers = view.data().get(5);
        assertThat(leavers.measure()).isEqualTo("leavers");
        assertThat(leavers.in()).isFalse();
        assertThat(leavers.action())
                .isEqualTo("Import the observations of leavers: Data \u2192 KPI observations, then evaluate again.");
        assertThat(view.windows())
                .contains(new BaselineView.Windows(6, 12, List.of("OU-A", "OU-B"), "COMPLETERS", "Sales teams"));
    }

    @Test
    void showsTheParticipantsValuesBeforeTheFirstCohortLinkedToTheirTrail() {
        BaselineView.Before sales = view(Optional.empty()).before().get(0);

        assertThat(sales.name()).isEqualTo("Revenue");
        assertThat(sales.firstStart()).contains("10 Mar 2025");
        assertThat(sales.points()).extracting(BaselineView.Point::start).containsExactly("1 Jan 2025", "1 Feb 2025");
        assertThat(sales.points().get(0).participants().value())
                .contains(new Shown("100.12", "/series/sales/participants"));
        assertThat(sales.points().get(1).participants().withheld()).isTrue();
    }

    @Test
    void listsANotCredibleMethodWithItsReasonAndTheActionThatFillsTheGap() {
        List<BaselineGap> gaps = view(Optional.empty()).gaps();

        assertThat(gaps).hasSize(2);
        BaselineGap control = gaps.get(0);
        assertThat(control.measure()).isEqualTo("Revenue");
        assertThat(control.method()).isEqualTo("GIVEN_CONTROL_GROUP");
        assertThat(control.reasons())
                .containsExactly(new Shown(
                        "the trained group has 4 people with data before and after, fewer than 5",
                        "/measures/0/alternatives/0/reasons/0"));
        assertThat(control.actions()).singleElement().asString().startsWith("Get data on more people");
        BaselineGap differed = gaps.get(1);
        assertThat(differed.reasons())
                .extracting(Shown::pointer)
                .containsExactly("/measures/1/alternatives/0/reasons/0");
        assertThat(differed.actions()).singleElement().asString().startsWith("Compare with similar units only");
    }

    @Test
    void writesTheActionsInTheReadersLanguage() {
        LocaleContextHolder.setLocale(Languages.DUTCH);

        BaselineView view = view(Optional.empty());

        assertThat(view.data().get(1).action()).startsWith("Importeer de reactie-enqu\u00eate");
        assertThat(view.gaps().get(0).actions()).singleElement().asString().startsWith("Verzamel gegevens");
    }

    private BaselineView view(Optional<EvaluationPlan> plan) {
        return BaselineView.of(plan, ResultDocument.of(RESULT, false), TestFormats.amsterdam(), reasons);
    }

    /** A plan of control-group measures, six months before and twelve after, compared within two units. */
    private static EvaluationPlan plan(String... kpis) {
        return new EvaluationPlan(
                List.of(),
                List.of(),
                Arrays.stream(kpis)
                        .map(kpi -> new EvaluationPlan.Measure(
                                kpi, 4, Set.of(EvaluationPlan.Isolation.CONTROL_GROUP), Set.of(), Optional.empty()))
                        .toList(),
                new EvaluationPlan.Windows(6, 12),
                new EvaluationPlan.Comparison(EvaluationPlan.Trained.COMPLETERS, Set.of("OU-B", "OU-A"), "Sales teams"),
                new EvaluationPlan.Horizon(12, Optional.empty()),
                Optional.empty(),
                new EvaluationPlan.Costs(List.of(), true, Set.of()),
                List.of(),
                List.of(),
                Optional.empty(),
                new EvaluationPlan.Rules(HeadlineRule.LOWEST_OF_ALL_CREDIBLE, true));
    }
}
