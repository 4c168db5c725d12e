package nl.rendement.app.evaluation.steps;

import java.security.Principal;
import nl.rendement.app.plan.EvaluationPlans;
import nl.rendement.app.programme.ProgrammeAccess;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Undoing the latest change to a programme's plan from its audit: the plan becomes exactly what it
 * was before, as a new revision with a reason, and the run that follows restores the figures.
 */
@Controller
class AuditController {

    private final ProgrammeAccess access;
    private final EvaluationPlans plans;
    private final StepEdits edits;

    AuditController(ProgrammeAccess access, EvaluationPlans plans, StepEdits edits) {
        this.access = access;
        this.plans = plans;
        this.edits = edits;
    }

    @PostMapping("/programmes/{id}/steps/plan/undo")
    String undo(
            @PathVariable long id,
            @RequestParam(name = "revision") int revision,
            @RequestParam(name = "reason", defaultValue = "") String reason,
            Principal user,
            RedirectAttributes redirect) {
        access.editable(id);
        return edits.change(id, Step.VALUE, redirect, () -> plans.undo(user.getName(), id, revision, reason));
    }
}
