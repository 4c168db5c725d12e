package nl.rendement.app.security;

import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.rendement.app.security.ScopeChoices.Choice;
import nl.rendement.app.security.ScopeChoices.Kind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page that limits a user to some units and programmes, or lifts the limit. */
@Controller
@RequestMapping("/settings/users/{id}/access")
class AccessController {

    /** The deepest indentation the page draws; deeper units line up with it. */
    private static final int DEEPEST_INDENT = 4;

    private final Accounts accounts;
    private final Scopes scopes;
    private final Grantable grantable;

    AccessController(Accounts accounts, Scopes scopes, Grantable grantable) {
        this.accounts = accounts;
        this.scopes = scopes;
        this.grantable = grantable;
    }

    @GetMapping
    String show(@PathVariable long id, Model model) {
        Account account = existing(id);
        Scope scope = scopes.of(id);
        return page(account, scope, ids(scope.unitIds()), ids(scope.programmeIds()), model);
    }

    @PostMapping
    String save(
            @PathVariable long id,
            @RequestParam(name = "unit", required = false) List<String> units,
            @RequestParam(name = "programme", required = false) List<String> programmes,
            Principal actor,
            Model model,
            RedirectAttributes redirect) {
        Account account = existing(id);
        List<String> requestedUnits = units == null ? List.of() : units;
        List<String> requestedProgrammes = programmes == null ? List.of() : programmes;
        try {
            scopes.limit(actor.getName(), id, grantable.scope(requestedUnits, requestedProgrammes));
        } catch (ScopeRefused refused) {
            model.addAttribute("failure", "access.refused");
            model.addAttribute(refused.kind() == Kind.UNITS ? "unitRefused" : "programmeRefused", refused.value());
            return page(account, scopes.of(id), Set.copyOf(requestedUnits), Set.copyOf(requestedProgrammes), model);
        }
        redirect.addFlashAttribute("notice", "access.saved");
        return "redirect:/settings/users/" + id + "/access";
    }

    /** The page with the stored scope summed up and the boxes ticked as stored or as just sent. */
    private String page(Account account, Scope stored, Set<String> units, Set<String> programmes, Model model) {
        model.addAttribute("account", UsersController.AccountView.of(account, stored));
        model.addAttribute("units", shown(Kind.UNITS, units::contains));
        model.addAttribute("programmes", shown(Kind.PROGRAMMES, programmes::contains));
        return "security/access";
    }

    private List<ShownChoice> shown(Kind kind, Predicate<String> ticked) {
        return grantable.of(kind).stream()
                .map(choice -> ShownChoice.of(choice, ticked.test(String.valueOf(choice.id()))))
                .toList();
    }

    private Account existing(long id) {
        return accounts.byId(id).orElseThrow(() -> new AccountNotFound(id));
    }

    private static Set<String> ids(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.toSet());
    }

    /** A checkbox of the page: what it grants, how far it is indented, whether it is ticked. */
    public record ShownChoice(long id, String label, int indent, boolean checked) {

        static ShownChoice of(Choice choice, boolean checked) {
            return new ShownChoice(choice.id(), choice.label(), Math.min(choice.depth(), DEEPEST_INDENT), checked);
        }
    }
}
