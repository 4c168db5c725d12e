package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.UnitReach;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Files whose headers are not Rendement's own: the upload stops at a mapping page, the user says
 * which column each unknown header holds, the file is read with that mapping, and the mapping is
 * saved for its source, so the next file with the same headers (in any order or case) is read
 * without asking. A mapping can be forgotten; a staged upload is only its uploader's.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class ColumnMappingIT {

    /** An HR system's own export: none of its headers is Rendement's. */
    static final String EXPORT_HEADER = "Personeelsnr.;Naam;Laatste werkdag;Reden vertrek";

    @Autowired
    MockMvc mvc;

    @Autowired
    Employees employees;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetMappings() {
        jdbc.sql("delete from import_mapping").update();
    }

    @Test
    void anExportWithItsOwnHeadersIsMappedOnceAndThenReadWithoutAsking() throws Exception {
        String number = stayer().employeeNumber().orElseThrow();
        String file = EXPORT_HEADER + "\n" + number + ";Anna;31-12-2099;vrijwillig\n";

        String mapping = upload("export.csv", file, "analyst");
        assertThat(mapping).startsWith("/data/uploads/");
        Document page = page(mapping, "en");
        assertThat(page.select("#mapping tbody th").eachText())
                .containsExactly("Personeelsnr.", "Naam", "Laatste werkdag", "Reden vertrek");
        assertThat(page.select("#mapping select")).hasSize(4);
        assertThat(page.select("#mapping-missing").text())
                .isEqualTo("Required columns no header holds yet: exit date, reason.");

        MockHttpServletResponse twice = mvc.perform(as(post(mapping), "analyst")
                        .param("column-0", "employee number")
                        .param("column-2", "exit date")
                        .param("column-3", "exit date")
                        .header("Accept-Language", "en"))
                .andReturn()
                .getResponse();
        assertThat(Jsoup.parse(twice.getContentAsString())
                        .select("#mapping-twice")
                        .text())
                .isEqualTo("More than one header is mapped to the same column: exit date."
                        + " Choose one header for each column.");
        assertThat(count("import_mapping")).isZero();
        long imports = count("import_record");

        String preview = redirectOf(mvc.perform(as(post(mapping), "analyst")
                        .param("column-0", "employee number")
                        .param("column-1", "")
                        .param("column-2", "exit date")
                        .param("column-3", "reason")
                        .param("remember", "true"))
                .andReturn()
                .getResponse());
        assertThat(preview).startsWith("/data/imports/");
        Document read = page(preview, "en");
        assertThat(read.select("#matched").text()).isEqualTo("1");
        assertThat(read.select("#added").text()).isEqualTo("1");
        assertThat(read.select("#mapping-used").text())
                .isEqualTo("Read with a column mapping: \u201cpersoneelsnr.\u201d as employee number;"
                        + " \u201cnaam\u201d ignored; \u201claatste werkdag\u201d as exit date;"
                        + " \u201creden vertrek\u201d as reason.");
        assertThat(count("import_record")).isEqualTo(imports + 1);
        assertThat(count("import_mapping")).isOne();
        discard(preview);

        String reordered =
                "reden vertrek,LAATSTE WERKDAG,naam,personeelsnr.\nvrijwillig,2099-12-31,Anna," + number + "\n";
        String again = upload("export-2.csv", reordered, "analyst");
        assertThat(again).as("the saved mapping is used without asking").startsWith("/data/imports/");
        assertThat(page(again, "en").select("#matched").text()).isEqualTo("1");
        discard(again);

        Document data = page("/data", "en");
        assertThat(data.select("#mappings tbody tr")).hasSize(1);
        assertThat(data.select("#mappings tbody td").eachText())
                .contains("Personeelsnr. · Naam · Laatste werkdag · Reden vertrek");
        String forget = data.select("#mappings form").attr("action");
        mvc.perform(as(post(forget), "analyst"));
        assertThat(count("import_mapping")).isZero();
        String asked = upload("export-3.csv", file, "analyst");
        assertThat(asked).as("a forgotten mapping is asked for again").startsWith("/data/uploads/");
        mvc.perform(as(post(asked + "/cancel"), "analyst"));
        assertThat(mvc.perform(as(get(asked), "analyst"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("a cancelled upload is gone")
                .isEqualTo(404);
    }

    @Test
    void aFileWithRendementsOwnHeadersAndExtraColumnsIsNotAskedAbout() throws Exception {
        String number = stayer().employeeNumber().orElseThrow();
        String preview = upload(
                "own.csv",
                "employee number;email;exit date;reason;department name\n" + number + ";;2099-12-31;voluntary;Sales\n",
                "analyst");

        assertThat(preview).startsWith("/data/imports/");
        assertThat(page(preview, "en").select("#mapping-used")).isEmpty();
        discard(preview);
    }

    @Test
    void aStagedUploadIsOnlyItsUploaders() throws Exception {
        String mapping = upload("export.csv", EXPORT_HEADER + "\n1;A;31-12-2099;vrijwillig\n", "analyst");

        assertThat(mvc.perform(as(get(mapping), "director"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(as(get("/data/uploads/not-a-token"), "analyst"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        mvc.perform(as(post(mapping + "/cancel"), "analyst"));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private void discard(String preview) throws Exception {
        mvc.perform(as(post(preview + "/discard"), "analyst"));
    }

    private Employee stayer() {
        return employees.employedOn(LocalDate.now(), UnitReach.EVERY_UNIT).stream()
                .map(Employees.Snapshot::employee)
                .filter(employee ->
                        employee.employeeNumber().isPresent() && employee.exit().isEmpty())
                .findFirst()
                .orElseThrow();
    }

    private String upload(String name, String content, String account) throws Exception {
        MockMultipartFile file =
                new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
        return redirectOf(mvc.perform(multipart("/data/imports")
                        .file(file)
                        .param("kind", "leavers")
                        .with(user(accounts.loadUserByUsername(account)))
                        .with(csrf()))
                .andReturn()
                .getResponse());
    }

    private Document page(String path, String language) throws Exception {
        MockHttpServletResponse response = mvc.perform(as(get(path), "analyst").header("Accept-Language", language))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private static String redirectOf(MockHttpServletResponse response) {
        assertThat(response.getRedirectedUrl()).as("a redirect").isNotNull();
        return response.getRedirectedUrl();
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String account) {
        return request.with(user(accounts.loadUserByUsername(account))).with(csrf());
    }
}
