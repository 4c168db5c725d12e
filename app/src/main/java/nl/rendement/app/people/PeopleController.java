package nl.rendement.app.people;

import java.time.LocalDate;
import java.util.Optional;
import nl.rendement.app.security.Scopes;
import nl.rendement.app.system.FieldProblem;
import nl.rendement.app.system.Formats;
import nl.rendement.app.system.Problems;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The organisation in aggregates as of a chosen day; personal data, so for analysts only. */
@Controller
class PeopleController {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final PeopleOverview overview;
    private final Formats formats;
    private final OrgUnits units;
    private final Scopes scopes;

    PeopleController(PeopleOverview overview, Formats formats, OrgUnits units, Scopes scopes) {
        this.overview = overview;
        this.formats = formats;
        this.units = units;
        this.scopes = scopes;
    }

    @GetMapping("/people")
    String people(@RequestParam(name = "asOf", required = false) String asOf, Model model) {
        if (!overview.anyone()) {
            return "people/index";
        }
        LocalDate today = formats.today();
        Optional<LocalDate> chosen =
                formats.parseDate(asOf).filter(day -> !day.isBefore(EARLIEST) && !day.isAfter(today));
        boolean refused = asOf != null && !asOf.isBlank() && chosen.isEmpty();
        LocalDate day = chosen.orElseGet(() -> overview.defaultDay(today));
        model.addAttribute("overview", overview.asOf(day, units.reachOf(scopes.current())));
        model.addAttribute("today", today);
        model.addAttribute(
                "problems", refused ? Problems.of(new FieldProblem("asOf", "people.error.asOf")) : Problems.NONE);
        return "people/index";
    }
}
