package nl.rendement.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.rendement.app.costs.CostLines;
import nl.rendement.app.kpi.KpiDefinitions;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.people.UnitKind;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.engine.conversion.Technique;
import nl.rendement.engine.costs.CostCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** What plan storage must do on every supported database (subclasses pick the database). */
@SpringBootTest
abstract class PlanStorageContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    EvaluationPlans plans;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    KpiDefinitions kpis;

    @Autowired
    CostLines ledger;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrgUnits units;

    PlanFixture fixture;
    long programme;

    @BeforeEach
    void programmeWithLibraryAndLedger() {
        fixture = new PlanFixture(jdbc);
        fixture.clear();
        programme = fixture.programme(catalogue, kpis, ledger);
    }

    @AfterEach
    void leaveNothingBehind() {
        fixture.clear();
    }

    @Test
    void startsFromTheLibrarysKpisForTheProgrammeType() {
        EvaluationPlan defaults =
                PlanDefaults.of(catalogue.byId(programme).orElseThrow(), kpis.all(), "Nooit ingeschreven");

        plans.create("analist", programme, defaults, "Eerste plan");

        EvaluationPlans.StoredPlan stored = plans.of(programme).orElseThrow();
        assertThat(stored.revision()).isEqualTo(1);
        assertThat(stored.plan()).isEqualTo(defaults);
        assertThat(stored.plan().measureCodes()).containsExactlyInAnyOrder("productivity", "engagement");
        assertThat(stored.plan().measures()).allSatisfy(measure -> {
            assertThat(measure.level()).isEqualTo(4);
            assertThat(measure.value()).isEmpty();
        });
    }

    @Test
    void keepsEverySectionOfAFullPlanExactly() {
        plans.create("analist", programme, PlanFixture.full(), "Plan met de sponsor opgesteld");

        assertThat(plans.of(programme).orElseThrow().plan()).isEqualTo(PlanFixture.full());
        assertThat(plans.revisions(programme)).singleElement().satisfies(created -> {
            assertThat(created.revision()).isEqualTo(1);
            assertThat(created.section()).isEmpty();
            assertThat(created.changedBy()).isEqualTo("analist");
            assertThat(created.reason()).isEqualTo("Plan met de sponsor opgesteld");
            assertThat(created.changes()).isEmpty();
            assertThat(created.undoes()).isEmpty();
        });
    }

    @Test
    void recordsWhoWhenOldNewAndWhyOfEveryChangedField() throws Exception {
        plans.create("analist", programme, PlanFixture.full(), "Plan");

        plans.edit(
                "controller",
                programme,
                1,
                PlanSection.HORIZON,
                JSON.readTree("{\"months\": 12, \"justification\": null}"),
                "Finance rekent met een jaar");

        PlanRevision edit = plans.revisions(programme).get(0);
        assertThat(edit.revision()).isEqualTo(2);
        assertThat(edit.section()).contains(PlanSection.HORIZON);
        assertThat(edit.changedBy()).isEqualTo("controller");
        assertThat(edit.reason()).isEqualTo("Finance rekent met een jaar");
        assertThat(edit.undoes()).isEmpty();
        assertThat(edit.changedAt()).isNotNull();
        assertThat(edit.changes())
                .extracting(PlanChange::field, PlanChange::before, PlanChange::after)
                .containsExactlyInAnyOrder(
                        tuple("horizon.months", "24", "12"),
                        tuple("horizon.justification", "Gedrag van leidinggevenden houdt twee jaar aan", null));
        assertThat(plans.of(programme).orElseThrow().plan().horizon())
                .isEqualTo(new EvaluationPlan.Horizon(12, Optional.empty()));
    }

    @Test
    void undoRestoresThePreviousValueExactlyAsANewRevision() throws Exception {
        plans.create("analist", programme, PlanFixture.full(), "Plan");
        EvaluationPlan before = plans.of(programme).orElseThrow().plan();
        plans.edit(
                "analist",
                programme,
                1,
                PlanSection.MEASURES,
                JSON.readTree(JSON.writeValueAsString(List.of(
                        new EvaluationPlan.Measure(
                                "productivity",
                                4,
                                Set.of(EvaluationPlan.Isolation.CONTROL_GROUP),
                                Set.of(),
                                Optional.of(new EvaluationPlan.Value(
                                        new BigDecimal("61.25"),
                                        "EUR",
                                        Technique.EXPERT,
                                        "Controller",
                                        2026,
                                        Optional.empty(),
                                        Optional.empty()))),
                        PlanFixture.full().measures().get(1)))),
                "Waarde van de controller");
        assertThat(plans.of(programme)
                        .orElseThrow()
                        .plan()
                        .measures()
                        .get(0)
                        .value()
                        .orElseThrow()
                        .amount())
                .isEqualByComparingTo("61.25");

        EvaluationPlans.StoredPlan undone = plans.undo("directeur", programme, 2, "Waarde nog niet vastgesteld");

        assertThat(undone.revision()).isEqualTo(3);
        assertThat(undone.plan()).isEqualTo(before);
        assertThat(plans.of(programme).orElseThrow().plan()).isEqualTo(before);
        assertThat(plans.at(programme, 1)).contains(before);
        assertThat(document(3)).isEqualTo(document(1));
        PlanRevision undo = plans.revisions(programme).get(0);
        assertThat(undo.undoes()).contains(2);
        assertThat(undo.section()).contains(PlanSection.MEASURES);
        assertThat(undo.changes()).extracting(PlanChange::field).contains("measures[0].value.amount");
        assertThat(undo.changes())
                .filteredOn(change -> change.field().equals("measures[0].value.amount"))
                .singleElement()
                .satisfies(change -> {
                    assertThat(change.before()).isEqualTo("61.25");
                    assertThat(change.after()).isNull();
                });
    }

    @Test
    void refusesEveryBadEditWithoutStoringAnything() throws Exception {
        plans.create("analist", programme, PlanFixture.full(), "Plan");

        refused(
                () -> edit(
                        PlanSection.MEASURES,
                        "[{\"kpi\": \"omzet\", \"level\": 4, \"isolation\": [\"CONTROL_GROUP\"],"
                                + " \"estimateSources\": [], \"value\": null}]"),
                "measures.kpi",
                "plan.error.unknownKpi");
        refused(
                () -> edit(PlanSection.HORIZON, "{\"months\": 18, \"justification\": \" \"}"),
                "horizon.justification",
                "plan.error.horizonJustification");
        refused(
                () -> edit(PlanSection.HORIZON, "{\"months\": \"lang\", \"justification\": null}"),
                "horizon.months",
                "plan.error.wrongType");
        refused(
                () -> edit(PlanSection.HORIZON, "{\"months\": 12, \"maanden\": 12}"),
                "horizon.maanden",
                "plan.error.unknownField");
        refused(
                () -> edit(PlanSection.RULES, "{\"headline\": \"HIGHEST\", \"extremeClaimRule\": true}"),
                "rules.headline",
                "plan.error.unknownValue");
        refused(
                () -> edit(
                        PlanSection.COSTS,
                        "{\"lines\": [{\"line\": \"CATERING\", \"sharePercent\": 10,"
                                + " \"reason\": \"x\"}], \"participantTime\": true, \"zero\": []}"),
                "costs.lines.line",
                "plan.error.unknownLine");
        refused(
                () -> edit(PlanSection.OBJECTIVES, "[{\"level\": 6, \"objective\": \"Meer\", \"target\": null}]"),
                "objectives.level",
                "plan.error.level");
        refused(
                () -> edit(
                        PlanSection.INTANGIBLES,
                        "[{\"name\": \"Trots\", \"description\": \"\", \"kpi\": \"revenue\"}]"),
                "intangibles.kpi",
                "plan.error.notAMeasure");
        refused(
                () -> edit(
                        PlanSection.COMPARISON,
                        "{\"trained\": \"COMPLETERS\", \"units\": [\"NOPE\"]," + " \"description\": \"Alleen Noord\"}"),
                "comparison.units",
                "plan.error.unknownUnit");
        refused(
                () -> edit(PlanSection.WINDOWS, "{\"preMonths\": 3, \"postMonths\": 3}"),
                "windows",
                "plan.error.unchanged");
        refused(
                () -> plans.edit(
                        "analist",
                        programme,
                        1,
                        PlanSection.WINDOWS,
                        JSON.readTree("{\"preMonths\": 6, \"postMonths\": 3}"),
                        "  "),
                "reason",
                "plan.error.required");
        refused(
                () -> plans.edit(
                        "analist",
                        programme,
                        0,
                        PlanSection.WINDOWS,
                        JSON.readTree("{\"preMonths\": 6, \"postMonths\": 3}"),
                        "Langer ervoor"),
                "revision",
                "plan.error.stale");
        refused(() -> plans.undo("analist", programme, 1, "Terug"), "revision", "plan.error.nothingToUndo");
        refused(
                () -> plans.create("analist", programme, PlanFixture.full(), "Nog een"),
                "programmeId",
                "plan.error.exists");

        assertThat(plans.of(programme).orElseThrow().plan()).isEqualTo(PlanFixture.full());
    }

    @Test
    void refusesAForecastOfAMeasureThatAddsNoMoney() throws Exception {
        plans.create("analist", programme, PlanFixture.full(), "Plan");
        plans.changeMeasure(
                "analist", programme, 1, "engagement", measure -> measure.withValue(Optional.empty()), "Geen waarde");

        refused(
                () -> plans.edit(
                        "analist",
                        programme,
                        2,
                        PlanSection.FORECAST,
                        JSON.readTree("{\"expectedParticipants\": 40, \"measures\": [{\"kpi\": \"engagement\","
                                + " \"low\": 1, \"expected\": 2, \"high\": 3, \"attributionPercent\": 50,"
                                + " \"confidencePercent\": 60}], \"costs\": []}"),
                        "Verwachting"),
                "forecast.measures.kpi",
                "plan.error.forecastNoValue");
        assertThat(plans.of(programme).orElseThrow().revision()).isEqualTo(2);
    }

    @Test
    void setsTheValueOfOneMeasuresUnitAndTakesTheLibrarysAgain() {
        plans.create("analist", programme, PlanFixture.full(), "Plan");
        EvaluationPlan.Value value = new EvaluationPlan.Value(
                new BigDecimal("61.25"),
                "EUR",
                Technique.EMPLOYEE_TIME,
                "Controller",
                2026,
                Optional.empty(),
                Optional.empty());

        plans.changeMeasure(
                "analist", programme, 1, "productivity", m -> m.withValue(Optional.of(value)), "Nieuwe tarieven");

        assertThat(plans.of(programme).orElseThrow().plan().measures().get(0).value())
                .contains(value);
        assertThat(plans.revisions(programme).get(0).changes())
                .extracting(PlanChange::field, PlanChange::after)
                .contains(tuple("measures[0].value.amount", "61.25"));
        plans.changeMeasure(
                "analist", programme, 2, "productivity", m -> m.withValue(Optional.empty()), "Toch de bibliotheek");
        assertThat(plans.of(programme).orElseThrow().plan()).isEqualTo(PlanFixture.full());
        refused(
                () -> plans.changeMeasure(
                        "analist", programme, 3, "revenue", m -> m.withValue(Optional.of(value)), "Geen maatstaf"),
                "measures.kpi",
                "plan.error.notAMeasure");
    }

    @Test
    void limitsTheComparisonToUnitsThatExist() {
        plans.create("analist", programme, PlanFixture.full(), "Plan");
        units.add("PLAN-NOORD", "Noord", UnitKind.DEPARTMENT, Optional.empty(), LocalDate.of(2020, 1, 1));

        edit(
                PlanSection.COMPARISON,
                "{\"trained\": \"COMPLETERS\", \"units\": [\"PLAN-NOORD\"], \"description\": \"Alleen Noord\"}");

        assertThat(plans.of(programme).orElseThrow().plan().comparison().units())
                .containsExactly("PLAN-NOORD");
    }

    @Test
    void refusesAnObjectiveAboveTheProgrammesTargetLevel() {
        jdbc.sql("update programme set target_level = 3").update();
        EvaluationPlan plan = PlanFixture.full();

        assertThatThrownBy(() -> plans.create("analist", programme, plan, "Plan"))
                .isInstanceOfSatisfying(PlanRejected.class, rejected -> {
                    assertThat(rejected.field()).isEqualTo("objectives.level");
                    assertThat(rejected.messageKey()).isEqualTo("plan.error.aboveTargetLevel");
                    assertThat(rejected.arguments()).containsExactly(4, 3);
                });
        assertThat(plans.of(programme)).isEmpty();
    }

    @Test
    void generatesTheDataCollectionAndRoiAnalysisPlansFromThePlan() {
        plans.create("analist", programme, PlanFixture.full(), "Plan");

        PlanningDocuments documents = PlanningDocuments.of(
                catalogue.byId(programme).orElseThrow(),
                plans.of(programme).orElseThrow().plan(),
                kpis.all(),
                List.copyOf(ledger.ofProgrammes(List.of(programme)).values()),
                "Eigenaar");

        assertThat(documents.dataCollection())
                .extracting(PlanningDocuments.CollectionRow::level, PlanningDocuments.CollectionRow::instrument)
                .containsExactly(
                        tuple(1, PlanningDocuments.Instrument.REACTION_SURVEY),
                        tuple(2, PlanningDocuments.Instrument.ASSESSMENT),
                        tuple(3, PlanningDocuments.Instrument.APPLICATION_SURVEY),
                        tuple(4, PlanningDocuments.Instrument.KPI_RECORDS),
                        tuple(5, PlanningDocuments.Instrument.ROI_ANALYSIS));
        PlanningDocuments.CollectionRow application = documents.dataCollection().get(2);
        assertThat(application.measures()).containsExactly("engagement");
        assertThat(application.sources())
                .containsExactlyInAnyOrder(PlanningDocuments.Source.PARTICIPANTS, PlanningDocuments.Source.MANAGERS);
        assertThat(application.monthsAfter()).isEqualTo(3);
        assertThat(documents.dataCollection().get(3).measures()).containsExactly("productivity");
        assertThat(documents.dataCollection().get(0).objectives())
                .extracting(EvaluationPlan.Objective::objective)
                .containsExactly("Deelnemers vinden het relevant");

        assertThat(documents.roiAnalysis())
                .extracting(
                        PlanningDocuments.AnalysisRow::kpi,
                        PlanningDocuments.AnalysisRow::valueOrigin,
                        PlanningDocuments.AnalysisRow::valueSource)
                .containsExactly(
                        tuple(
                                "productivity",
                                PlanningDocuments.ValueOrigin.LIBRARY,
                                Optional.of("Finance: margin per point")),
                        tuple("engagement", PlanningDocuments.ValueOrigin.PLAN, Optional.of("HR-businesspartners")));
        PlanningDocuments.AnalysisRow productivity = documents.roiAnalysis().get(0);
        assertThat(productivity.valuePerUnit())
                .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("52"));
        assertThat(productivity.costCategories())
                .containsExactlyInAnyOrder(
                        CostCategory.DELIVERY, CostCategory.ACQUISITION, CostCategory.PARTICIPANT_TIME);
        assertThat(productivity.zeroCategories()).containsExactly(CostCategory.CAPITAL);
        assertThat(productivity.intangibles()).isEmpty();
        assertThat(documents.roiAnalysis().get(1).intangibles()).containsExactly("Teamgeest");
        assertThat(productivity.audiences()).containsExactly("Directeur HR");
    }

    private void edit(PlanSection section, String json) {
        plans.edit(
                "analist",
                programme,
                plans.of(programme).orElseThrow().revision(),
                section,
                JSON.readTree(json),
                "Test");
    }

    private String document(int revision) {
        return jdbc.sql("select document from evaluation_plan_revision where revision = ?")
                .param(revision)
                .query(String.class)
                .single();
    }

    private void refused(ThrowingRunnable change, String field, String key) {
        Supplier<Long> revisions = () -> jdbc.sql("select count(*) from evaluation_plan_revision")
                .query(Long.class)
                .single();
        long before = revisions.get();
        assertThatThrownBy(change::run).isInstanceOfSatisfying(PlanRejected.class, rejected -> {
            assertThat(rejected.field()).isEqualTo(field);
            assertThat(rejected.messageKey()).isEqualTo(key);
        });
        assertThat(revisions.get()).isEqualTo(before);
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
