package nl.rendement.app.evaluation.trail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Locale;
import java.util.Optional;
import nl.rendement.app.evaluation.run.RunWorker;
import nl.rendement.app.evaluation.run.Runs;
import nl.rendement.app.programme.ProgrammeCatalogue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A figure's trail page over the demo's evaluated programmes: the step sentences and formats in
 * the reader's language, respondents for analysts who see the programme whole and withheld from
 * everyone else, and 404 for what is not a figure or not the reader's to see. The demo's runs are
 * evaluated here, so the context is not handed on to tests that expect them still queued.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class TrailPageIT {

    private static final String ONBOARDING = "Welkom bij Voorbeeldgroep";
    private static final String SALES = "Consultatief verkopen";
    private static final String LEADERSHIP = "Leiderschap in de praktijk";
    private static final String CYBER = "Cyberveilig werken";

    @Autowired
    MockMvc mvc;

    @Autowired
    RunWorker worker;

    @Autowired
    Runs runs;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    MessageSource messages;

    @BeforeEach
    void evaluateTheDemo() {
        while (worker.runNext().isPresent()) {
            // the worker evaluates; the pages only read what it stored
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void explainsTheRoiInTheReadersLanguage(String language) throws Exception {
        Document page = page(ONBOARDING, "/roi/roiPercent", "viewer", language);

        assertThat(page.select("h1").text()).isEqualTo(text("trail.figure.roiPercent", language));
        assertThat(page.select("#programme-link").text()).isEqualTo(ONBOARDING);
        assertThat(page.select("#programme-link").attr("href")).isEqualTo("/programmes/" + id(ONBOARDING));
        assertThat(page.select("#steps > li .trail-sentence").eachText())
                .containsExactly(text("trail.roi.percent", language));
        assertThat(factLabels(page, "benefits")).containsExactly(text("trail.fact.benefits", language));
        if (language.equals("nl")) {
            assertThat(page.select("#figure-value").text()).matches("-\\d+(,\\d{1,2})? %");
            assertThat(factValue(page, "benefits")).matches("\u20ac [\\d.]+,\\d\\d");
        } else {
            assertThat(page.select("#figure-value").text()).matches("-\\d+(\\.\\d{1,2})?%");
            assertThat(factValue(page, "benefits")).matches("\u20ac[\\d,]+\\.\\d\\d");
        }
    }

    @Test
    void showsRespondentsToAnAnalystWhoSeesTheProgrammeWhole() throws Exception {
        String pointer = "/measures/0/annualBenefit";
        String respondent = firstRespondent(ONBOARDING, pointer);

        Document page = page(ONBOARDING, pointer, "director", "en");

        assertThat(page.select("tr[data-fact=respondent] td").eachText()).contains(respondent);
        assertThat(page.select("#withheld-explained")).isEmpty();
    }

    @Test
    void withholdsRespondentsFromAViewerAndFromAnAnalystWhoSeesOnlyTheirUnits() throws Exception {
        String onboarding = "/measures/0/annualBenefit";
        String sales = "/measures/2/annualBenefit";
        String withheld = text("figureTrail.withheld", "nl");

        Document viewer = page(ONBOARDING, onboarding, "viewer", "nl");
        Document unitAnalyst = page(SALES, sales, "hrbp", "nl");

        for (Document page : new Document[] {viewer, unitAnalyst}) {
            assertThat(page.select("tr[data-fact=respondent] td").eachText())
                    .isNotEmpty()
                    .containsOnly(withheld);
            assertThat(page.select("tr[data-fact=improvement] td").eachText())
                    .as("the estimate itself is an aggregate's part and stays")
                    .doesNotContain(withheld);
            assertThat(page.select("#withheld-explained")).hasSize(1);
        }
        assertThat(viewer.body().text()).doesNotContain(firstRespondent(ONBOARDING, onboarding));
        assertThat(unitAnalyst.body().text()).doesNotContain(firstRespondent(SALES, sales));
    }

    @Test
    void namesTheVersionAndTheLabelItWasFrozenUnder() throws Exception {
        long id = id(CYBER);
        int version = runs.current(id).orElseThrow().number();
        runs.freeze(id, version, "Bestuur, Q2 2026", "director");

        Document page = page(CYBER, "/costs/categories/DELIVERY", "viewer", "nl");

        assertThat(page.select("#version").text())
                .contains(text("figureTrail.version", "nl").replace("{0}", String.valueOf(version)))
                .contains("Bestuur, Q2 2026");
        assertThat(page.select("h1").text()).isEqualTo("Uitvoering");
        assertThat(page.select("#figure-value").text()).startsWith("\u20ac ");
    }

    @Test
    void withholdsAFigureOnFewerThanKPeopleFromAViewer() throws Exception {
        String pointer = "/levels/reaction/detractors";
        assertThat(figure(ONBOARDING, pointer).path("mark").asString()).isEqualTo("FEWER_THAN_K");

        Document viewer = page(ONBOARDING, pointer, "viewer", "en");
        Document analyst = page(ONBOARDING, pointer, "director", "en");

        assertThat(viewer.select("#figure-value").text()).isEqualTo(text("figureTrail.smallGroup.value", "en"));
        assertThat(viewer.select(".trail-facts td").eachText())
                .isNotEmpty()
                .containsOnly(text("figureTrail.withheld", "en"));
        assertThat(analyst.select("#figure-value").text()).endsWith("%");
        assertThat(analyst.select(".trail-facts td").eachText()).doesNotContain(text("figureTrail.withheld", "en"));
    }

    @Test
    void explainsAFigureOfSeveralValuesWithoutShowingOne() throws Exception {
        Document page = page(ONBOARDING, "/levels/learning/0", "director", "nl");

        assertThat(page.select("#steps > li .trail-sentence").first().text())
                .isEqualTo(text("trail.learning.test", "nl"));
        assertThat(page.select("#figure-value")).isEmpty();
        assertThat(page.select("h1").text()).isEqualTo("/levels/learning/0");
    }

    @Test
    void findsNoFigureWherePointerLeadsToNoTrail() throws Exception {
        long id = id(ONBOARDING);
        int version = runs.current(id).orElseThrow().number();
        String trail = "/programmes/" + id + "/versions/" + version + "/trail";

        for (String figure : new String[] {"/roi/nope", "/roi", "roi/roiPercent", "/measures/99/annualBenefit", ""}) {
            assertThat(status(get(trail).param("figure", figure), "director"))
                    .as(figure)
                    .isEqualTo(404);
        }
        assertThat(status(get(trail), "director")).as("no figure").isEqualTo(404);
        assertThat(status(
                        get("/programmes/" + id + "/versions/99/trail").param("figure", "/roi/roiPercent"), "director"))
                .as("no such version")
                .isEqualTo(404);
        assertThat(status(get(trail).param("figure", "/roi/roiPercent"), "director"))
                .isEqualTo(200);
    }

    @Test
    void findsNoProgrammeTheReaderDoesNotSee() throws Exception {
        long onboarding = id(ONBOARDING);
        int version = runs.current(onboarding).orElseThrow().number();

        assertThat(status(
                        get("/programmes/" + onboarding + "/versions/" + version + "/trail")
                                .param("figure", "/roi/roiPercent"),
                        "programme-lead"))
                .isEqualTo(404);
        assertThat(page(LEADERSHIP, "/costs/total", "programme-lead", "en")
                        .select("#figure-value")
                        .text())
                .startsWith("\u20ac");
    }

    private Document page(String programme, String figure, String login, String language) throws Exception {
        long id = id(programme);
        int version = runs.current(id).orElseThrow().number();
        MockHttpServletResponse response = mvc.perform(get("/programmes/" + id + "/versions/" + version + "/trail")
                        .param("figure", figure)
                        .with(user(accounts.loadUserByUsername(login)))
                        .header("Accept-Language", language))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus())
                .as("%s %s as %s", programme, figure, login)
                .isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String login)
            throws Exception {
        return mvc.perform(request.with(user(accounts.loadUserByUsername(login))))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private JsonNode figure(String programme, String pointer) {
        return JsonMapper.shared()
                .readTree(runs.current(id(programme)).orElseThrow().result())
                .at(pointer);
    }

    private String firstRespondent(String programme, String pointer) {
        for (JsonNode step : figure(programme, pointer).path("trail")) {
            for (JsonNode fact : step.path("facts")) {
                if (fact.path("name").asString().equals("respondent")) {
                    return fact.path("value").asString();
                }
            }
        }
        throw new AssertionError("no respondent in " + programme + " " + pointer);
    }

    private static java.util.List<String> factLabels(Document page, String fact) {
        return page.select("#steps tr[data-fact=" + fact + "] th").eachText();
    }

    private static String factValue(Document page, String fact) {
        return Optional.ofNullable(page.selectFirst("#steps tr[data-fact=" + fact + "] td"))
                .map(Element::text)
                .orElse("");
    }

    private long id(String programme) {
        return catalogue.byName(programme).orElseThrow().id();
    }

    private String text(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }
}
