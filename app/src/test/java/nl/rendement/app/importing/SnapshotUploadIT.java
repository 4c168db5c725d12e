package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.EmployeeAttributes;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.people.UnitReach;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The upload form's snapshot date and "lists every employee" box reach the HR snapshot import:
 * on the demo organisation, previews only (nothing is committed).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class SnapshotUploadIT {

    static final String HEADER =
            "employee number,hire date,org unit,job group,manager,annual salary,currency,fte,contract hours";

    @Autowired
    MockMvc mvc;

    @Autowired
    Employees employees;

    @Autowired
    OrgUnits units;

    @Autowired
    UserDetailsService accounts;

    @Test
    void theFormAsksForTheSnapshotDateAndWhetherTheFileListsEveryone() throws Exception {
        Document page = page("/data", "nl");

        assertThat(page.select("input#snapshot-date[name=snapshotDate][type=date]"))
                .hasSize(1);
        assertThat(page.select("input#full-snapshot[name=fullSnapshot][type=checkbox]"))
                .hasSize(1);
        assertThat(page.select("label[for=full-snapshot]").text())
                .isEqualTo("Dit bestand noemt alle medewerkers (meld wie ontbreekt als mogelijk vertrokken)");
    }

    @Test
    void aFullSnapshotWithTheDateGivenOnUploadIsPlannedForThatDayAndNamesWhoIsMissing() throws Exception {
        LocalDate today = LocalDate.now();
        String row = rowOf(stayer(today), today);

        Document page = page(upload(HEADER + "\n" + row + "\n", today.toString(), true), "en");

        assertThat(page.select("#problems")).isEmpty();
        assertThat(page.select("#matched").text()).isEqualTo("1");
        assertThat(page.select("#newcomers").text()).isEqualTo("0");
        assertThat(page.select("#same").text()).isEqualTo("1");
        assertThat(page.select("#notices tbody tr"))
                .hasSize(employees.employedOn(today, UnitReach.EVERY_UNIT).size() - 1);
    }

    @Test
    void withoutADateTheWholeFileIsAProblem() throws Exception {
        LocalDate today = LocalDate.now();

        Document page = page(upload(HEADER + "\n" + rowOf(stayer(today), today) + "\n", "", false), "en");

        assertThat(page.select("#problems tbody td").eachText())
                .containsExactly(
                        "file",
                        "snapshot date",
                        "The file has no snapshot date: add a “snapshot date” column or give the date when uploading.");
        assertThat(page.select("#notices")).isEmpty();
    }

    private Employees.Snapshot stayer(LocalDate day) {
        return employees.employedOn(day, UnitReach.EVERY_UNIT).stream()
                .filter(found -> found.employee().employeeNumber().isPresent())
                .filter(found -> found.attributes()
                                .managerId()
                                .flatMap(employees::byId)
                                .flatMap(Employee::employeeNumber)
                                .isPresent()
                        || found.attributes().managerId().isEmpty())
                .findFirst()
                .orElseThrow();
    }

    /** The employee as HR knows them on the day: the same as stored. */
    private String rowOf(Employees.Snapshot stayer, LocalDate day) {
        EmployeeAttributes now = stayer.attributes();
        OrgUnit unit = units.byId(now.unitId()).orElseThrow();
        Optional<String> manager = now.managerId().flatMap(employees::byId).flatMap(Employee::employeeNumber);
        return String.join(
                ",",
                List.of(
                        stayer.employee().employeeNumber().orElseThrow(),
                        stayer.employee().hireDate().toString(),
                        unit.code(),
                        "\"" + now.jobGroup() + "\"",
                        manager.orElse(""),
                        now.annualSalary().amount().toPlainString(),
                        now.annualSalary().currency().getCurrencyCode(),
                        now.fte().toPlainString(),
                        now.contractHours().toPlainString()));
    }

    private String upload(String content, String snapshotDate, boolean full) throws Exception {
        MockMultipartFile file =
                new MockMultipartFile("file", "hr.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
        MockMultipartHttpServletRequestBuilder request = multipart("/data/imports")
                .file(file)
                .param("kind", "hr-snapshot")
                .param("snapshotDate", snapshotDate)
                .param("fullSnapshot", String.valueOf(full))
                .with(user(accounts.loadUserByUsername("analyst")))
                .with(csrf());
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).startsWith("/data/imports/");
        return response.getRedirectedUrl();
    }

    private Document page(String path, String language) throws Exception {
        MockHttpServletResponse response = mvc.perform(as(get(path)).header("Accept-Language", language))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.loadUserByUsername("analyst"))).with(csrf());
    }
}
