package nl.rendement.app.evaluation.steps;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.rendement.app.plan.EvaluationPlan;
import nl.rendement.app.plan.EvaluationPlans;
import nl.rendement.app.plan.PlanSection;
import nl.rendement.app.programme.ProgrammeAccess;
import nl.rendement.engine.conversion.Technique;
import nl.rendement.engine.costs.CostCategory;
import nl.rendement.engine.isolation.estimate.EstimateSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Value step's changes to the plan, each a revision with a reason that the run after it
 * evaluates: a measure's value of one unit, how its effect is isolated and whose estimates count;
 * the share of each ledger line counted, whether participants' time is costed and which cost
 * categories are explicitly zero; and the intangible benefits, added or removed.
 */
@Controller
class ValueController {

    private final ProgrammeAccess access;
    private final EvaluationPlans plans;
    private final StepEdits edits;

    ValueController(ProgrammeAccess access, EvaluationPlans plans, StepEdits edits) {
        this.access = access;
        this.plans = plans;
        this.edits = edits;
    }

    /** Sets the value of one unit of a measure; "library" takes the KPI library's value again. */
    @PostMapping("/programmes/{id}/steps/value/measures/{kpi}")
    String value(
            @PathVariable long id,
            @PathVariable String kpi,
            @RequestParam(name = "revision") int revision,
            @RequestParam(name = "amount", defaultValue = "") String amount,
            @RequestParam(name = "currency", defaultValue = "") String currency,
            @RequestParam(name = "technique", defaultValue = "") String technique,
            @RequestParam(name = "source", defaultValue = "") String source,
            @RequestParam(name = "year", defaultValue = "") String year,
            @RequestParam(name = "evidence", defaultValue = "") String evidence,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            @RequestParam(name = "library", defaultValue = "false") boolean library,
            Principal user,
            RedirectAttributes redirect) {
        access.editable(id);
        return change(id, redirect, () -> {
            Optional<EvaluationPlan.Value> value = library
                    ? Optional.empty()
                    : Optional.of(new EvaluationPlan.Value(
                            edits.decimal(amount, "value.amount"),
                            currency,
                            StepEdits.choice(technique, Technique.class, "value.technique"),
                            source,
                            edits.whole(year, "value.year"),
                            Optional.of(evidence.strip()).filter(text -> !text.isEmpty()),
                            Optional.empty()));
            return plans.changeMeasure(user.getName(), id, revision, kpi, measure -> measure.withValue(value), reason);
        });
    }

    /**
     * Sets how a measure's effect is isolated (a control group, estimates or both) and whose
     * estimates count: some exactly when estimates are chosen, else the plan refuses.
     */
    @PostMapping("/programmes/{id}/steps/value/measures/{kpi}/isolation")
    String isolation(
            @PathVariable long id,
            @PathVariable String kpi,
            @RequestParam(name = "revision") int revision,
            @RequestParam(name = "isolation", required = false) List<String> isolation,
            @RequestParam(name = "estimateSources", required = false) List<String> sources,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            Principal user,
            RedirectAttributes redirect) {
        access.editable(id);
        return change(
                id,
                redirect,
                () -> plans.changeMeasure(
                        user.getName(),
                        id,
                        revision,
                        kpi,
                        measure -> measure.isolatedBy(
                                StepEdits.choices(isolation, EvaluationPlan.Isolation.class, "measures.isolation"),
                                StepEdits.choices(sources, EstimateSource.class, "measures.estimateSources")),
                        reason));
    }

    /**
     * Counts a share of one ledger line (0 leaves it out), the change's reason being the choice's;
     * "whole" drops the choice, so the line counts whole again.
     */
    @PostMapping("/programmes/{id}/steps/value/costs/lines")
    String line(
            @PathVariable long id,
            @RequestParam(name = "revision") int revision,
            @RequestParam(name = "line", defaultValue = "") String line,
            @RequestParam(name = "share", defaultValue = "") String share,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            @RequestParam(name = "whole", defaultValue = "false") boolean whole,
            Principal user,
            RedirectAttributes redirect) {
        access.editable(id);
        return change(id, redirect, () -> {
            EvaluationPlan.Costs costs = plans.planOf(id).costs();
            List<EvaluationPlan.LineChoice> lines = new ArrayList<>(costs.lines());
            int at =
                    lines.stream().map(EvaluationPlan.LineChoice::line).toList().indexOf(line);
            if (at >= 0) {
                lines.remove(at);
            }
            if (!whole) {
                lines.add(
                        at >= 0 ? at : lines.size(),
                        new EvaluationPlan.LineChoice(line, edits.decimal(share, "costs.lines.sharePercent"), reason));
            }
            return plans.editSection(
                    user.getName(),
                    id,
                    revision,
                    PlanSection.COSTS,
                    new EvaluationPlan.Costs(lines, costs.participantTime(), costs.zero()),
                    reason);
        });
    }

    /** Sets whether participants' time is costed and which cost categories are explicitly zero. */
    @PostMapping("/programmes/{id}/steps/value/costs")
    String costs(
            @PathVariable long id,
            @RequestParam(name = "revision") int revision,
            @RequestParam(name = "participantTime", defaultValue = "false") boolean participantTime,
            @RequestParam(name = "zero", required = false) List<String> zero,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            Principal user,
            RedirectAttributes redirect) {
        access.editable(id);
        return change(id, redirect, () -> {
            EvaluationPlan.Costs costs = plans.planOf(id).costs();
            return plans.editSection(
                    user.getName(),
                    id,
                    revision,
                    PlanSection.COSTS,
                    new EvaluationPlan.Costs(
                            costs.lines(), participantTime, StepEdits.choices(zero, CostCategory.class, "costs.zero")),
                    reason);
        });
    }

    /** Adds a benefit purposely not converted to money, optionally tied to one of the measures. */
    @PostMapping("/programmes/{id}/steps/value/intangibles/add")
    String addIntangible(
            @PathVariable long id,
            @RequestParam(name = "revision") int revision,
            @RequestParam(name = "name", defaultValue = "") String name,
            @RequestParam(name = "description", defaultValue = "") String description,
            @RequestParam(name = "kpi", defaultValue = "") String kpi,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            Principal user,
            RedirectAttributes redirect) {
        access.editable(id);
        return change(
                id,
                redirect,
                () -> edits.add(
                        user,
                        id,
                        revision,
                        PlanSection.INTANGIBLES,
                        plans.planOf(id).intangibles(),
                        new EvaluationPlan.Intangible(
                                name, description, Optional.of(kpi).filter(code -> !code.isBlank())),
                        reason));
    }

    @PostMapping("/programmes/{id}/steps/value/intangibles/{index}/remove")
    String removeIntangible(
            @PathVariable long id,
            @PathVariable int index,
            @RequestParam(name = "revision") int revision,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            Principal user,
            RedirectAttributes redirect) {
        access.editable(id);
        return change(
                id,
                redirect,
                () -> edits.remove(
                        user,
                        id,
                        revision,
                        PlanSection.INTANGIBLES,
                        plans.planOf(id).intangibles(),
                        index,
                        reason));
    }

    private String change(long id, RedirectAttributes redirect, Supplier<?> change) {
        return edits.change(id, Step.VALUE, redirect, change);
    }

    /** A number as the reader's language writes it, else refused with the field's message. */
}
