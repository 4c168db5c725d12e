package nl.rendement.app.security;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.rendement.app.security.ScopeChoices.Choice;
import nl.rendement.app.security.ScopeChoices.Kind;
import nl.rendement.app.system.FieldProblem;
import nl.rendement.app.system.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of API tokens, beside Users: create a token for some kinds of data
 * (optionally limited to org units, optionally expiring) and see its secret once; list every
 * token with who created it, when it was last used and whether it was revoked; revoke one.
 */
@Controller
@RequestMapping("/settings/api-tokens")
class ApiTokensController {

    private final ApiTokens tokens;
    private final Grantable grantable;
    private final List<ImportKindChoices> kinds;

    ApiTokensController(ApiTokens tokens, Grantable grantable, List<ImportKindChoices> kinds) {
        this.tokens = tokens;
        this.grantable = grantable;
        this.kinds = List.copyOf(kinds);
    }

    @GetMapping
    String list(Model model, Locale locale) {
        return page(new NewToken("", List.of(), List.of(), ""), Problems.NONE, model, locale);
    }

    /** Creates the token and shows its secret on this answer only: it is never stored, so never shown again. */
    @PostMapping
    String create(
            @RequestParam(name = "name", defaultValue = "") String name,
            @RequestParam(name = "kind", required = false) List<String> kinds,
            @RequestParam(name = "unit", required = false) List<String> units,
            @RequestParam(name = "expiresOn", defaultValue = "") String expiresOn,
            Principal actor,
            Model model,
            Locale locale) {
        NewToken request = new NewToken(name, kinds, units, expiresOn);
        try {
            ApiTokens.Issued issued = tokens.issue(actor.getName(), request.check(offer(locale), LocalDate.now()));
            model.addAttribute("issued", new IssuedView(issued.token().name(), issued.secret()));
        } catch (AccountRejected rejected) {
            return page(request, Problems.of(new FieldProblem(rejected.field(), rejected.messageKey())), model, locale);
        }
        return page(new NewToken("", List.of(), List.of(), ""), Problems.NONE, model, locale);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, Principal actor, RedirectAttributes redirect) {
        if (tokens.byId(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute(
                "notice", tokens.revoke(actor.getName(), id) ? "tokens.revokedNotice" : "tokens.alreadyRevoked");
        return "redirect:/settings/api-tokens";
    }

    private String page(NewToken form, Problems problems, Model model, Locale locale) {
        List<ImportKindChoices.Choice> offered = offeredKinds(locale);
        Map<String, String> kindNames = offered.stream()
                .collect(Collectors.toMap(ImportKindChoices.Choice::code, ImportKindChoices.Choice::label));
        List<Choice> units = grantable.of(Kind.UNITS);
        Map<Long, String> unitNames =
                units.stream().collect(Collectors.toMap(Choice::id, Choice::label, (first, second) -> first));
        LocalDate today = LocalDate.now();
        model.addAttribute("form", new FormView(form.name(), form.expiresOn()));
        model.addAttribute("problems", problems);
        model.addAttribute(
                "kinds",
                offered.stream()
                        .map(kind -> new KindBox(
                                kind.code(),
                                kind.label(),
                                kind.limitableToUnits(),
                                form.kinds().contains(kind.code())))
                        .toList());
        model.addAttribute(
                "units",
                units.stream()
                        .map(unit -> AccessController.ShownChoice.of(
                                unit, form.units().contains(String.valueOf(unit.id()))))
                        .toList());
        model.addAttribute(
                "tokens",
                tokens.all().stream()
                        .map(token -> TokenView.of(token, kindNames, unitNames, today))
                        .toList());
        return "security/api-tokens";
    }

    private List<ImportKindChoices.Choice> offeredKinds(Locale locale) {
        return kinds.stream().flatMap(offer -> offer.kinds(locale).stream()).toList();
    }

    private NewToken.Offer offer(Locale locale) {
        List<ImportKindChoices.Choice> offered = offeredKinds(locale);
        return new NewToken.Offer(
                offered.stream().map(ImportKindChoices.Choice::code).collect(Collectors.toSet()),
                offered.stream()
                        .filter(ImportKindChoices.Choice::limitableToUnits)
                        .map(ImportKindChoices.Choice::code)
                        .collect(Collectors.toSet()),
                grantable.of(Kind.UNITS).stream().map(Choice::id).collect(Collectors.toSet()));
    }

    /** The form's text fields as sent, to show again with a refusal. */
    public record FormView(String name, String expiresOn) {}

    /** A kind's checkbox on the form. */
    public record KindBox(String code, String label, boolean limitableToUnits, boolean checked) {}

    /** The token just created, with the secret the administrator must copy now. */
    public record IssuedView(String name, String secret) {}

    /** A token as the list shows it: kinds and units by name (a unit no longer on offer by its id), and its state. */
    public record TokenView(
            long id,
            String name,
            String kinds,
            String units,
            String createdBy,
            Instant createdAt,
            Instant lastUsedAt,
            LocalDate expiresOn,
            String revokedBy,
            Instant revokedAt,
            String stateKey) {

        static TokenView of(
                ApiToken token, Map<String, String> kindNames, Map<Long, String> unitNames, LocalDate today) {
            return new TokenView(
                    token.id(),
                    token.name(),
                    new TreeSet<>(token.kinds())
                            .stream()
                                    .map(kind -> kindNames.getOrDefault(kind, kind))
                                    .collect(Collectors.joining(", ")),
                    named(token.unitIds(), unitNames),
                    token.createdBy(),
                    token.createdAt(),
                    token.lastUsedAt().orElse(null),
                    token.expiresOn().orElse(null),
                    token.revoked().map(ApiToken.Revocation::by).orElse(null),
                    token.revoked().map(ApiToken.Revocation::at).orElse(null),
                    token.revoked().isPresent()
                            ? "tokens.state.revoked"
                            : token.activeOn(today) ? "tokens.state.active" : "tokens.state.expired");
        }

        public boolean revocable() {
            return revokedAt == null;
        }

        private static String named(Set<Long> ids, Map<Long, String> unitNames) {
            return new TreeSet<>(ids)
                    .stream()
                            .map(id -> unitNames.getOrDefault(id, String.valueOf(id)))
                            .collect(Collectors.joining(", "));
        }
    }
}
