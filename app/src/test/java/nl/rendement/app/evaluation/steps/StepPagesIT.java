package nl.rendement.app.evaluation.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import nl.rendement.app.evaluation.run.RunWorker;
import nl.rendement.app.evaluation.run.Runs;
import nl.rendement.app.plan.EvaluationPlans;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeSummary;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The result steps (Baseline to Present) of every demo programme, read from stored result versions: every number
 * a reader sees is inside a link to its trail, a Dutch page holds no English message text, only
 * analysts who see a programme whole ask for runs and freeze versions, and an edited assumption
 * shows the new figure marked as changed since the frozen version.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class StepPagesIT {

    private static final Pattern NUMBER = Pattern.compile("\\d");

    /**
     * What may hold a digit outside a trail link: the step numbers, the version bar (version
     * numbers, dates and labels of versions), dates, a credibility tier's number (a class, not a
     * figure), text people entered (names, units, labels, the planning documents' plan values), the plan's audit (an assumption's own
     * trail: who changed it when and why, its old and new value), and a definition's fixed numbers
     * (a Kirkpatrick level, an answer scale such as promoters scoring 9 or 10, a Hake band's
     * bounds): the method's own numbers, the same in every result, so there is no trail to link them to;
     * and an analyst's edit form ({@code details.edit}: its labels, choices and the plan's current
     * values in its fields are what the analyst enters, not a result's figures), and the source
     * article's claims on the Present page ({@code .quote}: marked quotes with their source and
     * year, never figures of the result).
     */
    private static final String NOT_A_FIGURE =
            ".step-number, .version-bar, .version-number, time, .tier, .entered, .audit, .definition, details.edit, .quote";

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    RunWorker worker;

    @Autowired
    Runs runs;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    EvaluationPlans plans;

    @BeforeEach
    void evaluateWhatIsQueued() {
        while (worker.runNext().isPresent()) {
            // every queued run, one after the other, as the background worker would
        }
    }

    @Test
    void everyNumberOnTheResultPagesLinksToItsTrail() throws Exception {
        List<String> untraced = new ArrayList<>();
        java.util.Set<String> links = new java.util.TreeSet<>();
        for (ProgrammeSummary programme : catalogue.all()) {
            for (String step : List.of("baseline", "measure", "value", "roi", "present")) {
                for (String language : List.of("nl", "en")) {
                    Document page = page("director", "/programmes/" + programme.id() + "/steps/" + step, language);
                    assertThat(page.select("a.figure-link"))
                            .as("%s %s", programme.name(), step)
                            .isNotEmpty();
                    assertThat(page.text())
                            .as("%s %s: a missing message", programme.name(), step)
                            .doesNotContain("??");
                    if (language.equals("en")) {
                        links.addAll(page.select("a[href*=/trail]").eachAttr("href"));
                    }
                    for (TextNode text : allText(page.selectFirst("main"))) {
                        if (NUMBER.matcher(text.text()).find() && !traced(text)) {
                            untraced.add(programme.name() + " " + step + " " + language + ": \""
                                    + text.text().strip() + "\" in <"
                                    + text.parent().tagName() + ">");
                        }
                    }
                }
            }
        }
        assertThat(untraced).isEmpty();
        List<String> broken = new ArrayList<>();
        for (String link : links) {
            int status = mvc.perform(get(link).with(user(accounts.loadUserByUsername("director"))))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status != 200) {
                broken.add(status + " " + link);
            }
        }
        assertThat(broken).as("trail links that lead nowhere").isEmpty();
    }

    /**
     * The Measure page draws every answered reaction item's answers for the analyst; a viewer sees only
     * the items whose mean and shares are all unmarked in the stored result, or is told that none is drawn.
     */
    @Test
    void theMeasurePageDrawsTheAnswersPerReactionItemWithoutAWithheldAnswerForAViewer() throws Exception {
        int drawn = 0;
        for (ProgrammeSummary programme : catalogue.all()) {
            JsonNode items = JsonMapper.shared()
                    .readTree(runs.current(programme.id()).orElseThrow().result())
                    .at("/levels/reaction/items");
            List<String> answered = new ArrayList<>();
            List<String> unmarked = new ArrayList<>();
            for (JsonNode item : items) {
                if (!item.get("distribution").isEmpty()) {
                    answered.add(item.get("item").asString());
                    boolean marked = !item.at("/mean/mark").asString().equals("NONE");
                    for (JsonNode part : item.get("distribution")) {
                        marked |= !part.at("/share/mark").asString().equals("NONE");
                    }
                    if (!marked) {
                        unmarked.add(item.get("item").asString());
                    }
                }
            }
            String path = "/programmes/" + programme.id() + "/steps/measure";
            Element analyst = page("director", path, "en").selectFirst("a.chart-link #reaction-items-desc");
            Document viewer = page("viewer", path, "en");
            Element shown = viewer.selectFirst("a.chart-link #reaction-items-desc");
            if (answered.isEmpty()) {
                assertThat(analyst).as(programme.name()).isNull();
                continue;
            }
            drawn++;
            assertThat(analyst).as(programme.name()).isNotNull();
            answered.forEach(item -> assertThat(analyst.text()).contains(item + ": "));
            if (unmarked.isEmpty()) {
                assertThat(shown).as(programme.name()).isNull();
                assertThat(viewer.text()).contains(bundle("en").getProperty("steps.charts.items.allWithheld"));
            } else {
                assertThat(shown).as(programme.name()).isNotNull();
                answered.forEach(item -> assertThat(shown.text().contains(item + ": "))
                        .as("%s: %s", programme.name(), item)
                        .isEqualTo(unmarked.contains(item)));
            }
        }
        assertThat(drawn).as("demo programmes with a reaction survey").isPositive();
    }

    /**
     * From the page a login lands on, every programme's ROI is at most five clicks away, for an
     * analyst and for a viewer: a breadth-first walk over the links of the pages (trail pages,
     * people's records, downloads and the API left out: leaving links out can only make a path
     * longer, so a path found is a real one).
     */
    @Test
    void everyProgrammesRoiIsAtMostFiveClicksFromTheLandingPage() throws Exception {
        Pattern roi = Pattern.compile("/programmes/(\\d+)/steps/roi");
        for (String username : List.of("director", "viewer")) {
            java.util.Map<String, Integer> clicks = new java.util.HashMap<>();
            java.util.Set<String> seen = new java.util.HashSet<>(List.of("/"));
            List<String> frontier = List.of("/");
            int programmes = catalogue.all().size();
            for (int click = 1; click <= 5 && !frontier.isEmpty() && clicks.size() < programmes; click++) {
                List<String> next = new ArrayList<>();
                for (String path : frontier) {
                    for (String link : links(username, path)) {
                        String target = link.split("[?#]")[0];
                        java.util.regex.Matcher found = roi.matcher(target);
                        if (found.matches()) {
                            clicks.putIfAbsent(found.group(1), click);
                        }
                        if (followed(target) && seen.add(target)) {
                            next.add(target);
                        }
                    }
                }
                frontier = next;
            }
            for (ProgrammeSummary programme : catalogue.all()) {
                assertThat(clicks.get(String.valueOf(programme.id())))
                        .as("%s: clicks from the landing page to the ROI of %s", username, programme.name())
                        .isNotNull()
                        .isLessThanOrEqualTo(5);
            }
        }
    }

    /**
     * The links of a page that answers with HTML, after the redirects a browser follows by itself;
     * none for anything else (a refusal, a file).
     */
    private List<String> links(String username, String path) throws Exception {
        var response = mvc.perform(get(path).with(user(accounts.loadUserByUsername(username))))
                .andReturn()
                .getResponse();
        String location = response.getRedirectedUrl();
        if (response.getStatus() / 100 == 3 && location != null && location.startsWith("/")) {
            return links(username, location);
        }
        if (response.getStatus() != 200
                || response.getContentType() == null
                || !response.getContentType().startsWith("text/html")) {
            return List.of();
        }
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8))
                .select("a[href]")
                .eachAttr("href");
    }

    /** A link the walk follows: a page of the application, not a trail, a person, a file or the API. */
    private static boolean followed(String path) {
        return path.startsWith("/")
                && !path.startsWith("/api")
                && !path.startsWith("/v3")
                && !path.startsWith("/people/employees/")
                && !path.startsWith("/css")
                && !path.startsWith("/js")
                && !path.contains("/trail")
                && !path.contains("/download")
                && !path.contains("/export")
                && !path.equals("/logout")
                && !path.matches(".*\\.(csv|xlsx|zip|pdf|json|svg|png)$");
    }

    @Test
    void aDutchPageHoldsNoEnglishMessageText() throws Exception {
        Properties english = bundle("en");
        Properties dutch = bundle("nl");
        long programme = catalogue.all().get(0).id();
        for (String step : List.of("goals", "baseline", "measure", "value", "roi")) {
            Document page = page("director", "/programmes/" + programme + "/steps/" + step, "nl");
            page.select(".entered").remove();
            String text = page.text();
            for (String key : english.stringPropertyNames()) {
                String value = english.getProperty(key);
                if (value.length() >= 12 && !value.contains("{") && !value.equals(dutch.getProperty(key))) {
                    assertThat(text).as("%s on the Dutch %s page", key, step).doesNotContain(value);
                }
            }
        }
    }

    @Test
    void onlyAnalystsWhoSeeTheProgrammeWholeAskForRunsAndFreeze() throws Exception {
        long programme = catalogue.all().get(0).id();
        String path = "/programmes/" + programme + "/steps/roi";
        assertThat(page("viewer", path, "en").select("form[action$=/freeze], form[action$=/runs]"))
                .isEmpty();
        assertThat(page("director", path, "en").select("form[action$=/freeze], form[action$=/runs]"))
                .hasSize(2);
        mvc.perform(post("/programmes/" + programme + "/runs")
                        .with(user(accounts.loadUserByUsername("viewer")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/programmes/" + programme + "/steps/nothing")
                        .with(user(accounts.loadUserByUsername("viewer"))))
                .andExpect(status().isNotFound());
        mvc.perform(get(path + "?version=999").with(user(accounts.loadUserByUsername("viewer"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void anEditedValueOfAUnitShowsTheNewRoiChangedSinceTheFrozenVersionWithItsAuditEntry() throws Exception {
        long programme = -1;
        String kpi = null;
        for (ProgrammeSummary candidate : catalogue.all()) {
            JsonNode result = JsonMapper.shared()
                    .readTree(runs.current(candidate.id()).orElseThrow().result());
            for (JsonNode measure : result.get("measures")) {
                if (!measure.get("headline").isNull()
                        && new BigDecimal(measure.at("/annualBenefit/value/amount")
                                                .asString())
                                        .signum()
                                > 0) {
                    programme = candidate.id();
                    kpi = measure.get("id").asString();
                }
            }
        }
        assertThat(kpi).as("a demo programme with a credible converted benefit").isNotNull();
        int version = runs.current(programme).orElseThrow().number();
        mvc.perform(post("/programmes/" + programme + "/versions/" + version + "/freeze")
                        .param("label", "Bestuur, Q2 2026")
                        .param("back", "roi")
                        .with(user(accounts.loadUserByUsername("director")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String roi = "/programmes/" + programme + "/steps/roi";
        String before = page("director", roi, "nl")
                .selectFirst("a.figure-link[href*=roiPercent]")
                .text();

        Element form = page("director", "/programmes/" + programme + "/steps/value", "nl")
                .selectFirst("form[action$=/measures/" + kpi + "]");
        assertThat(form).as("the value form of " + kpi).isNotNull();
        BigDecimal amount =
                new BigDecimal(form.selectFirst("input[name=amount]").val().replace(',', '.'));
        String doubled = amount.multiply(BigDecimal.valueOf(2)).toPlainString().replace('.', ',');
        mvc.perform(changeValue(form, doubled, "viewer")).andExpect(status().isForbidden());
        mvc.perform(changeValue(form, doubled, "director")).andExpect(status().is3xxRedirection());
        worker.runNext().orElseThrow();

        Document after = page("director", roi, "nl");
        assertThat(after.select(".changed-marker").text()).contains("Bestuur, Q2 2026");
        assertThat(after.selectFirst("a.figure-link[href*=roiPercent]").text()).isNotEqualTo(before);
        assertThat(page("director", roi + "?version=" + version, "nl")
                        .selectFirst("a.figure-link[href*=roiPercent]")
                        .text())
                .isEqualTo(before);
        Element audit = page("director", "/programmes/" + programme + "/steps/value", "nl")
                .selectFirst(".audit");
        assertThat(audit.text()).contains("Nieuwe tarieven van de controller").contains(".value.amount");
        assertThat(page("viewer", "/programmes/" + programme + "/steps/value", "nl")
                        .select(".audit, form[action*=/measures/]"))
                .isEmpty();

        Element undo = audit.selectFirst("form[action$=/steps/plan/undo]");
        assertThat(undo).as("the undo form of the audit").isNotNull();
        mvc.perform(post(undo.attr("action"))
                        .param(
                                "revision",
                                undo.selectFirst("input[name=revision]").val())
                        .param("reason", "Toch de oude tarieven")
                        .with(user(accounts.loadUserByUsername("viewer")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(undo.attr("action"))
                        .param(
                                "revision",
                                undo.selectFirst("input[name=revision]").val())
                        .param("reason", "Toch de oude tarieven")
                        .with(user(accounts.loadUserByUsername("director")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "steps.value.saved"));
        worker.runNext().orElseThrow();
        assertThat(page("director", roi, "nl")
                        .selectFirst("a.figure-link[href*=roiPercent]")
                        .text())
                .as("undo restores the figure exactly")
                .isEqualTo(before);
        assertThat(page("director", "/programmes/" + programme + "/steps/value", "nl")
                        .selectFirst(".audit")
                        .text())
                .contains("Toch de oude tarieven");
    }

    @Test
    void analystsAddAndRemoveAnImpactMeasureAndAMeasureASponsorExpectsStays() throws Exception {
        long programme = catalogue.all().get(3).id();
        String goals = "/programmes/" + programme + "/steps/goals";
        Document page = page("director", goals, "en");
        Element form = page.selectFirst("form[action$=/goals/measures/add]");
        assertThat(form).as("the add-a-measure form").isNotNull();
        String kpi = form.selectFirst("select[name=kpi] option").val();
        String name = form.selectFirst("select[name=kpi] option").text();
        mvc.perform(post(form.attr("action"))
                        .param(
                                "revision",
                                form.selectFirst("input[name=revision]").val())
                        .param("kpi", kpi)
                        .param("level", "3")
                        .param("reason", "De opdrachtgever wil ook dit zien")
                        .with(user(accounts.loadUserByUsername("director")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "steps.value.saved"));
        assertThat(plans.of(programme).orElseThrow().plan().measures())
                .filteredOn(measure -> measure.kpi().equals(kpi))
                .singleElement()
                .satisfies(measure -> assertThat(measure.level()).isEqualTo(3));
        worker.runNext().orElseThrow();
        assertThat(page("director", "/programmes/" + programme + "/steps/value", "en")
                        .select("#measures-heading ~ article h3")
                        .text())
                .contains(name);

        Document added = page("director", goals, "en");
        assertThat(added.select("#kpis-heading ~ dl dt").text()).contains(name);
        assertThat(added.select("form[action$=/goals/measures/add] option[value=" + kpi + "]"))
                .isEmpty();
        List<Element> removals = added.select("form[action*=/goals/measures/][action$=/remove]");
        int revision = plans.of(programme).orElseThrow().revision();
        String expected = plans.of(programme).orElseThrow().plan().expectations().stream()
                .flatMap(expectation -> expectation.kpi().stream())
                .findFirst()
                .orElseThrow();
        int tied = plans.of(programme).orElseThrow().plan().measureCodes().indexOf(expected);
        mvc.perform(post(removals.get(tied).attr("action"))
                        .param("revision", String.valueOf(revision))
                        .param("reason", "Niet meer nodig")
                        .with(user(accounts.loadUserByUsername("director")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("failureText"));
        assertThat(plans.of(programme).orElseThrow().revision())
                .as("a measure a sponsor's expectation is tied to stays")
                .isEqualTo(revision);

        mvc.perform(post(removals.get(removals.size() - 1).attr("action"))
                        .param("revision", String.valueOf(revision))
                        .param("reason", "Toch niet")
                        .with(user(accounts.loadUserByUsername("director")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "steps.value.saved"));
        assertThat(plans.of(programme).orElseThrow().plan().measureCodes()).doesNotContain(kpi);
    }

    @Test
    void analystsAddAndRemoveAGoalWithAReasonAndARefusalStoresNothing() throws Exception {
        long programme = catalogue.all().get(2).id();
        String goals = "/programmes/" + programme + "/steps/goals";
        Element form = page("director", goals, "en").selectFirst("form[action$=/goals/goals/add]");
        assertThat(form).isNotNull();
        assertThat(page("viewer", goals, "en").select("main form[method=post]")).isEmpty();
        String revision = form.selectFirst("input[name=revision]").val();

        mvc.perform(post(form.attr("action"))
                        .param("revision", revision)
                        .param("first", "Minder verzuim")
                        .param("second", "Strategie 2027: gezond werken")
                        .param("reason", "")
                        .with(user(accounts.loadUserByUsername("director")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("failureText"));
        assertThat(page("director", goals, "en").text()).doesNotContain("Minder verzuim");

        mvc.perform(post(form.attr("action"))
                        .param("revision", revision)
                        .param("first", "Minder verzuim")
                        .param("second", "Strategie 2027: gezond werken")
                        .param("reason", "Afgesproken met de opdrachtgever")
                        .with(user(accounts.loadUserByUsername("director")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "steps.value.saved"));
        Document added = page("director", goals, "en");
        assertThat(added.text()).contains("Minder verzuim").contains("Strategie 2027: gezond werken");

        Element remove =
                added.select("form[action*=/goals/goals/][action$=/remove]").last();
        mvc.perform(post(remove.attr("action"))
                        .param(
                                "revision",
                                remove.selectFirst("input[name=revision]").val())
                        .param("reason", "Toch niet")
                        .with(user(accounts.loadUserByUsername("director")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page("director", goals, "en").text()).doesNotContain("Minder verzuim");
        mvc.perform(post(form.attr("action"))
                        .param("revision", revision)
                        .param("first", "x")
                        .param("second", "y")
                        .param("reason", "z")
                        .with(user(accounts.loadUserByUsername("viewer")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    /** The Value step's form for a value of a unit, filled in with a new amount and sent as {@code username}. */
    private MockHttpServletRequestBuilder changeValue(Element form, String amount, String username) {
        return post(form.attr("action"))
                .param("revision", form.selectFirst("input[name=revision]").val())
                .param("amount", amount)
                .param("currency", form.selectFirst("input[name=currency]").val())
                .param(
                        "technique",
                        form.selectFirst("select[name=technique] option[selected]")
                                .val())
                .param("source", "Controller, tarieven 2026")
                .param("year", "2026")
                .param("reason", "Nieuwe tarieven van de controller")
                .header("Accept-Language", "nl")
                .with(user(accounts.loadUserByUsername(username)))
                .with(csrf());
    }

    private static List<TextNode> allText(Element root) {
        List<TextNode> texts = new ArrayList<>();
        root.traverse((node, depth) -> {
            if (node instanceof TextNode text && !text.isBlank()) {
                texts.add(text);
            }
        });
        return texts;
    }

    private static boolean traced(TextNode text) {
        Element parent = text.parent();
        return parent.closest("a[href*=/trail]") != null || parent.closest(NOT_A_FIGURE) != null;
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = StepPagesIT.class.getResourceAsStream("/messages_" + language + ".properties")) {
            properties.load(in);
        }
        return properties;
    }

    private Document page(String username, String path, String language) throws Exception {
        return new StepPagesClient(mvc, accounts).page(username, path, language);
    }
}
