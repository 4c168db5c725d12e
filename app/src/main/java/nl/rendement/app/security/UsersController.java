package nl.rendement.app.security;

import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rendement.app.system.FieldProblem;
import nl.rendement.app.system.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's page: create, disable and re-role users. */
@Controller
@RequestMapping("/settings/users")
class UsersController {

    private static final int CHANGES_SHOWN = 50;

    private final Accounts accounts;
    private final AccountChanges changes;
    private final AccountAdministration administration;
    private final Scopes scopes;
    private final Grantable grantable;
    private final MessageSource messages;

    UsersController(
            Accounts accounts,
            AccountChanges changes,
            AccountAdministration administration,
            Scopes scopes,
            Grantable grantable,
            MessageSource messages) {
        this.accounts = accounts;
        this.changes = changes;
        this.administration = administration;
        this.scopes = scopes;
        this.grantable = grantable;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewAccountForm("", "", "", "", List.of(Role.VIEWER)));
            model.addAttribute("problems", Problems.NONE);
        }
        model.addAttribute(
                "accounts",
                accounts.all().stream()
                        .map(account -> AccountView.of(account, scopes.of(account.id())))
                        .toList());
        Grantable.Names names = grantable.names();
        model.addAttribute(
                "changes",
                changes.latest(CHANGES_SHOWN).stream()
                        .map(change -> new ShownChange(
                                change.at(),
                                change.changedBy(),
                                change.username(),
                                change.labelKey(),
                                shown(change.field(), change.oldValue(), names),
                                shown(change.field(), change.newValue(), names)))
                        .toList());
        model.addAttribute("allRoles", Role.values());
        return "security/users";
    }

    @PostMapping
    String create(
            @ModelAttribute("form") NewAccountForm form, Principal actor, Model model, RedirectAttributes redirect) {
        try {
            administration.create(actor.getName(), form.toRequest());
        } catch (AccountRejected rejected) {
            model.addAttribute("problems", Problems.of(new FieldProblem(rejected.field(), rejected.messageKey())));
            return list(model);
        }
        redirect.addFlashAttribute("notice", "users.created");
        return "redirect:/settings/users";
    }

    @PostMapping("/{id}/roles")
    String roles(
            @PathVariable long id,
            @RequestParam(name = "roles", required = false) List<Role> roles,
            Principal actor,
            RedirectAttributes redirect) {
        Set<Role> chosen = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
        return attempt(redirect, "users.saved", () -> administration.changeRoles(actor.getName(), id, chosen));
    }

    @PostMapping("/{id}/enabled")
    String enabled(@PathVariable long id, @RequestParam boolean enabled, Principal actor, RedirectAttributes redirect) {
        return attempt(redirect, "users.saved", () -> administration.changeEnabled(actor.getName(), id, enabled));
    }

    @PostMapping("/{id}/password")
    String password(
            @PathVariable long id,
            @RequestParam String password,
            @RequestParam String repeatPassword,
            Principal actor,
            RedirectAttributes redirect) {
        return attempt(
                redirect,
                "users.passwordSet",
                () -> administration.changePassword(actor.getName(), id, password, repeatPassword));
    }

    /** A recorded value in the reader's language: role names, active or disabled, granted names. */
    private String shown(String field, String stored, Grantable.Names names) {
        if (stored == null) {
            return "";
        }
        Locale reader = LocaleContextHolder.getLocale();
        return switch (field) {
            case "roles", "created" ->
                Arrays.stream(stored.split(",\\s*"))
                        .filter(name -> !name.isBlank())
                        .map(name -> messages.getMessage(Role.valueOf(name).labelKey(), null, reader))
                        .collect(Collectors.joining(", "));
            case "enabled" ->
                messages.getMessage(Boolean.parseBoolean(stored) ? "users.enabled" : "users.disabled", null, reader);
            case "scope" -> grantable.shown(stored, names, reader);
            default -> stored;
        };
    }

    private static String attempt(RedirectAttributes redirect, String notice, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (AccountRejected rejected) {
            redirect.addFlashAttribute("failure", rejected.messageKey());
        }
        return "redirect:/settings/users";
    }

    public record NewAccountForm(
            String username, String displayName, String password, String repeatPassword, List<Role> roles) {

        public boolean has(Role role) {
            return roles != null && roles.contains(role);
        }

        AccountAdministration.NewAccount toRequest() {
            Set<Role> chosen = roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
            return new AccountAdministration.NewAccount(username, displayName, password, repeatPassword, chosen);
        }
    }

    /** An account as the page lists it, with how many units and programmes it is limited to; no password hash. */
    public record AccountView(
            long id,
            String username,
            String displayName,
            boolean enabled,
            Set<Role> roles,
            boolean limited,
            int units,
            int programmes) {

        static AccountView of(Account account, Scope scope) {
            return new AccountView(
                    account.id(),
                    account.username(),
                    account.displayName(),
                    account.enabled(),
                    account.roles(),
                    scope.limited(),
                    scope.unitIds().size(),
                    scope.programmeIds().size());
        }

        public boolean has(Role role) {
            return roles.contains(role);
        }
    }

    /** A recorded account change as the history table shows it. */
    public record ShownChange(
            Instant at, String changedBy, String username, String labelKey, String oldValue, String newValue) {}
}
