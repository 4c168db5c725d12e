package nl.rendement.app.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.kpi.Kpi;
import nl.rendement.app.kpi.KpiDefinitions;
import nl.rendement.app.programme.DeliveryMode;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeDetails;
import nl.rendement.app.programme.ProgrammeStatus;
import nl.rendement.app.programme.ProgrammeType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The plan's JSON API on a programme of its own, signed in with HTTP Basic as the demo's logins:
 * creating, changing, undoing and listing, each refusal as a problem body.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class PlanApiIT {

    static final String PASSWORD = "rendement-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    KpiDefinitions kpis;

    @Autowired
    JdbcClient jdbc;

    long programme;
    String path;

    @BeforeEach
    void aProgrammeWithoutAPlan() {
        long owner = jdbc.sql("select id from app_user where username = 'analyst'")
                .query(Long.class)
                .single();
        programme = catalogue.create(
                "plan-api-test",
                new ProgrammeDetails(
                        "Plan API test programme",
                        ProgrammeType.LEADERSHIP,
                        Optional.empty(),
                        owner,
                        Optional.of("Directeur HR"),
                        ProgrammeStatus.PLANNED,
                        Optional.empty(),
                        DeliveryMode.BLENDED,
                        false,
                        Optional.empty(),
                        Optional.empty(),
                        5,
                        Set.of()));
        path = "/api/programmes/" + programme + "/plan";
    }

    @AfterEach
    void removeIt() {
        catalogue.remove(programme, catalogue.byId(programme).orElseThrow().version());
    }

    @Test
    void createsThePlanFromTheDefaultsWithTheComparisonInTheCallersLanguage() throws Exception {
        List<String> library = kpis.all().stream()
                .filter(kpi -> kpi.definition().programmeTypes().contains(ProgrammeType.LEADERSHIP))
                .map(Kpi::code)
                .toList();

        mvc.perform(write(post(path), "analyst", "{\"reason\": \"Eerste plan\"}")
                        .header("Accept-Language", "nl"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", path))
                .andExpect(jsonPath("$.programmeId").value(programme))
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.plan.comparison.description")
                        .value("Medewerkers met gegevens over de KPI die nooit aan het programma deelnamen"))
                .andExpect(jsonPath("$.plan.horizon.months").value(12));

        String stored = jdbc.sql("select r.document from evaluation_plan_revision r join evaluation_plan p"
                        + " on p.id = r.plan_id where p.programme_id = ?")
                .param(programme)
                .query(String.class)
                .single();
        assertThat(library).isNotEmpty();
        assertThat(PlanDocuments.read(stored).measureCodes()).containsExactlyInAnyOrderElementsOf(library);
        assertThat(read("analyst").getResponse().getContentAsString()).contains("\"plan\":" + stored + "}");
        assertThat(changedBy()).containsExactly("analyst");
    }

    @Test
    void changesASectionWithAReasonAndListsTheRevisionWithTheOldAndNewValues() throws Exception {
        create();

        mvc.perform(write(put(path + "/horizon"), "analyst", """
                        {"revision": 1, "reason": "The sponsor counts two years",
                         "value": {"months": 24, "justification": "Leaders stay in role for years"}}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.plan.horizon.months").value(24));

        mvc.perform(get(path + "/revisions").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].revision").value(2))
                .andExpect(jsonPath("$[0].section").value("horizon"))
                .andExpect(jsonPath("$[0].changedBy").value("analyst"))
                .andExpect(jsonPath("$[0].reason").value("The sponsor counts two years"))
                .andExpect(jsonPath("$[0].undoes").doesNotExist())
                .andExpect(jsonPath("$[0].changes[?(@.field == 'horizon.months')].before")
                        .value("12"))
                .andExpect(jsonPath("$[0].changes[?(@.field == 'horizon.months')].after")
                        .value("24"))
                .andExpect(jsonPath("$[1].revision").value(1))
                .andExpect(jsonPath("$[1].section").doesNotExist());
    }

    @Test
    void undoesTheLatestRevisionBackToThePlanBeforeIt() throws Exception {
        create();
        String first = read("viewer").getResponse().getContentAsString();
        edit(1, "{\"months\": 36, \"justification\": \"Three years\"}");

        mvc.perform(write(post(path + "/undo"), "analyst", "{\"revision\": 2, \"reason\": \"Back to a year\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(3))
                .andExpect(jsonPath("$.plan.horizon.months").value(12));

        assertThat(read("viewer").getResponse().getContentAsString())
                .isEqualTo(first.replace("\"revision\":1", "\"revision\":3"));
        mvc.perform(get(path + "/revisions").with(httpBasic("analyst", PASSWORD)))
                .andExpect(jsonPath("$[0].undoes").value(2))
                .andExpect(jsonPath("$[0].section").value("horizon"));
    }

    @Test
    void refusesAChangeMadeOnAnOlderRevision() throws Exception {
        create();
        edit(1, "{\"months\": 24, \"justification\": \"Two years\"}");

        mvc.perform(write(put(path + "/horizon"), "analyst", """
                        {"revision": 1, "reason": "Three years", "value": {"months": 36, "justification": "Long"}}""").header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.field").value("revision"))
                .andExpect(jsonPath("$.key").value("plan.error.stale"))
                .andExpect(jsonPath("$.message")
                        .value("The plan was changed since revision 1 (it is at revision 2);"
                                + " reload it and make the change again."));
        mvc.perform(write(post(path), "analyst", "{\"reason\": \"Again\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.key").value("plan.error.exists"));
    }

    @Test
    void refusesABadValueWithTheMessageInDutch() throws Exception {
        create();

        mvc.perform(write(put(path + "/horizon"), "analyst", """
                        {"revision": 1, "reason": "Langer", "value": {"months": 200, "justification": "Lang"}}""").header("Accept-Language", "nl"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("horizon.months"))
                .andExpect(jsonPath("$.key").value("plan.error.horizon"))
                .andExpect(jsonPath("$.message").value("Baten tellen over 1 tot 120 maanden, niet 200."));
        mvc.perform(write(put(path + "/horizon"), "analyst", """
                        {"revision": 1, "value": {"months": 24, "justification": "Twee jaar"}}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("reason"))
                .andExpect(jsonPath("$.key").value("plan.error.required"));
        mvc.perform(write(put(path + "/horizon"), "analyst", """
                        {"revision": 1, "reason": "Typo", "value": {"months": 24, "justification": "x", "weeks": 3}}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("horizon.weeks"))
                .andExpect(jsonPath("$.key").value("plan.error.unknownField"));
        mvc.perform(write(put(path + "/measures"), "analyst", """
                        {"revision": 1, "reason": "Our own value", "value": [{"kpi": "%s", "level": 4,
                         "isolation": ["ESTIMATES"], "estimateSources": ["PARTICIPANT"],
                         "value": {"amount": 10, "currency": "EUR", "technique": "ESTIMATE", "source": "Managers",
                                   "year": 2026, "evidence": null, "confidencePercent": null}}]}""".formatted(leadershipKpi()))
                        .header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.key").value("plan.error.confidence"))
                .andExpect(jsonPath("$.message")
                        .value("An estimated value, and only that, carries its estimator's confidence."));
        assertThat(changedBy()).hasSize(1);
    }

    @Test
    void refusesMalformedJsonAnUnknownSectionAndAnythingButJson() throws Exception {
        create();

        mvc.perform(write(put(path + "/horizon"), "analyst", "{\"revision\": 1, \"reason\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.key").value("api.error.malformed"));
        mvc.perform(write(put(path + "/budget"), "analyst", "{\"revision\": 1, \"reason\": \"x\", \"value\": 1}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.key").value("plan.error.unknownSection"));
        // What a cross-site form can send is refused before anything is read: the API needs no CSRF token.
        mvc.perform(post(path + "/undo")
                        .with(httpBasic("analyst", PASSWORD))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("revision=1&reason=x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.key").value("api.error.mediaType"));
        mvc.perform(post(path + "/undo")
                        .with(httpBasic("analyst", PASSWORD))
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("{\"revision\": 1, \"reason\": \"x\"}"))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(get(path).with(httpBasic("analyst", PASSWORD)).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotAcceptable())
                .andExpect(jsonPath("$.key").value("api.error.notAcceptable"));
        mvc.perform(get("/api/programmes/" + programme + "/nothing").with(httpBasic("analyst", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.key").value("api.error.notFound"));
        assertThat(changedBy()).hasSize(1);
    }

    @Test
    void keepsDecimalsExactlyAsSent() throws Exception {
        create();

        mvc.perform(write(put(path + "/discountRate"), "analyst", """
                        {"revision": 1, "reason": "Treasury's rate",
                         "value": {"percent": 3.141592653589793238, "justification": "Treasury"}}"""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"percent\":3.141592653589793238")));
    }

    @Test
    void asksAnonymousCallersToSignInWithoutARedirectOrASession() throws Exception {
        create();

        MvcResult anonymous = mvc.perform(get(path))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic realm=\"Rendement\"")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.key").value("api.error.unauthorized"))
                .andReturn();
        assertThat(anonymous.getResponse().getRedirectedUrl()).isNull();
        mvc.perform(get(path).with(httpBasic("viewer", "not-the-password")).with(address("10.0.9.1")))
                .andExpect(status().isUnauthorized());

        MvcResult signedIn = read("viewer");
        assertThat(signedIn.getRequest().getSession(false)).isNull();
        assertThat(signedIn.getResponse().getHeaders("Set-Cookie")).isEmpty();
    }

    @Test
    void letsViewersReadButNotWriteNorSeeWhoChangedThePlan() throws Exception {
        create();

        mvc.perform(get(path).with(httpBasic("viewer", PASSWORD))).andExpect(status().isOk());
        mvc.perform(write(put(path + "/horizon"), "viewer", """
                        {"revision": 1, "reason": "x", "value": {"months": 24, "justification": "y"}}"""))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.key").value("api.error.role"));
        mvc.perform(get(path + "/revisions").with(httpBasic("viewer", PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(changedBy()).hasSize(1);
    }

    @Test
    void generatesThePlanningDocumentsWithTheOwnerAsWhoCollects() throws Exception {
        mvc.perform(get(path + "/documents").with(httpBasic("viewer", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.key").value("plan.error.noPlan"));
        create();

        mvc.perform(get(path + "/documents").with(httpBasic("viewer", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.dataCollection[0].level").value(1))
                .andExpect(jsonPath("$.dataCollection[0].responsible").value("Demo L&D analyst"))
                .andExpect(jsonPath("$.dataCollection[4].instrument").value("ROI_ANALYSIS"))
                .andExpect(jsonPath("$.roiAnalysis").value(not(empty())));
    }

    private String leadershipKpi() {
        return kpis.all().stream()
                .filter(kpi -> kpi.definition().programmeTypes().contains(ProgrammeType.LEADERSHIP))
                .map(Kpi::code)
                .findFirst()
                .orElseThrow();
    }

    private void create() throws Exception {
        mvc.perform(write(post(path), "analyst", "{\"reason\": \"Eerste plan\"}"))
                .andExpect(status().isCreated());
    }

    private void edit(int revision, String horizon) throws Exception {
        mvc.perform(write(
                        put(path + "/horizon"),
                        "analyst",
                        "{\"revision\": " + revision + ", \"reason\": \"Change\", \"value\": " + horizon + "}"))
                .andExpect(status().isOk());
    }

    private MvcResult read(String login) throws Exception {
        return mvc.perform(get(path).with(httpBasic(login, PASSWORD)))
                .andExpect(status().isOk())
                .andReturn();
    }

    private List<String> changedBy() {
        return jdbc.sql("select r.changed_by from evaluation_plan_revision r join evaluation_plan p"
                        + " on p.id = r.plan_id where p.programme_id = ? order by r.revision")
                .param(programme)
                .query(String.class)
                .list();
    }

    static MockHttpServletRequestBuilder write(MockHttpServletRequestBuilder request, String login, String json) {
        return request.with(httpBasic(login, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor address(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
