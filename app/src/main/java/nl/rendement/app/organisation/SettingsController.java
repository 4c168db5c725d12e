package nl.rendement.app.organisation;

import java.security.Principal;
import java.time.Instant;
import nl.rendement.app.costs.ExchangeRates;
import nl.rendement.app.system.FieldProblem;
import nl.rendement.app.system.Formats;
import nl.rendement.app.system.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Organisation settings and exchange rates: everyone signed in reads them, administrators change them. */
@Controller
class SettingsController {

    private static final int CHANGES_SHOWN = 50;

    private final Organisation organisation;
    private final SettingsStore store;
    private final Formats formats;
    private final SettingValues values;
    private final ExchangeRates rates;

    SettingsController(
            Organisation organisation,
            SettingsStore store,
            Formats formats,
            SettingValues values,
            ExchangeRates rates) {
        this.organisation = organisation;
        this.store = store;
        this.formats = formats;
        this.values = values;
        this.rates = rates;
    }

    @GetMapping("/settings")
    String show(Model model) {
        OrganisationSettings settings = organisation.settings();
        model.addAttribute("settings", settings);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SettingsForm.of(settings, formats));
            model.addAttribute("problems", Problems.NONE);
        }
        model.addAttribute("rates", rates.all());
        if (!model.containsAttribute("rateForm")) {
            model.addAttribute("rateForm", ExchangeRateForm.empty());
            model.addAttribute("rateProblems", Problems.NONE);
        }
        model.addAttribute(
                "changes",
                store.latestChanges(CHANGES_SHOWN).stream()
                        .map(change -> new ShownChange(
                                change.at(),
                                change.changedBy(),
                                change.labelKey(),
                                values.shown(change.setting(), change.oldValue()),
                                values.shown(change.setting(), change.newValue())))
                        .toList());
        return "organisation/settings";
    }

    @PostMapping("/settings")
    String save(@ModelAttribute("form") SettingsForm form, Principal actor, Model model, RedirectAttributes redirect) {
        SettingsForm.Parsed parsed = form.parse(formats);
        if (parsed.settings().isEmpty()) {
            model.addAttribute("problems", new Problems(parsed.problems()));
            return show(model);
        }
        if (!organisation.update(form.version(), parsed.settings().get(), actor.getName())) {
            model.addAttribute("problems", Problems.of(new FieldProblem("version", "settings.error.stale")));
            return show(model);
        }
        redirect.addFlashAttribute("notice", "settings.saved");
        return "redirect:/settings";
    }

    /** A recorded change as the history table shows it. */
    public record ShownChange(Instant at, String changedBy, String labelKey, String oldValue, String newValue) {}
}
