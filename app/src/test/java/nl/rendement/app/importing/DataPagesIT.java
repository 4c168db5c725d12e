package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.UnitReach;
import nl.rendement.app.programme.ProgrammeCatalogue;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The Data page on the demo organisation: upload a leavers file, read its preview, commit, undo;
 * a file with problems shows each one and is committed only row by valid row. Every test undoes
 * what it commits, so the shared demo database stays as it was.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class DataPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Employees employees;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void uploadPreviewCommitAndUndoALeaver() throws Exception {
        Employee someone = stayer();
        String number = someone.employeeNumber().orElseThrow();

        String preview =
                upload("vertrek.csv", "personeelsnummer;uitdienstdatum;reden\n" + number + ";31-12-2099;vrijwillig\n");
        Document page = page(preview, "nl");

        assertThat(page.select("h1").text()).isEqualTo("Import van vertrek.csv");
        assertThat(page.select("#matched").text()).isEqualTo("1");
        assertThat(page.select("#added").text()).isEqualTo("1");
        assertThat(page.select("#problems")).isEmpty();
        assertThat(employees.byId(someone.id()).orElseThrow().exit()).isEmpty();

        Document committed = follow(mvc.perform(as(post(preview + "/commit"))).andReturn());
        assertThat(committed.select(".flash-ok").text()).isEqualTo("The import is committed.");
        assertThat(employees.byId(someone.id()).orElseThrow().exit()).isPresent();

        mvc.perform(as(post(preview + "/undo")));
        assertThat(employees.byId(someone.id()).orElseThrow().exit()).isEmpty();
        assertThat(page("/data", "en").select("#history").text()).contains("vertrek.csv", "Undone");
    }

    /** An import may change a million values: its page lists the first ones, counts them all and points to the download. */
    @Test
    void aPreviewOfManyChangedValuesListsTheFirstAndCountsThemAll() throws Exception {
        int changes = DataController.CHANGED_SHOWN + 1;
        List<String> rows = jdbc.sql("select k.code as kpi, u.code as team, o.period_start, o.kpi_value, o.weight"
                        + " from kpi_observation o join kpi_definition k on k.id = o.kpi_id"
                        + " join org_unit u on u.id = o.unit_id order by o.id fetch first " + changes + " rows only")
                .query((rs, n) -> String.join(
                        ",",
                        rs.getString("kpi"),
                        "",
                        "",
                        rs.getString("team"),
                        rs.getObject("period_start", LocalDate.class).toString(),
                        rs.getBigDecimal("kpi_value").add(BigDecimal.ONE).toPlainString(),
                        Optional.ofNullable(rs.getBigDecimal("weight"))
                                .map(BigDecimal::toPlainString)
                                .orElse("")))
                .list();
        assertThat(rows).hasSize(changes);

        String preview = upload(
                "kpi.csv",
                "kpi-observations",
                "kpi,employee number,email,team,period start,value,weight\n" + String.join("\n", rows) + "\n");
        Document page = page(preview, "en");

        assertThat(page.select("dd#changed").text()).isEqualTo(String.valueOf(changes));
        assertThat(page.select("#changed-heading").text()).isEqualTo("Changed values (" + changes + ")");
        assertThat(page.select("table#changed tbody tr")).hasSize(DataController.CHANGED_SHOWN);
        assertThat(page.select("#changed-first").text())
                .isEqualTo("The first " + DataController.CHANGED_SHOWN
                        + " are listed below; the download above has every one.");
        mvc.perform(as(post(preview + "/discard")));
    }

    @Test
    void aFileWithProblemsListsEachAndCommitsOnlyTheValidRowsWhenAskedTo() throws Exception {
        Employee someone = stayer();
        String preview = upload(
                "leavers.csv",
                "employee number,exit date,reason\n" + someone.employeeNumber().orElseThrow()
                        + ",2099-12-31,voluntary\nNO-SUCH-NUMBER,2099-12-31,voluntary\n");

        Document page = page(preview, "en");
        assertThat(page.select("#problems tbody tr")).hasSize(1);
        assertThat(page.select("#problems tbody td").eachText())
                .containsExactly(
                        "3",
                        "employee number",
                        "NO-SUCH-NUMBER",
                        "No employee has this employee number or email address; the row is not imported.");
        assertThat(page.select("button").eachText())
                .contains("Import only the valid rows")
                .doesNotContain("Commit");

        Document refused = follow(mvc.perform(as(post(preview + "/commit")).header("Accept-Language", "en"))
                .andReturn());
        assertThat(refused.select("#refusal").text())
                .isEqualTo("1 row has problems: correct the file, or choose to import only the valid rows.");
        assertThat(employees.byId(someone.id()).orElseThrow().exit()).isEmpty();

        mvc.perform(as(post(preview + "/commit").param("onlyValidRows", "true")));
        assertThat(employees.byId(someone.id()).orElseThrow().exit()).isPresent();
        mvc.perform(as(post(preview + "/undo")));
        assertThat(employees.byId(someone.id()).orElseThrow().exit()).isEmpty();
    }

    @Test
    void theProblemsDownloadAsCsvAndExcelWithFormulasMadeInert() throws Exception {
        String preview =
                upload("leavers.csv", "employee number,exit date,reason\n=HYPERLINK(\"x\"),2099-12-31,other\n");

        String csv = mvc.perform(as(get(preview + "/problems.csv")).header("Accept-Language", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList())
                .hasSize(2)
                .element(1)
                .asString()
                .startsWith("leavers.csv,2,employee number,\"'=HYPERLINK(\"\"x\"\")\",No employee has this");
        byte[] xlsx = mvc.perform(as(get(preview + "/problems.xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFCell value = book.getSheetAt(0).getRow(1).getCell(3);
            assertThat(value.getCellType()).isEqualTo(CellType.STRING);
            assertThat(value.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
        }
    }

    @Test
    void theDutchTemplateFilledInWithARealLeaverIsMatchedAndPlanned() throws Exception {
        MockHttpServletResponse download = mvc.perform(
                        as(get("/data/templates/leavers.csv")).header("Accept-Language", "nl"))
                .andReturn()
                .getResponse();
        assertThat(download.getHeader("Content-Disposition"))
                .contains("attachment")
                .contains(".csv");
        String template = download.getContentAsString(StandardCharsets.UTF_8);
        String header = template.lines().findFirst().orElseThrow();
        assertThat(header).contains("personeelsnummer").contains(";");
        String filledIn = header + "\n" + stayer().employeeNumber().orElseThrow() + ";;31-12-2099;pensioen\n";

        Document page = page(upload("sjabloon.csv", filledIn), "nl");

        assertThat(page.select("#matched").text()).isEqualTo("1");
        assertThat(page.select("#added").text()).isEqualTo("1");
        assertThat(page.select("#problems")).isEmpty();
        assertThat(mvc.perform(as(get("/data/templates/leavers.xlsx")))
                        .andReturn()
                        .getResponse()
                        .getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void ambiguousDatesAreRefusedUntilTheUploaderSaysTheDayComesFirst() throws Exception {
        String content =
                "employee number,exit date,reason\n" + stayer().employeeNumber().orElseThrow() + ",03-04-2099,other\n";

        Document undecided = page(upload("dates.csv", content), "en");
        assertThat(undecided.select("#problems tbody td").eachText())
                .anySatisfy(text -> assertThat(text).startsWith("The dates are ambiguous"));

        MockMultipartFile file =
                new MockMultipartFile("file", "dates.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
        String declared = redirectOf(mvc.perform(multipart("/data/imports")
                        .file(file)
                        .param("kind", "leavers")
                        .param("dates", "DAY_MONTH")
                        .with(user(accounts.loadUserByUsername("analyst")))
                        .with(csrf()))
                .andReturn()
                .getResponse());
        assertThat(page(declared, "en").select("#problems")).isEmpty();
    }

    @Test
    void theDataPageSaysHowMuchOfEachKindRendementHolds() throws Exception {
        Document page = page("/data", "en");

        assertThat(page.select("#templates tbody tr")).hasSize(12);
        assertThat(page.select("#kind-programmes .held").text())
                .isEqualTo(String.valueOf(catalogue.all().size()));
        assertThat(page.select("#kind-hr-snapshot .held").text()).isEqualTo(String.valueOf(employees.count(false)));
        assertThat(page.select("#kind-cost-lines .held").text())
                .as("the demo's cost ledger, brought in through the importer")
                .isEqualTo(String.valueOf(jdbc.sql("select count(*) from cost_line")
                        .query(Long.class)
                        .single()))
                .isNotEqualTo("0");
    }

    @Test
    void anAnalystLimitedToSomeUnitsIsToldWhyThereIsNoUpload() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/data")
                        .with(user(accounts.loadUserByUsername("hrbp")))
                        .header("Accept-Language", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("#imports-limited").text()).startsWith("Imports change data of the whole organisation");
        assertThat(page.select("form[enctype]")).isEmpty();
    }

    private Employee stayer() {
        return employees.employedOn(LocalDate.now(), UnitReach.EVERY_UNIT).stream()
                .map(Employees.Snapshot::employee)
                .filter(employee ->
                        employee.employeeNumber().isPresent() && employee.exit().isEmpty())
                .findFirst()
                .orElseThrow();
    }

    private String upload(String name, String content) throws Exception {
        return upload(name, "leavers", content);
    }

    private String upload(String name, String kind, String content) throws Exception {
        MockMultipartFile file =
                new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
        return redirectOf(mvc.perform(multipart("/data/imports")
                        .file(file)
                        .param("kind", kind)
                        .with(user(accounts.loadUserByUsername("analyst")))
                        .with(csrf()))
                .andReturn()
                .getResponse());
    }

    private Document page(String path, String language) throws Exception {
        MockHttpServletResponse response = mvc.perform(as(get(path)).header("Accept-Language", language))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    /** The page a step redirects to, with the notice or refusal it left for it. */
    private Document follow(MvcResult step) throws Exception {
        String target = redirectOf(step.getResponse());
        return Jsoup.parse(
                mvc.perform(as(get(target)).flashAttrs(step.getFlashMap()).header("Accept-Language", "en"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
    }

    private static String redirectOf(MockHttpServletResponse response) {
        assertThat(response.getRedirectedUrl()).isNotNull();
        return response.getRedirectedUrl();
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.loadUserByUsername("analyst"))).with(csrf());
    }
}
