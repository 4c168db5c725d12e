package nl.rendement.app.demo;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.kpi.KpiDefinitions;
import nl.rendement.app.plan.EvaluationPlan;
import nl.rendement.app.plan.EvaluationPlans;
import nl.rendement.app.plan.PlanDefaults;
import nl.rendement.app.programme.Programme;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeType;
import nl.rendement.engine.isolation.estimate.EstimateSource;
import org.springframework.stereotype.Component;

/**
 * Every demo programme's evaluation plan, made as an analyst would on the first day: the
 * library's defaults for its programme type, its description as the goal, the sponsor's
 * expectation tied to its first measure; onboarding compares new hires over their first six months
 * (no pre-period) and counts six months (their extra output fades), and compliance's estimates
 * come from the team leaders, who give them per team.
 */
@Component
class DemoEvaluationPlans {

    static final String REASON = "Plan van de demo-organisatie";
    static final String COMPARISON = "Medewerkers met gegevens over de KPI die nooit aan het programma deelnamen";
    private static final String PRIORITY = "Jaarplan HR 2026";
    private static final String ONBOARDING_HORIZON =
            "De extra productiviteit van nieuwe medewerkers dooft in hun eerste maanden uit; we tellen zes maanden.";

    private final EvaluationPlans plans;
    private final ProgrammeCatalogue catalogue;
    private final KpiDefinitions kpis;

    DemoEvaluationPlans(EvaluationPlans plans, ProgrammeCatalogue catalogue, KpiDefinitions kpis) {
        this.plans = plans;
        this.catalogue = catalogue;
        this.kpis = kpis;
    }

    void make(DemoOrganisation organisation) {
        for (DemoOrganisation.Programme demo : organisation.programmes()) {
            Programme programme = catalogue.byName(demo.name()).orElseThrow();
            plans.create(DemoLoader.OWNER, programme.id(), plan(programme, demo), REASON);
        }
    }

    EvaluationPlan plan(Programme programme, DemoOrganisation.Programme demo) {
        EvaluationPlan defaults = PlanDefaults.of(programme, kpis.all(), COMPARISON);
        List<EvaluationPlan.Measure> measures = demo.type() == ProgrammeType.COMPLIANCE
                ? defaults.measures().stream()
                        .map(measure -> new EvaluationPlan.Measure(
                                measure.kpi(),
                                measure.level(),
                                measure.isolation(),
                                Set.of(EstimateSource.MANAGER),
                                measure.value()))
                        .toList()
                : defaults.measures();
        boolean newHires = demo.type() == ProgrammeType.ONBOARDING;
        EvaluationPlan.Horizon horizon =
                newHires ? new EvaluationPlan.Horizon(6, Optional.of(ONBOARDING_HORIZON)) : defaults.horizon();
        EvaluationPlan.Windows windows = newHires ? new EvaluationPlan.Windows(0, 6) : defaults.windows();
        List<EvaluationPlan.Expectation> expectations = measures.isEmpty()
                ? List.of()
                : List.of(new EvaluationPlan.Expectation(
                        demo.sponsor(),
                        "Een aantoonbare verbetering die de kosten terugverdient",
                        Optional.of(measures.get(0).kpi())));
        return new EvaluationPlan(
                List.of(new EvaluationPlan.Goal(demo.description(), PRIORITY)),
                defaults.objectives(),
                measures,
                windows,
                defaults.comparison(),
                horizon,
                defaults.discountRate(),
                defaults.costs(),
                defaults.intangibles(),
                expectations,
                defaults.forecast(),
                defaults.rules());
    }
}
