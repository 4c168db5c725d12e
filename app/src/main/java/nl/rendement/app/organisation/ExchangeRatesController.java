package nl.rendement.app.organisation;

import java.security.Principal;
import nl.rendement.app.costs.ExchangeRates;
import nl.rendement.app.system.FieldProblem;
import nl.rendement.app.system.Formats;
import nl.rendement.app.system.Problems;
import nl.rendement.engine.money.ExchangeRate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Exchange rates on the Settings page: everyone signed in reads them there, administrators add and
 * remove them. A refused rate goes back to the page with its problems next to its fields.
 */
@Controller
class ExchangeRatesController {

    static final String SECTION = "redirect:/settings#exchange-rates";

    private final Organisation organisation;
    private final ExchangeRates rates;
    private final Formats formats;

    ExchangeRatesController(Organisation organisation, ExchangeRates rates, Formats formats) {
        this.organisation = organisation;
        this.rates = rates;
        this.formats = formats;
    }

    @PostMapping("/settings/exchange-rates")
    String add(@ModelAttribute("rateForm") ExchangeRateForm form, Principal actor, RedirectAttributes redirect) {
        ExchangeRateForm.Parsed parsed =
                form.parse(formats, organisation.settings().reportingCurrency());
        if (parsed.rate().isEmpty()) {
            return refused(form, new Problems(parsed.problems()), redirect);
        }
        ExchangeRate rate = parsed.rate().get();
        if (rates.exists(rate)) {
            return refused(
                    form, Problems.of(new FieldProblem("validFrom", "settings.rates.error.duplicate")), redirect);
        }
        rates.add(rate, actor.getName());
        redirect.addFlashAttribute("notice", "settings.rates.added");
        return SECTION;
    }

    @PostMapping("/settings/exchange-rates/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        boolean removed = rates.remove(id);
        redirect.addFlashAttribute(
                removed ? "notice" : "failure", removed ? "settings.rates.removed" : "settings.rates.gone");
        return SECTION;
    }

    private static String refused(ExchangeRateForm form, Problems problems, RedirectAttributes redirect) {
        redirect.addFlashAttribute("rateForm", form);
        redirect.addFlashAttribute("rateProblems", problems);
        return SECTION;
    }
}
