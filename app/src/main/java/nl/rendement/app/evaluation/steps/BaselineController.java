package nl.rendement.app.evaluation.steps;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.plan.EvaluationPlan;
import nl.rendement.app.plan.EvaluationPlans;
import nl.rendement.app.plan.PlanSection;
import nl.rendement.app.programme.ProgrammeAccess;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Baseline step's changes to the plan, each a revision with a reason: the windows (the KPI's
 * months before each cohort and after it) and the comparison (who counts as trained, the units the
 * comparison is limited to, and its description).
 */
@Controller
class BaselineController {

    private final ProgrammeAccess access;
    private final EvaluationPlans plans;
    private final StepEdits edits;

    BaselineController(ProgrammeAccess access, EvaluationPlans plans, StepEdits edits) {
        this.access = access;
        this.plans = plans;
        this.edits = edits;
    }

    @PostMapping("/programmes/{id}/steps/baseline/windows")
    String windows(
            @PathVariable long id,
            @RequestParam(name = "revision") int revision,
            @RequestParam(name = "preMonths", defaultValue = "") String preMonths,
            @RequestParam(name = "postMonths", defaultValue = "") String postMonths,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            Principal user,
            RedirectAttributes redirect) {
        access.editable(id);
        return edits.change(
                id,
                Step.BASELINE,
                redirect,
                () -> plans.editSection(
                        user.getName(),
                        id,
                        revision,
                        PlanSection.WINDOWS,
                        new EvaluationPlan.Windows(
                                edits.whole(preMonths, "windows.preMonths"),
                                edits.whole(postMonths, "windows.postMonths")),
                        reason));
    }

    @PostMapping("/programmes/{id}/steps/baseline/comparison")
    String comparison(
            @PathVariable long id,
            @RequestParam(name = "revision") int revision,
            @RequestParam(name = "trained", defaultValue = "") String trained,
            @RequestParam(name = "unit", required = false) List<String> units,
            @RequestParam(name = "description", defaultValue = "") String description,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            Principal user,
            RedirectAttributes redirect) {
        access.editable(id);
        return edits.change(
                id,
                Step.BASELINE,
                redirect,
                () -> plans.editSection(
                        user.getName(),
                        id,
                        revision,
                        PlanSection.COMPARISON,
                        new EvaluationPlan.Comparison(
                                StepEdits.choice(trained, EvaluationPlan.Trained.class, "comparison.trained"),
                                Set.copyOf(Optional.ofNullable(units).orElse(List.of())),
                                description),
                        reason));
    }
}
