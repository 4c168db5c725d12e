package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.rendement.app.kpi.KpiDefinition;
import nl.rendement.app.kpi.KpiDefinitions;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.people.UnitKind;
import nl.rendement.engine.measures.Aggregation;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.PeriodLength;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A file of 50,000 KPI observations through the Data page, with no wait before the page shows
 * progress: while the reading (once partway through the file's bytes, then at the start of the
 * checking) and then the commit are held at a gate the test opens, the page (and a reload of it)
 * shows the bar and the progress fragment says the phase and how far; once
 * the job ends, the fragment tells htmx to reload and the page shows the preview, then the
 * result.
 */
@SpringBootTest(properties = "rendement.imports.progress-after=0ms")
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class ImportProgressIT {

    private static final int TEAMS = 50;
    private static final int DAYS = 1_000;
    private static final Duration LONG = Duration.ofSeconds(120);
    private static final Path STAGING = staging();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    KpiDefinitions definitions;

    @Autowired
    OrgUnits units;

    @Autowired
    ImportJobs jobs;

    @Autowired
    Imports imports;

    @Autowired
    ImportGate gate;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void stagingFolder(DynamicPropertyRegistry properties) {
        properties.add("rendement.import.staging", STAGING::toString);
    }

    @Test
    void aLargeFileShowsItsProgressWhileReadAndCommittedAndThenItsPreviewAndResult() throws Exception {
        ImportGate.Hold firstPass = gate.armUnderway(ImportProgress.Phase.READING);
        ImportGate.Hold checking = gate.arm(ImportProgress.Phase.CHECKING);
        String content = observations();
        long size = content.getBytes(StandardCharsets.UTF_8).length;
        String page = upload(content);

        assertThat(firstPass.reached()).isTrue();
        String megabytes = new BigDecimal(size)
                .movePointLeft(6)
                .setScale(1, RoundingMode.HALF_EVEN)
                .toPlainString();
        Element bar = Jsoup.parse(fragment(page).getContentAsString()).selectFirst("progress");
        assertThat(bar).as("a bar of known length while the file is read").isNotNull();
        assertThat(bar.attr("max")).isEqualTo(String.valueOf(size));
        assertThat(Long.parseLong(bar.attr("value"))).isPositive().isLessThanOrEqualTo(size);
        Document firstPassPage = page(page, "en");
        assertThat(firstPassPage.select("#progress-label").text())
                .startsWith("Reading the file: ")
                .endsWith(" of " + megabytes + " MB");
        assertThat(firstPassPage.select("#progress-percent").text()).endsWith("%");
        assertThat(page(page, "nl").select("#progress-label").text())
                .startsWith("Bestand lezen: ")
                .endsWith(" van " + megabytes.replace('.', ',') + " MB");
        firstPass.release();

        assertThat(checking.reached()).isTrue();
        Document reading = page(page, "en");
        assertThat(reading.select("#progress progress")).hasSize(1);
        assertThat(reading.select("#progress-status").attr("aria-live")).isEqualTo("polite");
        assertThat(reading.select("#progress-status").attr("hx-get")).isEqualTo(page + "/progress");
        assertThat(reading.select("#progress-label").text()).isEqualTo("Checking rows: 0 of 50,000");
        assertThat(reading.select("#progress-percent").text()).isEqualTo("0%");
        assertThat(reading.select("#summary-heading").text()).isEqualTo("Being read and checked");
        assertThat(reading.select("form[action$=/commit]")).isEmpty();
        assertThat(reading.select("#rows"))
                .as("no counts before they are known")
                .isEmpty();
        Document reloaded = page(page, "nl");
        assertThat(reloaded.select("#progress-label").text()).isEqualTo("Rijen controleren: 0 van 50.000");
        assertThat(reloaded.select("#progress-refresh").attr("href")).isEqualTo(page);
        assertThat(fragment(page).getHeader("HX-Refresh")).isNull();
        assertThat(Jsoup.parse(fragment(page).getContentAsString()).select("progress[max=50000][value=0]"))
                .hasSize(1);
        assertThat(staged()).as("the uploaded file is kept while it is read").hasSize(1);

        checking.release();
        assertThat(jobs.of(id(page)).orElseThrow().await(LONG)).isTrue();

        assertThat(fragment(page).getHeader("HX-Refresh")).isEqualTo("true");
        assertThat(staged()).as("the uploaded file is removed once read").isEmpty();
        Document preview = page(page, "en");
        assertThat(preview.select("#progress")).isEmpty();
        assertThat(preview.select("#rows").text()).isEqualTo("50000");
        assertThat(preview.select("#added").text()).isEqualTo("50000");
        assertThat(preview.select("#refusal")).isEmpty();

        ImportGate.Hold committing = gate.arm(ImportProgress.Phase.COMMITTING);
        MvcResult commit = mvc.perform(as(post(page + "/commit"))).andReturn();
        assertThat(commit.getResponse().getRedirectedUrl()).isEqualTo(page);
        assertThat(commit.getFlashMap().keySet()).as("no result yet").isEmpty();
        assertThat(committing.reached()).isTrue();
        Document committingPage = page(page, "en");
        assertThat(committingPage.select("#progress-label").text()).isEqualTo("Committing: 0 of 50,000 rows");
        assertThat(committingPage.select("form[action$=/discard]")).isEmpty();
        assertThat(page(page, "en").select("#progress progress")).hasSize(1);
        MvcResult discard = mvc.perform(as(post(page + "/discard")).header("Accept-Language", "en"))
                .andReturn();
        assertThat(discard.getFlashMap().get("refusal"))
                .isEqualTo("This import is being read or committed; wait until that has ended.");

        committing.release();
        assertThat(jobs.of(id(page)).orElseThrow().await(LONG)).isTrue();

        assertThat(fragment(page).getHeader("HX-Refresh")).isEqualTo("true");
        Document committed = page(page, "en");
        assertThat(committed.select("#summary-heading").text()).isEqualTo("Committed");
        assertThat(committed.select(".flash-ok").text()).isEqualTo("The import is committed.");
        assertThat(page(page, "en").select(".flash-ok"))
                .as("the result is told once")
                .isEmpty();
        assertThat(jdbc.sql(
                                "select count(*) from kpi_observation where kpi_id = (select id from kpi_definition where code = 'progress-days')")
                        .query(Long.class)
                        .single())
                .isEqualTo((long) TEAMS * DAYS);

        mvc.perform(as(post(page + "/undo")));
    }

    @Test
    void anImportMarkedAsReadWithoutAJobSaysSoAndAFailedJobSaysWhatToDo() throws Exception {
        long lost = imports.start("leavers", "lost.csv", "analyst", ImportOptions.none());

        Document page = page("/data/imports/" + lost, "en");
        assertThat(page.select("#progress")).as("no bar for work nobody does").isEmpty();
        assertThat(page.select("#progress-lost").text())
                .startsWith("This import is marked as being read, but this application is not reading it now");
        assertThat(fragment("/data/imports/" + lost).getHeader("HX-Refresh")).isEqualTo("true");

        ImportJob failed = jobs.run(
                lost,
                ImportJob.Step.READ,
                progress -> {
                    throw new IllegalStateException("a bug");
                },
                () -> {});
        assertThat(failed.await(LONG)).isTrue();

        Document interrupted = page("/data/imports/" + lost, "en");
        assertThat(interrupted.select("#summary-heading").text()).startsWith("Interrupted");
        assertThat(interrupted.select("#refusal").text())
                .isEqualTo("The work on this import stopped because of an error; nothing of it was applied."
                        + " Try again, or ask your administrator to look at the application log.");
        assertThat(interrupted.select("#interrupted").text())
                .contains("Upload the file again to read it anew.")
                .contains("Upload the file again");
        assertThat(interrupted.select("#progress-lost")).isEmpty();
        assertThat(page("/data/imports/" + lost, "nl").select("#interrupted").text())
                .contains("Upload het bestand opnieuw");
    }

    @TestConfiguration
    static class GateConfiguration {

        @Bean
        ImportGate gate() {
            return new ImportGate();
        }
    }

    /** A KPI counted per day, 50 teams and a value for each on 1,000 days. */
    private String observations() {
        definitions.add(new KpiDefinition(
                "progress-days",
                "progress-days",
                "units",
                Direction.HIGHER_IS_BETTER,
                Aggregation.SUM,
                PeriodLength.DAY,
                Optional.empty(),
                Optional.empty()));
        StringBuilder file = new StringBuilder("kpi,employee number,email,team,period start,value,weight\n");
        LocalDate first = LocalDate.of(2020, 1, 1);
        for (int team = 1; team <= TEAMS; team++) {
            String code = "KPI-PROGRESS-" + team;
            units.add(code, code, UnitKind.TEAM, Optional.empty(), first);
            for (int day = 0; day < DAYS; day++) {
                file.append("progress-days,,,")
                        .append(code)
                        .append(',')
                        .append(first.plusDays(day))
                        .append(',')
                        .append(day)
                        .append(",\n");
            }
        }
        return file.toString();
    }

    private String upload(String content) throws Exception {
        MockMultipartFile file =
                new MockMultipartFile("file", "observations.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
        String target = mvc.perform(multipart("/data/imports")
                        .file(file)
                        .param("kind", "kpi-observations")
                        .with(user(accounts.loadUserByUsername("analyst")))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(target).startsWith("/data/imports/");
        return target;
    }

    private Document page(String path, String language) throws Exception {
        MockHttpServletResponse response = mvc.perform(as(get(path)).header("Accept-Language", language))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private MockHttpServletResponse fragment(String page) throws Exception {
        MockHttpServletResponse response = mvc.perform(as(get(page + "/progress"))
                        .header("Accept-Language", "en")
                        .header("HX-Request", "true"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response;
    }

    private static long id(String page) {
        return Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
    }

    private static List<Path> staged() throws IOException {
        try (Stream<Path> files = Files.list(STAGING)) {
            return files.filter(file -> file.toString().endsWith(".upload")).toList();
        }
    }

    private static Path staging() {
        try {
            return Files.createTempDirectory("rendement-progress-staging");
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.loadUserByUsername("analyst"))).with(csrf());
    }
}
