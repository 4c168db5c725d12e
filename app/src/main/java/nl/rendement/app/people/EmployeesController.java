package nl.rendement.app.people;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.rendement.app.security.Scopes;
import nl.rendement.app.system.Formats;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Person-level views, for analysts only: who worked here on a day, and one person's history. */
@Controller
class EmployeesController {

    static final int PAGE_SIZE = 50;

    private final Employees employees;
    private final OrgUnits units;
    private final Erasure erasure;
    private final Formats formats;
    private final Scopes scopes;

    EmployeesController(Employees employees, OrgUnits units, Erasure erasure, Formats formats, Scopes scopes) {
        this.employees = employees;
        this.units = units;
        this.erasure = erasure;
        this.formats = formats;
        this.scopes = scopes;
    }

    /**
     * Erases the employee everywhere (GDPR art. 17) once the analyst has typed the pseudonym to
     * confirm; a wrong confirmation erases nothing.
     */
    @PostMapping("/people/employees/{pseudonym}/erase")
    String erase(
            @PathVariable String pseudonym,
            @RequestParam(name = "confirm", defaultValue = "") String confirm,
            Principal actor,
            RedirectAttributes redirect) {
        Employee employee =
                employees.byPseudonym(pseudonym).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!confirm.strip().equalsIgnoreCase(pseudonym)) {
            redirect.addFlashAttribute("failure", "employee.erase.notConfirmed");
            return "redirect:/people/employees/" + pseudonym;
        }
        erasure.erase(actor.getName(), employee.id());
        redirect.addFlashAttribute("notice", "employee.erase.done");
        return "redirect:/people/employees";
    }

    @GetMapping("/people/employees")
    String list(
            @RequestParam(name = "asOf", required = false) String asOf,
            @RequestParam(name = "page", defaultValue = "1") int page,
            Model model) {
        LocalDate today = formats.today();
        LocalDate day =
                formats.parseDate(asOf).filter(chosen -> !chosen.isAfter(today)).orElse(today);
        UnitReach reach = units.reachOf(scopes.current());
        List<Employees.Snapshot> everyone = employees.employedOn(day, reach);
        model.addAttribute("limited", !reach.everyUnit());
        int pages = Math.max(1, (everyone.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(1, page), pages);
        model.addAttribute("day", day);
        model.addAttribute("today", today);
        model.addAttribute("total", everyone.size());
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("unitNames", unitNames());
        model.addAttribute(
                "rows", everyone.subList((shown - 1) * PAGE_SIZE, Math.min(everyone.size(), shown * PAGE_SIZE)));
        return "people/employees";
    }

    @GetMapping("/people/employees/{pseudonym}")
    String person(@PathVariable String pseudonym, Model model) {
        Employee employee =
                employees.byPseudonym(pseudonym).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        UnitReach reach = units.reachOf(scopes.current());
        List<EmployeePeriod> reachable = employees.history(employee.id(), reach);
        if (reachable.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<EmployeePeriod> history = reachable.stream()
                .sorted(Comparator.comparing(EmployeePeriod::validFrom).reversed())
                .toList();
        Map<Long, String> managers = history.stream()
                .flatMap(period -> period.attributes().managerId().stream())
                .distinct()
                .collect(Collectors.toMap(
                        Function.identity(),
                        id -> employees.byId(id).map(Employee::pseudonym).orElse("")));
        model.addAttribute("employee", employee);
        model.addAttribute("history", history);
        model.addAttribute("limited", !reach.everyUnit());
        model.addAttribute(
                "periodsNotShown",
                reach.everyUnit()
                        ? 0
                        : employees.history(employee.id(), UnitReach.EVERY_UNIT).size() - history.size());
        model.addAttribute("managers", managers);
        model.addAttribute("unitNames", unitNames());
        return "people/employee";
    }

    private Map<Long, String> unitNames() {
        return units.all().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
    }
}
