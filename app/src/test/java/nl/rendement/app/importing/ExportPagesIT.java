package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rendement.app.importing.formats.Formats;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.importing.formats.PeopleFormats;
import nl.rendement.app.importing.formats.PersonColumns;
import nl.rendement.app.importing.formats.ProgrammeFormats;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.people.UnitReach;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeSummary;
import nl.rendement.app.security.Scopes;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The downloads of stored data on the demo organisation: every kind for an analyst, named for the
 * day, in the page's language; a unit-scoped analyst gets only the people of their units, a
 * programme-scoped one only their programme; viewers are refused and strangers sent to sign in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class ExportPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Employees employees;

    @Autowired
    OrgUnits units;

    @Autowired
    Scopes scopes;

    @Autowired
    ProgrammeCatalogue catalogue;

    @TempDir
    Path folder;

    @Test
    void anAnalystDownloadsEveryKindAsExcelAndCsvNamedForTheDayInThePagesLanguage() throws Exception {
        String today = LocalDate.now().toString();
        for (ImportFormat format : Formats.all()) {
            MockHttpServletResponse xlsx = download("analyst", "/data/exports/" + format.kind() + ".xlsx", "en");
            assertThat(xlsx.getStatus()).as(format.kind()).isEqualTo(200);
            assertThat(xlsx.getContentType()).startsWith("application/vnd.openxmlformats-officedocument");
            assertThat(xlsx.getHeader("Content-Disposition"))
                    .startsWith("attachment;")
                    .contains(format.kind() + "-" + today + ".xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
                List<String> headers = new ArrayList<>();
                workbook.getSheetAt(0).getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
                assertThat(headers)
                        .containsExactlyElementsOf(format.columns().stream()
                                .map(column -> column.column().english())
                                .toList());
            }

            MockHttpServletResponse csv = download("analyst", "/data/exports/" + format.kind() + ".csv", "nl");
            assertThat(csv.getStatus()).as(format.kind()).isEqualTo(200);
            assertThat(csv.getHeader("Content-Disposition")).contains(format.kind() + "-" + today + ".csv");
            assertThat(csv.getContentAsString(StandardCharsets.UTF_8))
                    .startsWith("\uFEFF"
                            + format.columns().stream()
                                    .map(column -> column.column().dutch())
                                    .collect(Collectors.joining(";")));
        }
        assertThat(rows("analyst", PeopleFormats.HR_SNAPSHOT, ""))
                .as("the demo's employees")
                .isNotEmpty();
    }

    @Test
    void aUnitScopedAnalystGetsOnlyThePeopleEmployedInTheirUnits() throws Exception {
        LocalDate day = LocalDate.now().minusDays(30);
        Set<String> inReach = employees.employedOn(day, units.reachOf(scopes.ofUsername("hrbp"))).stream()
                .map(snapshot -> snapshot.employee().employeeNumber().orElseThrow())
                .collect(Collectors.toSet());
        Set<String> everyone = numbers(rows("analyst", PeopleFormats.HR_SNAPSHOT, "?on=" + day));

        Set<String> exported = numbers(rows("hrbp", PeopleFormats.HR_SNAPSHOT, "?on=" + day));

        assertThat(exported).isNotEmpty().isEqualTo(inReach);
        assertThat(everyone).containsAll(exported).hasSizeGreaterThan(exported.size());
        assertThat(rows("hrbp", PeopleFormats.HR_SNAPSHOT, "?on=" + day))
                .allSatisfy(
                        row -> assertThat(row.date(PeopleFormats.SNAPSHOT_DATE)).contains(day));
    }

    @Test
    void aProgrammeScopedAnalystGetsTheirProgrammeAndNoOnesPersonalRows() throws Exception {
        Set<Long> granted = scopes.ofUsername("programme-lead").programmeIds();
        Set<String> names = catalogue.all().stream()
                .filter(programme -> granted.contains(programme.id()))
                .map(ProgrammeSummary::name)
                .collect(Collectors.toSet());

        List<Row> programmes = rows("programme-lead", ProgrammeFormats.PROGRAMMES, "");

        assertThat(programmes)
                .extracting(row -> row.text(ProgrammeFormats.NAME).orElseThrow())
                .containsExactlyInAnyOrderElementsOf(names);
        assertThat(rows("analyst", ProgrammeFormats.PROGRAMMES, "")).hasSizeGreaterThan(programmes.size());
        assertThat(rows("programme-lead", PeopleFormats.HR_SNAPSHOT, "")).isEmpty();
    }

    @Test
    void viewersAreRefusedAndStrangersAreSentToSignIn() throws Exception {
        assertThat(download("viewer", "/data/exports/kpi-observations.xlsx", "en")
                        .getStatus())
                .isEqualTo(403);
        MockHttpServletResponse stranger = mvc.perform(
                        get("/data/exports/kpi-observations.csv").with(anonymous()))
                .andReturn()
                .getResponse();
        assertThat(stranger.getStatus()).isEqualTo(302);
        assertThat(stranger.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void anUnknownKindOrFileTypeIsNotFoundAndADayThatIsNoDateIsABadRequest() throws Exception {
        assertThat(download("analyst", "/data/exports/salaries.csv", "en").getStatus())
                .isEqualTo(404);
        assertThat(download("analyst", "/data/exports/leavers.pdf", "en").getStatus())
                .isEqualTo(404);
        assertThat(download("analyst", "/data/exports/hr-snapshot.csv?on=31-13-2025", "en")
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void theDataPageLinksEveryKindsDownloadsInBothLanguagesAlsoForAScopedAnalyst() throws Exception {
        Document dutch = page("hrbp", "nl");
        assertThat(dutch.select("#export-heading").text()).isEqualTo("Gegevens downloaden");
        for (ImportFormat format : Formats.all()) {
            assertThat(dutch.select("#export-" + format.kind() + " a").eachAttr("href"))
                    .containsExactly(
                            "/data/exports/" + format.kind() + ".xlsx", "/data/exports/" + format.kind() + ".csv");
        }
        assertThat(dutch.select("#snapshot-export button").eachText()).containsExactly("Excel", "CSV");
        assertThat(page("analyst", "en").select("#export-heading").text()).isEqualTo("Download the data");
    }

    @Test
    void anImportsPageOffersWhatEachRowDoesAsAFileToAnalystsOfTheWholeOrganisation() throws Exception {
        String number = employees.employedOn(LocalDate.now(), UnitReach.EVERY_UNIT).stream()
                .map(Employees.Snapshot::employee)
                .filter(employee ->
                        employee.employeeNumber().isPresent() && employee.exit().isEmpty())
                .findFirst()
                .flatMap(employee -> employee.employeeNumber())
                .orElseThrow();
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "leavers.csv",
                "text/csv",
                ("employee number,exit date,reason\n" + number + ",2099-12-31,other\n")
                        .getBytes(StandardCharsets.UTF_8));
        String preview = mvc.perform(multipart("/data/imports")
                        .file(file)
                        .param("kind", "leavers")
                        .with(user(accounts.loadUserByUsername("analyst")))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        try {
            assertThat(Jsoup.parse(download("analyst", preview, "en").getContentAsString(StandardCharsets.UTF_8))
                            .select("#change-downloads a")
                            .eachAttr("href"))
                    .containsExactly(preview + "/changes.xlsx", preview + "/changes.csv");
            List<String> lines = download("analyst", preview + "/changes.csv", "en")
                    .getContentAsString(StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).isEqualTo("\uFEFFrow,subject,action,before,after");
            assertThat(lines.get(1)).startsWith("2,").contains(",added,,");
            assertThat(download("hrbp", preview + "/changes.csv", "en").getStatus())
                    .isEqualTo(403);
        } finally {
            mvc.perform(post(preview + "/discard")
                    .with(user(accounts.loadUserByUsername("analyst")))
                    .with(csrf()));
        }
    }

    private MockHttpServletResponse download(String login, String path, String language) throws Exception {
        return mvc.perform(
                        get(path).with(user(accounts.loadUserByUsername(login))).header("Accept-Language", language))
                .andReturn()
                .getResponse();
    }

    /** The rows of an English CSV export, read back by the tabular reader. */
    private List<Row> rows(String login, ImportFormat format, String query) throws Exception {
        MockHttpServletResponse response = download(login, "/data/exports/" + format.kind() + ".csv" + query, "en");
        assertThat(response.getStatus()).isEqualTo(200);
        Path file = folder.resolve(login + "-" + format.kind() + ".csv");
        Files.write(file, response.getContentAsByteArray());
        TableResult read =
                TabularReader.of(format.schema()).read(file, file.getFileName().toString());
        assertThat(read).isInstanceOf(TableResult.Rows.class);
        return ((TableResult.Rows) read).rows();
    }

    private static Set<String> numbers(List<Row> rows) {
        return rows.stream()
                .map(row -> row.text(PersonColumns.EMPLOYEE_NUMBER).orElseThrow())
                .collect(Collectors.toSet());
    }

    private Document page(String login, String language) throws Exception {
        return Jsoup.parse(download(login, "/data", language).getContentAsString(StandardCharsets.UTF_8));
    }
}
