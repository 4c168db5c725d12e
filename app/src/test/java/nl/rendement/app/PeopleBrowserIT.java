package nl.rendement.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.EmployeeAttributes;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.ExitReason;
import nl.rendement.app.people.NewEmployee;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.people.Pseudonyms;
import nl.rendement.app.people.UnitKind;
import nl.rendement.engine.money.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The People page with figures in real headless Chromium: accessible, and kept as a screenshot. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class PeopleBrowserIT {

    private static final LocalDate HIRED = LocalDate.of(2021, 2, 1);

    @LocalServerPort
    int port;

    @Autowired
    Employees employees;

    @Autowired
    OrgUnits units;

    @BeforeAll
    static void chromiumInstalled() {
        Browser.assumeInstalled();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void peopleFiguresAreFreeOfSeriousAccessibilityViolations(String language) {
        if (employees.byPseudonym("P-SCREEN01").isEmpty()) {
            seed();
        }
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open("http://localhost:" + port, language)) {
            browser.get("/login");
            browser.signIn("analyst", "rendement-demo");
            browser.speak(language);
            browser.get("/people?asOf=2025-06-30");
            assertThat(browser.findAll("table")).hasSize(3);
            browser.screenshot(language + "-people-figures");
            Accessibility.blockingViolations(browser.driver()).forEach(problems::add);
            browser.consoleErrors().forEach(problems::add);
            for (String page : List.of("/people/employees?asOf=2025-06-30", "/people/employees/P-SCREEN01")) {
                browser.get(page);
                assertThat(browser.find("h1").getText()).isNotBlank();
                browser.screenshot(language + (page.contains("P-") ? "-employee" : "-employees"));
                Accessibility.blockingViolations(browser.driver()).forEach(line -> problems.add(page + ": " + line));
                browser.consoleErrors().forEach(line -> problems.add(page + ": " + line));
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The demo's analyst limited to Verkoop: the limited notes, whole-programme labels and participants. */
    @Test
    void limitedViewsAreFreeOfSeriousAccessibilityViolations() {
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open("http://localhost:" + port, "en")) {
            browser.get("/login");
            browser.signIn("hrbp", "rendement-demo");
            browser.get("/programmes");
            browser.screenshot("en-limited-programmes");
            String programme = browser.find("#programmes th a").getAttribute("href");
            for (String page : List.of("/people", programme, programme + "/participants")) {
                browser.get(page.replaceFirst("^https?://[^/]+", ""));
                assertThat(browser.find("#access-limited, #your-units-participants")
                                .getText())
                        .isNotBlank();
                browser.screenshot(
                        "en-limited" + page.replaceFirst("^https?://[^/]+", "").replaceAll("[^a-z0-9]+", "-"));
                Accessibility.blockingViolations(browser.driver()).forEach(line -> problems.add(page + ": " + line));
                browser.consoleErrors().forEach(line -> problems.add(page + ": " + line));
            }
        }
        assertThat(problems).isEmpty();
    }

    private void seed() {
        Random random = new Random(7);
        OrgUnit sales = units.add("SCR-SALES", "Sales", UnitKind.DEPARTMENT, Optional.empty(), HIRED);
        OrgUnit north = units.add("SCR-NORTH", "North", UnitKind.TEAM, Optional.of(sales.id()), HIRED);
        OrgUnit south = units.add("SCR-SOUTH", "South", UnitKind.TEAM, Optional.of(sales.id()), HIRED);
        OrgUnit operations = units.add("SCR-OPS", "Operations", UnitKind.DEPARTMENT, Optional.empty(), HIRED);
        OrgUnit finance = units.add("SCR-FIN", "Finance", UnitKind.DEPARTMENT, Optional.empty(), HIRED);
        employees.hire(new NewEmployee("P-SCREEN01", Optional.empty(), Optional.empty(), HIRED, at(finance, "B", 1)));
        int[][] plan = {{9, 0}, {3, 1}, {12, 2}, {3, 3}};
        OrgUnit[] where = {north, south, operations, finance};
        for (int group = 0; group < plan.length; group++) {
            for (int i = 0; i < plan[group][0]; i++) {
                LocalDate hired = HIRED.plusMonths(random.nextInt(40));
                Employee person = employees.hire(new NewEmployee(
                        Pseudonyms.next(random),
                        Optional.empty(),
                        Optional.empty(),
                        hired,
                        at(where[group], String.valueOf("ABCD".charAt((i + group) % 3)), random.nextInt(40))));
                if (i % 4 == 3 && group != 1) {
                    ExitReason reason = i % 8 == 3 ? ExitReason.VOLUNTARY : ExitReason.INVOLUNTARY;
                    employees.leave(person.id(), new Employee.Exit(LocalDate.of(2025, 5, 31), reason));
                }
            }
        }
    }

    private static EmployeeAttributes at(OrgUnit unit, String jobGroup, int step) {
        return new EmployeeAttributes(
                unit.id(),
                jobGroup,
                Optional.empty(),
                Money.of(String.valueOf(36_000 + 1_250 * step), "EUR"),
                new BigDecimal(step % 5 == 0 ? "0.8" : "1"),
                new BigDecimal(step % 5 == 0 ? "32" : "40"));
    }
}
