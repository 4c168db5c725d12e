package nl.rendement.app.security;

import java.util.Set;
import nl.rendement.app.system.FieldProblem;
import nl.rendement.app.system.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** First run of a production instance: create the first administrator with the console's code. */
@Controller
class SetupController {

    private final SetupState setup;
    private final AccountAdministration administration;

    SetupController(SetupState setup, AccountAdministration administration) {
        this.setup = setup;
        this.administration = administration;
    }

    @GetMapping("/setup")
    String form(Model model) {
        requireSetupNeeded();
        model.addAttribute("form", new SetupForm("", "", "", "", ""));
        model.addAttribute("problems", Problems.NONE);
        return "security/setup";
    }

    @PostMapping("/setup")
    String create(@ModelAttribute("form") SetupForm form, Model model, RedirectAttributes redirect) {
        requireSetupNeeded();
        if (!setup.accepts(form.code())) {
            model.addAttribute("problems", Problems.of(new FieldProblem("code", "setup.error.code")));
            return "security/setup";
        }
        try {
            administration.create(
                    "setup",
                    new AccountAdministration.NewAccount(
                            form.username(),
                            form.displayName(),
                            form.password(),
                            form.repeatPassword(),
                            Set.of(Role.ADMIN)));
        } catch (AccountRejected rejected) {
            model.addAttribute("problems", Problems.of(new FieldProblem(rejected.field(), rejected.messageKey())));
            return "security/setup";
        }
        redirect.addFlashAttribute("notice", "setup.done");
        return "redirect:/login";
    }

    private void requireSetupNeeded() {
        if (!setup.needed()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    public record SetupForm(String code, String username, String displayName, String password, String repeatPassword) {}
}
