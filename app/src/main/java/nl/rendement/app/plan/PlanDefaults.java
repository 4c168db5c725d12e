package nl.rendement.app.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.kpi.Kpi;
import nl.rendement.app.programme.Programme;
import nl.rendement.engine.isolation.HeadlineRule;
import nl.rendement.engine.isolation.estimate.EstimateSource;

/**
 * The plan a programme starts from: every KPI the library shows for its programme type as a
 * level-4 measure, isolated by comparison with the never-enrolled and by participants' estimates,
 * valued as the library values it; three months before and after each cohort; the completers as
 * the trained; a year of benefits; every ledger line whole and participants' time costed; the
 * method's default rules. Goals, objectives, intangibles, expectations and a forecast are the
 * analyst's to add.
 */
public final class PlanDefaults {

    private static final int WINDOW_MONTHS = 3;

    private PlanDefaults() {}

    /**
     * A measure of a library KPI at a level as the plan starts it: isolated by comparison with the
     * never-enrolled and by participants' estimates, valued as the library values it.
     */
    public static EvaluationPlan.Measure measure(String kpi, int level) {
        return new EvaluationPlan.Measure(
                kpi,
                level,
                Set.of(EvaluationPlan.Isolation.CONTROL_GROUP, EvaluationPlan.Isolation.ESTIMATES),
                Set.of(EstimateSource.PARTICIPANT),
                Optional.empty());
    }

    public static EvaluationPlan of(Programme programme, List<Kpi> library, String comparisonDescription) {
        List<EvaluationPlan.Measure> measures = library.stream()
                .filter(kpi -> kpi.definition()
                        .programmeTypes()
                        .contains(programme.details().type()))
                .map(kpi -> measure(kpi.code(), 4))
                .toList();
        return new EvaluationPlan(
                List.of(),
                List.of(),
                measures,
                new EvaluationPlan.Windows(WINDOW_MONTHS, WINDOW_MONTHS),
                new EvaluationPlan.Comparison(EvaluationPlan.Trained.COMPLETERS, Set.of(), comparisonDescription),
                new EvaluationPlan.Horizon(12, Optional.empty()),
                Optional.empty(),
                new EvaluationPlan.Costs(List.of(), true, Set.of()),
                List.of(),
                List.of(),
                Optional.empty(),
                new EvaluationPlan.Rules(HeadlineRule.LOWEST_OF_ALL_CREDIBLE, true));
    }
}
