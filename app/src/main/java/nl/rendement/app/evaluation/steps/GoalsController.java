package nl.rendement.app.evaluation.steps;

import java.security.Principal;
import java.util.Optional;
import java.util.function.Supplier;
import nl.rendement.app.kpi.KpiDefinitions;
import nl.rendement.app.plan.EvaluationPlan;
import nl.rendement.app.plan.EvaluationPlans;
import nl.rendement.app.plan.PlanDefaults;
import nl.rendement.app.plan.PlanSection;
import nl.rendement.app.programme.Programme;
import nl.rendement.app.programme.ProgrammeAccess;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Goals step's changes to the plan, each a revision with a reason: creating the plan from the
 * library's defaults, and adding or removing a goal, an objective, an impact measure (a library KPI,
 * isolated and valued as the defaults do until the Value step changes it) or a sponsor's expectation.
 */
@Controller
class GoalsController {

    private final ProgrammeAccess access;
    private final EvaluationPlans plans;
    private final KpiDefinitions kpis;
    private final ReasonText texts;
    private final StepEdits edits;

    GoalsController(
            ProgrammeAccess access, EvaluationPlans plans, KpiDefinitions kpis, ReasonText texts, StepEdits edits) {
        this.access = access;
        this.plans = plans;
        this.kpis = kpis;
        this.texts = texts;
        this.edits = edits;
    }

    @PostMapping("/programmes/{id}/steps/goals/plan")
    String create(
            @PathVariable long id,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            Principal user,
            RedirectAttributes redirect) {
        Programme programme = access.editable(id);
        return change(
                id,
                redirect,
                () -> plans.create(
                        user.getName(),
                        id,
                        PlanDefaults.of(programme, kpis.all(), texts.message("plan.default.comparison")),
                        reason));
    }

    @PostMapping("/programmes/{id}/steps/goals/{section}/add")
    String add(
            @PathVariable long id,
            @PathVariable String section,
            @RequestParam(name = "revision") int revision,
            @RequestParam(name = "first", defaultValue = "") String first,
            @RequestParam(name = "second", defaultValue = "") String second,
            @RequestParam(name = "level", defaultValue = "0") int level,
            @RequestParam(name = "kpi", defaultValue = "") String kpi,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            Principal user,
            RedirectAttributes redirect) {
        access.editable(id);
        return change(id, redirect, () -> {
            EvaluationPlan plan = plans.planOf(id);
            Optional<String> measure = Optional.of(kpi).filter(code -> !code.isBlank());
            Optional<String> target = Optional.of(second.strip()).filter(text -> !text.isEmpty());
            return switch (section) {
                case "goals" ->
                    edits.add(
                            user,
                            id,
                            revision,
                            PlanSection.GOALS,
                            plan.goals(),
                            new EvaluationPlan.Goal(first, second),
                            reason);
                case "objectives" ->
                    edits.add(
                            user,
                            id,
                            revision,
                            PlanSection.OBJECTIVES,
                            plan.objectives(),
                            new EvaluationPlan.Objective(level, first, target),
                            reason);
                case "expectations" ->
                    edits.add(
                            user,
                            id,
                            revision,
                            PlanSection.EXPECTATIONS,
                            plan.expectations(),
                            new EvaluationPlan.Expectation(first, second, measure),
                            reason);
                case "measures" ->
                    edits.add(
                            user,
                            id,
                            revision,
                            PlanSection.MEASURES,
                            plan.measures(),
                            PlanDefaults.measure(kpi, level),
                            reason);
                default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            };
        });
    }

    @PostMapping("/programmes/{id}/steps/goals/{section}/{index}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable String section,
            @PathVariable int index,
            @RequestParam(name = "revision") int revision,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            Principal user,
            RedirectAttributes redirect) {
        access.editable(id);
        return change(id, redirect, () -> {
            EvaluationPlan plan = plans.planOf(id);
            return switch (section) {
                case "goals" -> edits.remove(user, id, revision, PlanSection.GOALS, plan.goals(), index, reason);
                case "objectives" ->
                    edits.remove(user, id, revision, PlanSection.OBJECTIVES, plan.objectives(), index, reason);
                case "expectations" ->
                    edits.remove(user, id, revision, PlanSection.EXPECTATIONS, plan.expectations(), index, reason);
                case "measures" ->
                    edits.remove(user, id, revision, PlanSection.MEASURES, plan.measures(), index, reason);
                default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            };
        });
    }

    private String change(long id, RedirectAttributes redirect, Supplier<?> change) {
        return edits.change(id, Step.GOALS, redirect, change);
    }
}
