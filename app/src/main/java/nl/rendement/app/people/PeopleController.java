package nl.rendement.app.people;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import nl.rendement.app.system.FieldProblem;
import nl.rendement.app.system.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The organisation in aggregates as of a chosen day; personal data, so for analysts only. */
@Controller
class PeopleController {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final PeopleOverview overview;
    private final ZoneId zone;

    PeopleController(PeopleOverview overview, @Value("${rendement.time-zone:Europe/Amsterdam}") ZoneId zone) {
        this.overview = overview;
        this.zone = zone;
    }

    @GetMapping("/people")
    String people(@RequestParam(name = "asOf", required = false) String asOf, Model model) {
        if (!overview.anyone()) {
            return "people/index";
        }
        LocalDate today = LocalDate.now(zone);
        Optional<LocalDate> chosen = chosen(asOf, today);
        boolean refused = asOf != null && !asOf.isBlank() && chosen.isEmpty();
        LocalDate day = chosen.orElseGet(() -> overview.defaultDay(today));
        model.addAttribute("overview", overview.asOf(day));
        model.addAttribute("today", today);
        model.addAttribute(
                "problems", refused ? Problems.of(new FieldProblem("asOf", "people.error.asOf")) : Problems.NONE);
        return "people/index";
    }

    /** The day asked for, if it is a real date (as a date picker sends it) from 1900 to today. */
    private static Optional<LocalDate> chosen(String asOf, LocalDate today) {
        if (asOf == null || asOf.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(asOf.strip());
            return day.isBefore(EARLIEST) || day.isAfter(today) ? Optional.empty() : Optional.of(day);
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
