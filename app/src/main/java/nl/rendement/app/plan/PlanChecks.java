package nl.rendement.app.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rendement.app.costs.CostLine;
import nl.rendement.app.costs.CostLines;
import nl.rendement.app.kpi.KpiDefinitions;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.programme.Programme;
import nl.rendement.engine.costs.CostCategory;
import org.springframework.stereotype.Component;

/**
 * The checks a plan needs stored data for: its KPIs are in the library, what refers to a measure
 * refers to one of the plan's, objectives stay within the programme's target level, the cost
 * choices name the programme's ledger lines, a category explicitly zero has nothing counted in it
 * and the comparison's units exist.
 */
@Component
class PlanChecks {

    private final KpiDefinitions kpis;
    private final CostLines costLines;
    private final OrgUnits units;

    PlanChecks(KpiDefinitions kpis, CostLines costLines, OrgUnits units) {
        this.kpis = kpis;
        this.costLines = costLines;
        this.units = units;
    }

    /** A forecast of a measure that adds no money (no value of one unit) would leave the run without a figure. */
    private void forecastsOnlyValuedMeasures(EvaluationPlan plan, EvaluationPlan.Forecast forecast) {
        for (EvaluationPlan.ForecastMeasure forecasted : forecast.measures()) {
            plan.measures().stream()
                    .filter(measure -> measure.kpi().equals(forecasted.kpi()))
                    .filter(measure -> !measure.valued(kpis.byCode(measure.kpi())))
                    .findFirst()
                    .ifPresent(measure -> {
                        throw new PlanRejected(
                                "forecast.measures.kpi",
                                "plan.error.forecastNoValue",
                                kpis.byCode(measure.kpi())
                                        .map(kpi -> kpi.definition().name())
                                        .orElse(measure.kpi()));
                    });
        }
    }

    void check(Programme programme, EvaluationPlan plan) {
        for (EvaluationPlan.Measure measure : plan.measures()) {
            if (kpis.byCode(measure.kpi()).isEmpty()) {
                throw new PlanRejected("measures.kpi", "plan.error.unknownKpi", measure.kpi());
            }
        }
        Set<String> measured = Set.copyOf(plan.measureCodes());
        refersToMeasure("intangibles.kpi", plan.intangibles().stream().map(EvaluationPlan.Intangible::kpi), measured);
        refersToMeasure(
                "expectations.kpi", plan.expectations().stream().map(EvaluationPlan.Expectation::kpi), measured);
        plan.forecast()
                .ifPresent(forecast -> refersToMeasure(
                        "forecast.measures.kpi",
                        forecast.measures().stream().map(m -> Optional.of(m.kpi())),
                        measured));
        plan.forecast().ifPresent(forecast -> forecastsOnlyValuedMeasures(plan, forecast));
        int target = programme.details().targetLevel();
        plan.objectives().stream()
                .filter(objective -> objective.level() > target)
                .findFirst()
                .ifPresent(objective -> {
                    throw new PlanRejected(
                            "objectives.level", "plan.error.aboveTargetLevel", objective.level(), target);
                });
        Collection<CostLine> ledger =
                costLines.ofProgrammes(List.of(programme.id())).values();
        Set<String> lineIds = ledger.stream().map(CostLine::lineId).collect(Collectors.toSet());
        plan.costs().lines().stream()
                .filter(choice -> !lineIds.contains(choice.line()))
                .findFirst()
                .ifPresent(choice -> {
                    throw new PlanRejected("costs.lines.line", "plan.error.unknownLine", choice.line());
                });
        zeroIsZero(plan.costs(), ledger);
        plan.comparison().units().stream()
                .filter(code -> units.byCode(code).isEmpty())
                .findFirst()
                .ifPresent(code -> {
                    throw new PlanRejected("comparison.units", "plan.error.unknownUnit", code);
                });
    }

    /**
     * A category explicitly zero has nothing counted in it: no ledger line counted for a share
     * above 0, and no participants' time when that is costed (else the evaluation cannot run).
     */
    private static void zeroIsZero(EvaluationPlan.Costs costs, Collection<CostLine> ledger) {
        if (costs.participantTime() && costs.zero().contains(CostCategory.PARTICIPANT_TIME)) {
            throw new PlanRejected("costs.zero", "plan.error.zeroParticipantTime");
        }
        ledger.stream()
                .filter(line -> line.category()
                        .costCategory()
                        .filter(costs.zero()::contains)
                        .isPresent())
                .filter(line -> costs.lines().stream()
                        .filter(choice -> choice.line().equals(line.lineId()))
                        .allMatch(choice -> choice.sharePercent().signum() > 0))
                .findFirst()
                .ifPresent(line -> {
                    throw new PlanRejected("costs.zero", "plan.error.zeroCounted", line.lineId());
                });
    }

    private static void refersToMeasure(
            String field, java.util.stream.Stream<Optional<String>> references, Set<String> measured) {
        references
                .flatMap(Optional::stream)
                .filter(code -> !measured.contains(code))
                .findFirst()
                .ifPresent(code -> {
                    throw new PlanRejected(field, "plan.error.notAMeasure", code);
                });
    }
}
