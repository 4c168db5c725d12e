package nl.rendement.app.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Analysts see who worked here on a day and each person's history, from the demo organisation. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class EmployeesPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Employees employees;

    /** Erases someone who took no programme, so tests sharing this demo database see the same programmes. */
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void listsWhoWorkedHereOnADayFiftyAPage() throws Exception {
        LocalDate day = LocalDate.now().minusMonths(6);
        int employed = employees.employedOn(day, UnitReach.EVERY_UNIT).size();

        String html = page("/people/employees?asOf=" + day, "nl");

        assertThat(employed).isGreaterThan(EmployeesController.PAGE_SIZE);
        assertThat(html).contains(employed + " medewerkers op").contains("Pagina 1 van " + ((employed + 49) / 50));
        assertThat(html.split("href=\"/people/employees/P-", -1)).hasSize(EmployeesController.PAGE_SIZE + 1);
    }

    @Test
    void showsOnePersonsHistoryNewestFirstWithTheirManager() throws Exception {
        Employees.Snapshot someone = employees.employedOn(LocalDate.now().minusMonths(1), UnitReach.EVERY_UNIT).stream()
                .filter(snapshot -> snapshot.attributes().managerId().isPresent())
                .filter(snapshot -> employees
                                .history(snapshot.employee().id(), UnitReach.EVERY_UNIT)
                                .size()
                        > 1)
                .findFirst()
                .orElseThrow();
        String manager = employees
                .byId(someone.attributes().managerId().get())
                .orElseThrow()
                .pseudonym();

        String html = page("/people/employees/" + someone.employee().pseudonym(), "en");

        assertThat(html)
                .contains("Employee " + someone.employee().pseudonym())
                .contains(someone.employee().employeeNumber().orElseThrow())
                .contains(manager)
                .contains("now");
    }

    @Test
    void erasesAnEmployeeOnlyWhenThePseudonymIsTypedToConfirm() throws Exception {
        String pseudonym = jdbc.sql("select e.pseudonym from employee e where not exists"
                        + " (select 1 from participant p where p.employee_id = e.id) order by e.id")
                .query(String.class)
                .list()
                .get(0);
        Employee leaver = employees.byPseudonym(pseudonym).orElseThrow();
        String path = "/people/employees/" + leaver.pseudonym();

        mvc.perform(post(path + "/erase")
                        .param("confirm", "P-WRONG000")
                        .with(analyst())
                        .with(csrf()))
                .andExpect(redirectedUrl(path))
                .andExpect(flash().attribute("failure", "employee.erase.notConfirmed"));
        assertThat(employees.byPseudonym(leaver.pseudonym())).isPresent();

        mvc.perform(post(path + "/erase")
                        .param("confirm", leaver.pseudonym().toLowerCase(java.util.Locale.ROOT))
                        .with(analyst())
                        .with(csrf()))
                .andExpect(redirectedUrl("/people/employees"))
                .andExpect(flash().attribute("notice", "employee.erase.done"));
        assertThat(employees.byPseudonym(leaver.pseudonym())).isEmpty();
        mvc.perform(get(path).with(analyst())).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownPseudonymIsNotFound() throws Exception {
        mvc.perform(get("/people/employees/P-NOTHERE").with(analyst())).andExpect(status().isNotFound());
    }

    private String page(String path, String language) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", language).with(analyst()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor analyst() {
        return user("analyst").roles("ANALYST", "VIEWER");
    }
}
