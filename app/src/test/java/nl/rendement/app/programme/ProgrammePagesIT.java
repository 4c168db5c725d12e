package nl.rendement.app.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.rendement.app.organisation.Organisation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The programme pages over the demo organisation, as its analyst and its viewer use them. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class ProgrammePagesIT {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    CohortRegister register;

    @Autowired
    Organisation organisation;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void listsTheDemoProgrammesWithTheirKindStatusAndObjective(String language) throws Exception {
        Document page = page("/programmes", "viewer", language);

        String table = page.select("#programmes").text();
        assertThat(table).contains("Welkom bij Voorbeeldgroep", "Leiderschap in de praktijk");
        assertThat(table)
                .contains(text("programme.type.onboarding", language), text("programmes.col.cohorts", language));
        assertThat(page.select("#programmes tbody tr")).hasSizeGreaterThanOrEqualTo(9);
        assertThat(page.select("a[href='/programmes/new']"))
                .as("no new-programme link for a viewer")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void showsAProgrammeWithItsCohortsAndTheEffectiveObjective(String language) throws Exception {
        long id = demoProgramme("Leiderschap in de praktijk");
        Document page = page("/programmes/" + id, "analyst", language);

        assertThat(page.select("h1").text()).isEqualTo("Leiderschap in de praktijk");
        assertThat(page.select(".facts").text())
                .contains(text("programmes.field.roiObjective", language), "Algemeen directeur");
        assertThat(page.select("#cohorts tbody tr")).isNotEmpty();
        assertThat(page.select("#cohorts thead").text()).contains(text("programmes.col.completion", language));
    }

    @Test
    void marksAnObjectiveTakenFromTheOrganisationAsItsDefault() throws Exception {
        long id = catalogue.create("analyst", draft(unique("Zonder eigen doel")));

        Document page = page("/programmes/" + id, "analyst", "en");

        assertThat(page.select(".facts").text())
                .contains(text("programmes.roi.default", "en"))
                .doesNotContain(text("programmes.owner.unknown", "en"));
    }

    @Test
    void hidesSmallCohortsAndTheCohortThatWouldRevealThem() throws Exception {
        assertThat(organisation.settings().anonymityThreshold()).as("k").isEqualTo(5);
        long id = catalogue.create("analyst", draft(unique("Kleine groepen")));
        List<Long> employees = jdbc.sql("select id from employee order by id")
                .query(Long.class)
                .list()
                .subList(0, 20);
        enrol(id, "Groot", employees.subList(0, 12), 6);
        enrol(id, "Midden", employees.subList(12, 17), 5);
        enrol(id, "Klein", employees.subList(17, 20), 3);

        Document page = page("/programmes/" + id, "viewer", "en");

        String hidden = text("programmes.hidden", "en");
        assertThat(page.select("#cohorts tbody tr th").eachText()).containsExactly("Groot", "Klein", "Midden");
        assertThat(page.select("#cohorts tbody tr").get(0).select("td.num").eachText())
                .containsExactly("12", "6", "50%", "0");
        assertThat(page.select("#cohorts tbody tr").get(1).select("td.num").eachText())
                .containsOnly(hidden);
        assertThat(page.select("#cohorts tbody tr").get(2).select("td.num").eachText())
                .as("5 is not small, but with it shown the 3 of Klein follow from the total")
                .containsOnly(hidden);
        assertThat(page.select(".facts").text()).contains("20", "70%");
        assertThat(page.select("#history")).as("no history for a viewer").isEmpty();
    }

    @Test
    void createsAProgrammeAndRecordsTheChange() throws Exception {
        String name = unique("Veilig werken");
        long changesBefore = count("select count(*) from programme_change");

        MockHttpServletResponse response = mvc.perform(as("analyst", post("/programmes"))
                        .param("version", "0")
                        .param("name", name)
                        .param("type", "compliance")
                        .param("ownerId", String.valueOf(userId("analyst")))
                        .param("status", "planned")
                        .param("deliveryMode", "online")
                        .param("mandatory", "true")
                        .param("dueDate", "2026-12-31")
                        .param("roiObjectivePercent", "12,5")
                        .param("targetLevel", "2")
                        .param("lmsCourseIds", "VW-" + NAMES.get() + "-A, VW-" + NAMES.get() + "-B"))
                .andReturn()
                .getResponse();

        long id = programmeNamed(name).orElseThrow();
        assertThat(response.getRedirectedUrl()).isEqualTo("/programmes/" + id);
        Programme created = catalogue.byId(id).orElseThrow();
        assertThat(created.details().roiObjectivePercent())
                .hasValueSatisfying(percent -> assertThat(percent).isEqualByComparingTo("12.5"));
        assertThat(created.details().lmsCourseIds()).hasSize(2);
        assertThat(count("select count(*) from programme_change")).isGreaterThan(changesBefore);
        Document page = page("/programmes/" + id, "analyst", "nl");
        assertThat(page.select("#history").text()).contains("analyst", "Uiterste datum");
    }

    @Test
    void showsAFieldErrorNextToTheFieldAndWritesNothing() throws Exception {
        long programmes = count("select count(*) from programme");

        MockHttpServletResponse response = mvc.perform(as("analyst", post("/programmes"))
                        .header("Accept-Language", "en")
                        .param("version", "0")
                        .param("_mandatory", "on")
                        .param("name", unique("Zonder soort"))
                        .param("type", "")
                        .param("ownerId", String.valueOf(userId("analyst")))
                        .param("status", "planned")
                        .param("deliveryMode", "online")
                        .param("targetLevel", "2"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("#type-error").text()).isEqualTo(text("programme.error.type", "en"));
        assertThat(page.select("#type").attr("aria-invalid")).isEqualTo("true");
        assertThat(count("select count(*) from programme")).isEqualTo(programmes);
    }

    @Test
    void refusesAnEditMadeOnAStaleVersion() throws Exception {
        String name = unique("Oud");
        long id = catalogue.create("analyst", draft(name));
        Programme programme = catalogue.byId(id).orElseThrow();
        catalogue.update("director", id, programme.version(), draft(name + " bijgewerkt"));
        long changes = count("select count(*) from programme_change");

        MockHttpServletResponse response = mvc.perform(as("analyst", post("/programmes/" + id))
                        .header("Accept-Language", "en")
                        .param("version", String.valueOf(programme.version()))
                        .param("_mandatory", "on")
                        .param("name", name + " door een ander")
                        .param("type", "sales")
                        .param("ownerId", String.valueOf(userId("analyst")))
                        .param("status", "running")
                        .param("deliveryMode", "classroom")
                        .param("targetLevel", "3"))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(response.getContentAsString())
                        .select("[role=alert]")
                        .text())
                .contains(text("programme.error.stale", "en"));
        assertThat(catalogue.byId(id).orElseThrow().details().name()).isEqualTo(name + " bijgewerkt");
        assertThat(count("select count(*) from programme_change")).isEqualTo(changes);
    }

    @Test
    void addsACohortAndShowsIt() throws Exception {
        long id = catalogue.create("analyst", draft(unique("Met cohort")));

        MockHttpServletResponse response = mvc.perform(as("analyst", post("/programmes/" + id + "/cohorts"))
                        .param("name", "Voorjaar")
                        .param("start", "2026-03-02")
                        .param("end", "2026-03-27")
                        .param("deliveryMode", "classroom")
                        .param("location", "Utrecht")
                        .param("language", "nl"))
                .andReturn()
                .getResponse();

        assertThat(response.getRedirectedUrl()).isEqualTo("/programmes/" + id);
        assertThat(register.cohorts(id))
                .singleElement()
                .satisfies(cohort -> assertThat(cohort.details().start()).isEqualTo(LocalDate.of(2026, 3, 2)));
        Document page = page("/programmes/" + id, "analyst", "en");
        assertThat(page.select("#cohorts").text()).contains("Voorjaar", "Utrecht", "Dutch");
        assertThat(page.select("#history").text()).contains("Cohort Voorjaar:", "Start date");
    }

    @Test
    void keepsAViewerAwayFromEveryEditingRoute() throws Exception {
        long id = demoProgramme("Welkom bij Voorbeeldgroep");
        long cohort = register.cohorts(id).get(0).id();
        for (MockHttpServletRequestBuilder request : List.of(
                get("/programmes/new"),
                post("/programmes").param("name", "x"),
                get("/programmes/" + id + "/edit"),
                post("/programmes/" + id),
                get("/programmes/" + id + "/cohorts/new"),
                post("/programmes/" + id + "/cohorts"),
                get("/programmes/" + id + "/cohorts/" + cohort + "/edit"),
                post("/programmes/" + id + "/cohorts/" + cohort))) {
            assertThat(mvc.perform(as("viewer", request))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
        }
    }

    @Test
    void answersAnUnknownProgrammeWithNotFound() throws Exception {
        assertThat(mvc.perform(as("viewer", get("/programmes/987654321")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private void enrol(long programmeId, String cohortName, List<Long> employees, int completed) {
        long cohort = register.addCohort(
                "analyst",
                programmeId,
                new CohortDetails(
                        cohortName,
                        LocalDate.of(2025, 1, 6),
                        LocalDate.of(2025, 2, 28),
                        DeliveryMode.CLASSROOM,
                        Optional.empty(),
                        Locale.forLanguageTag("nl")));
        LocalDate enrolled = LocalDate.of(2024, 12, 1);
        register.enrol(
                "analyst",
                cohort,
                employees.stream()
                        .map(employee -> employees.indexOf(employee) < completed
                                ? new Participation(
                                        employee,
                                        ParticipantStatus.COMPLETED,
                                        enrolled,
                                        Optional.of(LocalDate.of(2025, 1, 6)),
                                        Optional.of(LocalDate.of(2025, 2, 28)),
                                        Optional.empty())
                                : new Participation(
                                        employee,
                                        ParticipantStatus.ENROLLED,
                                        enrolled,
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty()))
                        .toList());
    }

    private ProgrammeDetails draft(String name) {
        return new ProgrammeDraft(userId("analyst"))
                .with(draft -> draft.name = name)
                .bare()
                .build();
    }

    private Document page(String path, String login, String language) throws Exception {
        MockHttpServletResponse response = mvc.perform(as(login, get(path)).header("Accept-Language", language))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private MockHttpServletRequestBuilder as(String login, MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.loadUserByUsername(login))).with(csrf());
    }

    private long demoProgramme(String name) {
        return programmeNamed(name).orElseThrow();
    }

    private Optional<Long> programmeNamed(String name) {
        return jdbc.sql("select id from programme where name = ?")
                .param(name)
                .query(Long.class)
                .optional();
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static String unique(String name) {
        return name + " " + NAMES.incrementAndGet();
    }

    private String text(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }
}
