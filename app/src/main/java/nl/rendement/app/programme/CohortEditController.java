package nl.rendement.app.programme;

import java.security.Principal;
import nl.rendement.app.system.Languages;
import nl.rendement.app.system.Problems;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Analysts add cohorts to a programme and change them; participants come from the LMS, not from here. */
@Controller
class CohortEditController {

    private static final long NEW = 0;

    private final CohortRegister register;
    private final ProgrammeAccess access;

    CohortEditController(CohortRegister register, ProgrammeAccess access) {
        this.register = register;
        this.access = access;
    }

    @GetMapping("/programmes/{id}/cohorts/new")
    String add(@PathVariable long id, Model model) {
        Programme programme = programme(id);
        return form(programme, CohortForm.blank(programme, LocaleContextHolder.getLocale()), NEW, Problems.NONE, model);
    }

    @PostMapping("/programmes/{id}/cohorts")
    String add(
            @PathVariable long id,
            @ModelAttribute CohortForm form,
            Principal actor,
            Model model,
            RedirectAttributes redirect) {
        Programme programme = programme(id);
        try {
            register.addCohort(actor.getName(), id, form.details());
            redirect.addFlashAttribute("notice", "programmes.cohort.added");
            return "redirect:/programmes/" + id;
        } catch (ProgrammeRejected rejected) {
            return form(programme, form, NEW, ProgrammeEditController.problems(rejected), model);
        }
    }

    @GetMapping("/programmes/{id}/cohorts/{cohortId}/edit")
    String change(@PathVariable long id, @PathVariable long cohortId, Model model) {
        Programme programme = programme(id);
        Cohort cohort = cohort(id, cohortId);
        return form(programme, CohortForm.of(cohort.details()), cohortId, Problems.NONE, model);
    }

    @PostMapping("/programmes/{id}/cohorts/{cohortId}")
    String change(
            @PathVariable long id,
            @PathVariable long cohortId,
            @ModelAttribute CohortForm form,
            Principal actor,
            Model model,
            RedirectAttributes redirect) {
        Programme programme = programme(id);
        cohort(id, cohortId);
        try {
            register.changeCohort(actor.getName(), cohortId, form.details());
            redirect.addFlashAttribute("notice", "programmes.cohort.changed");
            return "redirect:/programmes/" + id;
        } catch (ProgrammeRejected rejected) {
            return form(programme, form, cohortId, ProgrammeEditController.problems(rejected), model);
        }
    }

    private Programme programme(long id) {
        return access.editable(id);
    }

    private Cohort cohort(long programmeId, long cohortId) {
        return register.cohort(cohortId)
                .filter(cohort -> cohort.programmeId() == programmeId)
                .orElseThrow(ProgrammesController::notFound);
    }

    private String form(Programme programme, CohortForm form, long cohortId, Problems problems, Model model) {
        model.addAttribute("programme", programme);
        model.addAttribute("form", form);
        model.addAttribute("cohortId", cohortId);
        model.addAttribute("problems", problems);
        model.addAttribute("modes", DeliveryMode.values());
        model.addAttribute("languages", Languages.SUPPORTED);
        return "programme/cohort-form";
    }
}
