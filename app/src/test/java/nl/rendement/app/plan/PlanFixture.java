package nl.rendement.app.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.costs.CostLine;
import nl.rendement.app.costs.CostLines;
import nl.rendement.app.costs.LineCategory;
import nl.rendement.app.kpi.KpiDefinition;
import nl.rendement.app.kpi.KpiDefinitions;
import nl.rendement.app.programme.DeliveryMode;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeDetails;
import nl.rendement.app.programme.ProgrammeStatus;
import nl.rendement.app.programme.ProgrammeType;
import nl.rendement.engine.conversion.ConversionValue;
import nl.rendement.engine.conversion.Technique;
import nl.rendement.engine.costs.Recurrence;
import nl.rendement.engine.isolation.HeadlineRule;
import nl.rendement.engine.isolation.estimate.EstimateSource;
import nl.rendement.engine.measures.Aggregation;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.PeriodLength;
import nl.rendement.engine.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A leadership programme (target level 5) with a KPI library of three KPIs (two shown for
 * leadership, one valued) and two ledger lines, written through the stores; and a plan with
 * every section filled. Everything written is removed again.
 */
public final class PlanFixture {

    private final JdbcClient jdbc;

    PlanFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void clear() {
        jdbc.sql("delete from cost_line").update();
        jdbc.sql("delete from programme_change").update();
        jdbc.sql("delete from programme_lms_course").update();
        jdbc.sql("delete from programme").update();
        jdbc.sql("delete from kpi_definition").update();
        jdbc.sql("delete from org_unit where code like 'PLAN-%'").update();
        jdbc.sql("delete from app_user where username like 'plan-test-%'").update();
    }

    long programme(ProgrammeCatalogue catalogue, KpiDefinitions kpis, CostLines ledger) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into app_user (username, display_name, password_hash, enabled, created_at)"
                        + " values ('plan-test-owner', 'Eigenaar', '{noop}unused', true, ?)")
                .param(OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        long programme = catalogue.create(
                "analist",
                new ProgrammeDetails(
                        "Leiderschap in de praktijk",
                        ProgrammeType.LEADERSHIP,
                        Optional.empty(),
                        key.getKeyAs(Number.class).longValue(),
                        Optional.of("Directeur HR"),
                        ProgrammeStatus.RUNNING,
                        Optional.empty(),
                        DeliveryMode.BLENDED,
                        false,
                        Optional.empty(),
                        Optional.empty(),
                        5,
                        Set.of()));
        kpis.add(kpi(
                "productivity",
                Set.of(ProgrammeType.LEADERSHIP),
                Optional.of(ConversionValue.of(
                        Technique.OUTPUT_AS_CONTRIBUTION, Money.of("52", "EUR"), "Finance: margin per point", 2026))));
        kpis.add(kpi("engagement", Set.of(ProgrammeType.LEADERSHIP, ProgrammeType.WELLBEING), Optional.empty()));
        kpis.add(kpi("revenue", Set.of(ProgrammeType.SALES), Optional.empty()));
        ledger.add(programme, line("TRAINER", LineCategory.DELIVERY));
        ledger.add(programme, line("LICENTIE", LineCategory.ACQUISITION));
        return programme;
    }

    private static KpiDefinition kpi(String code, Set<ProgrammeType> types, Optional<ConversionValue> value) {
        return new KpiDefinition(
                code,
                code,
                "points",
                Direction.HIGHER_IS_BETTER,
                Aggregation.WEIGHTED_MEAN,
                PeriodLength.MONTH,
                Optional.empty(),
                Optional.empty(),
                types,
                value);
    }

    private static CostLine line(String id, LineCategory category) {
        return new CostLine(
                id,
                category,
                Optional.of(id.toLowerCase()),
                Money.of("1000", "EUR"),
                Money.of("210", "EUR"),
                Recurrence.ONE_TIME,
                Optional.empty(),
                LocalDate.of(2026, 2, 1));
    }

    /** A plan with every section filled, on the fixture's KPIs and ledger lines. */
    public static EvaluationPlan full() {
        return new EvaluationPlan(
                List.of(new EvaluationPlan.Goal("Teams werken zelfstandiger", "Strategie 2027: eigenaarschap")),
                List.of(
                        new EvaluationPlan.Objective(1, "Deelnemers vinden het relevant", Optional.of("4 van 5")),
                        new EvaluationPlan.Objective(4, "Productiviteit stijgt", Optional.of("+3 punten"))),
                List.of(
                        new EvaluationPlan.Measure(
                                "productivity",
                                4,
                                Set.of(EvaluationPlan.Isolation.CONTROL_GROUP, EvaluationPlan.Isolation.ESTIMATES),
                                Set.of(EstimateSource.PARTICIPANT, EstimateSource.MANAGER),
                                Optional.empty()),
                        new EvaluationPlan.Measure(
                                "engagement",
                                3,
                                Set.of(EvaluationPlan.Isolation.ESTIMATES),
                                Set.of(EstimateSource.PARTICIPANT),
                                Optional.of(new EvaluationPlan.Value(
                                        new BigDecimal("12.50"),
                                        "EUR",
                                        Technique.ESTIMATE,
                                        "HR-businesspartners",
                                        2026,
                                        Optional.of("Workshop mei 2026"),
                                        Optional.of(new BigDecimal("60")))))),
                new EvaluationPlan.Windows(3, 3),
                new EvaluationPlan.Comparison(
                        EvaluationPlan.Trained.COMPLETERS, Set.of(), "Nooit ingeschreven medewerkers"),
                new EvaluationPlan.Horizon(24, Optional.of("Gedrag van leidinggevenden houdt twee jaar aan")),
                Optional.of(new EvaluationPlan.DiscountRate(new BigDecimal("4"), "Kapitaalkosten volgens Finance")),
                new EvaluationPlan.Costs(
                        List.of(new EvaluationPlan.LineChoice(
                                "LICENTIE", new BigDecimal("50"), "Gedeeld met een ander programma")),
                        true,
                        Set.of(nl.rendement.engine.costs.CostCategory.CAPITAL)),
                List.of(new EvaluationPlan.Intangible(
                        "Teamgeest", "Teams helpen elkaar meer", Optional.of("engagement"))),
                List.of(new EvaluationPlan.Expectation(
                        "Directeur HR", "Minder verzuim in teams", Optional.of("productivity"))),
                Optional.of(new EvaluationPlan.Forecast(
                        40,
                        List.of(new EvaluationPlan.ForecastMeasure(
                                "productivity",
                                new BigDecimal("40"),
                                new BigDecimal("80"),
                                new BigDecimal("120"),
                                new BigDecimal("50"),
                                new BigDecimal("70"))),
                        List.of(new EvaluationPlan.ProjectedLine(
                                "trainer",
                                nl.rendement.engine.costs.CostCategory.DELIVERY,
                                "Trainer, 8 dagen",
                                new BigDecimal("12000"),
                                LocalDate.of(2026, 3, 1))))),
                new EvaluationPlan.Rules(HeadlineRule.LOWEST_OF_ALL_CREDIBLE, true));
    }
}
