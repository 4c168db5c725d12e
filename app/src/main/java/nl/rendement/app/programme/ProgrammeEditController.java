package nl.rendement.app.programme;

import java.security.Principal;
import java.util.stream.IntStream;
import nl.rendement.app.security.UserDirectory;
import nl.rendement.app.system.FieldProblem;
import nl.rendement.app.system.Formats;
import nl.rendement.app.system.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Analysts create programmes and change them; every change is audited by the catalogue. */
@Controller
class ProgrammeEditController {

    private static final long NEW = 0;

    private final ProgrammeCatalogue catalogue;
    private final UserDirectory users;
    private final Formats formats;
    private final ProgrammeAccess access;

    ProgrammeEditController(
            ProgrammeCatalogue catalogue, UserDirectory users, Formats formats, ProgrammeAccess access) {
        this.catalogue = catalogue;
        this.users = users;
        this.formats = formats;
        this.access = access;
    }

    @GetMapping("/programmes/new")
    String create(Principal actor, Model model) {
        return form(ProgrammeForm.blank(users.idOf(actor.getName()).orElse(NEW)), NEW, Problems.NONE, model);
    }

    @PostMapping("/programmes")
    String create(@ModelAttribute ProgrammeForm form, Principal actor, Model model, RedirectAttributes redirect) {
        try {
            long id = catalogue.create(actor.getName(), form.details(formats));
            redirect.addFlashAttribute("notice", "programmes.created");
            return "redirect:/programmes/" + id;
        } catch (ProgrammeRejected rejected) {
            return form(form, NEW, problems(rejected), model);
        }
    }

    @GetMapping("/programmes/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Programme programme = access.editable(id);
        return form(ProgrammeForm.of(programme, formats), id, Problems.NONE, model);
    }

    @PostMapping("/programmes/{id}")
    String update(
            @PathVariable long id,
            @ModelAttribute ProgrammeForm form,
            Principal actor,
            Model model,
            RedirectAttributes redirect) {
        access.editable(id);
        try {
            catalogue.update(actor.getName(), id, form.expectedVersion(), form.details(formats));
            redirect.addFlashAttribute("notice", "programmes.updated");
            return "redirect:/programmes/" + id;
        } catch (ProgrammeRejected rejected) {
            return form(form, id, problems(rejected), model);
        }
    }

    private String form(ProgrammeForm form, long id, Problems problems, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("programmeId", id);
        model.addAttribute("problems", problems);
        model.addAttribute("users", users.enabledUsers());
        model.addAttribute("types", ProgrammeType.values());
        model.addAttribute("statuses", ProgrammeStatus.values());
        model.addAttribute("modes", DeliveryMode.values());
        model.addAttribute("levels", IntStream.rangeClosed(0, 5).boxed().toList());
        return "programme/form";
    }

    static Problems problems(ProgrammeRejected rejected) {
        return Problems.of(new FieldProblem(rejected.field(), rejected.messageKey()));
    }
}
