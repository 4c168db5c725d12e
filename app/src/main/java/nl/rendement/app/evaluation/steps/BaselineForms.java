package nl.rendement.app.evaluation.steps;

import java.util.List;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.plan.EvaluationPlan;
import nl.rendement.app.plan.EvaluationPlans;

/**
 * What the Baseline step's forms show an analyst who may change the plan: the revision they
 * change, the plan's windows and comparison as they are, and the organisation's units (by code) to
 * limit the comparison to, those the plan names chosen.
 */
public record BaselineForms(
        int revision, EvaluationPlan.Windows windows, EvaluationPlan.Comparison comparison, List<Unit> units) {

    /** A unit to compare within: its name and code, and whether the plan's comparison names it. */
    public record Unit(String code, String name, boolean chosen) {}

    static BaselineForms of(EvaluationPlans.StoredPlan stored, List<OrgUnit> units) {
        EvaluationPlan.Comparison comparison = stored.plan().comparison();
        return new BaselineForms(
                stored.revision(),
                stored.plan().windows(),
                comparison,
                units.stream()
                        .map(unit -> new Unit(
                                unit.code(), unit.name(), comparison.units().contains(unit.code())))
                        .toList());
    }

    /** Who may count as trained, in the order the form offers them. */
    public List<EvaluationPlan.Trained> trainedChoices() {
        return List.of(EvaluationPlan.Trained.values());
    }
}
