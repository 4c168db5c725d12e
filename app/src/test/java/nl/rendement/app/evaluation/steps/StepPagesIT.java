package nl.rendement.app.evaluation.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import nl.rendement.app.evaluation.run.RunWorker;
import nl.rendement.app.evaluation.run.Runs;
import nl.rendement.app.plan.EvaluationPlans;
import nl.rendement.app.plan.PlanSection;
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
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Value and ROI steps of every demo programme, read from stored result versions: every number
 * a reader sees is inside a link to its trail, a Dutch page holds no English message text, only
 * analysts who see a programme whole ask for runs and freeze versions, and an edited assumption
 * shows the new figure marked as changed since the frozen version.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class StepPagesIT {

    private static final Pattern NUMBER = Pattern.compile("\\d");

    /**
     * What may hold a digit outside a trail link: the step numbers, the version bar (version
     * numbers, dates and labels of versions), dates, a credibility tier's number (a class, not a
     * figure), text people entered (names, units, labels), and a definition's fixed numbers (a
     * Kirkpatrick level, an answer scale such as promoters scoring 9 or 10, a Hake band's bounds):
     * the method's own numbers, the same in every result, so there is no trail to link them to.
     */
    private static final String NOT_A_FIGURE = ".step-number, .version-bar, time, .tier, .entered, .definition";

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    RunWorker worker;

    @Autowired
    Runs runs;

    @Autowired
    EvaluationPlans plans;

    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void evaluateWhatIsQueued() {
        while (worker.runNext().isPresent()) {
            // every queued run, one after the other, as the background worker would
        }
    }

    @Test
    void everyNumberOnTheValueAndRoiPagesLinksToItsTrail() throws Exception {
        List<String> untraced = new ArrayList<>();
        for (ProgrammeSummary programme : catalogue.all()) {
            for (String step : List.of("measure", "value", "roi")) {
                for (String language : List.of("nl", "en")) {
                    Document page = page("director", "/programmes/" + programme.id() + "/steps/" + step, language);
                    assertThat(page.select("a.figure-link"))
                            .as("%s %s", programme.name(), step)
                            .isNotEmpty();
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
    }

    @Test
    void aDutchPageHoldsNoEnglishMessageText() throws Exception {
        Properties english = bundle("en");
        Properties dutch = bundle("nl");
        long programme = catalogue.all().get(0).id();
        for (String step : List.of("measure", "value", "roi")) {
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
    void anEditedAssumptionShowsTheNewFigureChangedSinceTheFrozenVersion() throws Exception {
        long programme = catalogue.all().get(1).id();
        int version = runs.current(programme).orElseThrow().number();
        mvc.perform(post("/programmes/" + programme + "/versions/" + version + "/freeze")
                        .param("label", "Bestuur, Q2 2026")
                        .param("back", "roi")
                        .with(user(accounts.loadUserByUsername("director")))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String before = page("director", "/programmes/" + programme + "/steps/roi", "nl")
                .select("a.figure-link[href*=roiPercent]")
                .first()
                .text();

        EvaluationPlans.StoredPlan plan = plans.of(programme).orElseThrow();
        plans.edit(
                "director",
                programme,
                plan.revision(),
                PlanSection.HORIZON,
                JsonMapper.shared().readTree("{\"months\": 24, \"justification\": \"Twee jaar effect\"}"),
                "Langere horizon");
        worker.runNext().orElseThrow();

        Document after = page("director", "/programmes/" + programme + "/steps/roi", "nl");
        assertThat(after.select(".changed-marker").text()).contains("Bestuur, Q2 2026");
        assertThat(after.select("a.figure-link[href*=roiPercent]").first().text())
                .isNotEqualTo(before);
        Document frozen = page("director", "/programmes/" + programme + "/steps/roi?version=" + version, "nl");
        assertThat(frozen.select("a.figure-link[href*=roiPercent]").first().text())
                .isEqualTo(before);
        assertThat(frozen.select(".version-bar .badge").text()).contains("Bestuur, Q2 2026");
    }

    private Document page(String username, String path, String language) throws Exception {
        String html = mvc.perform(get(path)
                        .with(user(accounts.loadUserByUsername(username)))
                        .header("Accept-Language", language))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
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
}
