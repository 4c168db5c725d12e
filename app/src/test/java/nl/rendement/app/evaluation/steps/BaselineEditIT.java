package nl.rendement.app.evaluation.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rendement.app.evaluation.run.RunWorker;
import nl.rendement.app.evaluation.run.Runs;
import nl.rendement.app.kpi.KpiDefinitions;
import nl.rendement.app.plan.EvaluationPlan;
import nl.rendement.app.plan.EvaluationPlans;
import nl.rendement.app.plan.PlanDefaults;
import nl.rendement.app.plan.PlanRevision;
import nl.rendement.app.plan.PlanSection;
import nl.rendement.app.programme.DeliveryMode;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeDetails;
import nl.rendement.app.programme.ProgrammeStatus;
import nl.rendement.app.programme.ProgrammeSummary;
import nl.rendement.app.programme.ProgrammeType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Baseline step's forms: an analyst who sees the programme whole changes the plan's windows and
 * its comparison with a reason, each a new revision that the next run follows; a refusal comes
 * back to the page in words and stores nothing; a viewer sees no form and is refused; a programme
 * without a plan shows no form, one with a plan but no result yet does.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class BaselineEditIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    EvaluationPlans plans;

    @Autowired
    RunWorker worker;

    @Autowired
    Runs runs;

    @Autowired
    KpiDefinitions kpis;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void evaluateWhatIsQueued() {
        while (worker.runNext().isPresent()) {
            // every queued run, one after the other, as the background worker would
        }
    }

    @Test
    void theFormsShowThePlanAsItIsAndAViewerSeesNoneAndIsRefused() throws Exception {
        long programme = compared();
        EvaluationPlans.StoredPlan stored = plans.of(programme).orElseThrow();
        EvaluationPlan.Comparison comparison = stored.plan().comparison();
        Document page = page("director", programme, "en");

        Element windows = windowsForm(page);
        assertThat(windows.selectFirst("input[name=revision]").val()).isEqualTo(String.valueOf(stored.revision()));
        assertThat(windows.selectFirst("input[name=preMonths]").val())
                .isEqualTo(String.valueOf(stored.plan().windows().preMonths()));
        assertThat(windows.selectFirst("input[name=postMonths]").val())
                .isEqualTo(String.valueOf(stored.plan().windows().postMonths()));
        Element form = comparisonForm(page);
        assertThat(form.selectFirst("input[name=revision]").val()).isEqualTo(String.valueOf(stored.revision()));
        assertThat(form.select("input[name=trained]").eachAttr("value")).containsExactly("COMPLETERS", "STARTERS");
        assertThat(form.selectFirst("input[name=trained][checked]").val())
                .isEqualTo(comparison.trained().name());
        assertThat(form.select("input[name=unit]").eachAttr("value")).contains("D01", "D01-T1");
        assertThat(Set.copyOf(form.select("input[name=unit][checked]").eachAttr("value")))
                .isEqualTo(comparison.units());
        assertThat(form.select("label[for=comparison-unit-0]").text()).contains("(");
        assertThat(form.selectFirst("textarea[name=description]").val()).isEqualTo(comparison.description());
        assertThat(page.select("details.edit form")).hasSize(2);
        assertThat(page.select("main [id]").eachAttr("id")).doesNotHaveDuplicates();

        Document viewer = page("viewer", programme, "en");
        assertThat(viewer.select("details.edit, form[action*=/steps/baseline/]"))
                .isEmpty();
        assertThat(viewer.select("#before-heading ~ dl").text())
                .contains(
                        comparison.trained() == EvaluationPlan.Trained.COMPLETERS
                                ? "Completers"
                                : "Everyone who started")
                .contains(comparison.description());
        mvc.perform(changeWindows(programme, stored.revision(), "6", "6", "Langer kijken", "viewer"))
                .andExpect(status().isForbidden());
        mvc.perform(changeComparison(programme, stored.revision(), "STARTERS", List.of(), "Iedereen", "Ook", "viewer"))
                .andExpect(status().isForbidden());
        assertThat(plans.of(programme).orElseThrow().revision()).isEqualTo(stored.revision());
    }

    @Test
    void aChangedWindowIsARevisionWithItsReasonAndTheNextRunFollowsIt() throws Exception {
        long programme = compared();
        EvaluationPlans.StoredPlan stored = plans.of(programme).orElseThrow();
        Runs.Version before = runs.current(programme).orElseThrow();
        int pre = stored.plan().windows().preMonths() == 6 ? 9 : 6;
        int post = stored.plan().windows().postMonths();

        mvc.perform(changeWindows(
                        programme,
                        stored.revision(),
                        String.valueOf(pre),
                        String.valueOf(post),
                        "Een half jaar voor de start",
                        "director"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "steps.value.saved"));

        EvaluationPlans.StoredPlan changed = plans.of(programme).orElseThrow();
        assertThat(changed.revision()).isEqualTo(stored.revision() + 1);
        assertThat(changed.plan().windows()).isEqualTo(new EvaluationPlan.Windows(pre, post));
        assertThat(changed.plan().comparison()).isEqualTo(stored.plan().comparison());
        PlanRevision revision = plans.revisions(programme).get(0);
        assertThat(revision.section()).contains(PlanSection.WINDOWS);
        assertThat(revision.reason()).isEqualTo("Een half jaar voor de start");
        assertThat(revision.changedBy()).isEqualTo("director");

        worker.runNext().orElseThrow();
        Runs.Version after = runs.current(programme).orElseThrow();
        assertThat(after.number()).isEqualTo(before.number() + 1);
        String kpi = stored.plan().measureCodes().get(0);
        assertThat(controlGroup(after, kpi))
                .as("the control group estimate of %s over the longer window", kpi)
                .isNotEqualTo(controlGroup(before, kpi));
        Document page = page("director", programme, "en");
        assertThat(page.select("#before-heading ~ dl .entered").eachText()).contains(String.valueOf(pre));
        assertThat(windowsForm(page).selectFirst("input[name=preMonths]").val()).isEqualTo(String.valueOf(pre));
    }

    @Test
    void theComparisonsUnitsLimitTheControlPeopleAndWhoCountsAsTrainedIsStored() throws Exception {
        long programme = compared();
        EvaluationPlans.StoredPlan stored = plans.of(programme).orElseThrow();
        String kpi = stored.plan().measureCodes().get(0);
        Set<String> before = controlPeople(runs.current(programme).orElseThrow(), kpi);

        mvc.perform(changeComparison(
                        programme,
                        stored.revision(),
                        "COMPLETERS",
                        List.of("D01"),
                        "Medewerkers van Verkoop die nooit deelnamen",
                        "Alleen Verkoop vergelijken",
                        "director"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "steps.value.saved"));

        EvaluationPlans.StoredPlan changed = plans.of(programme).orElseThrow();
        assertThat(changed.revision()).isEqualTo(stored.revision() + 1);
        assertThat(changed.plan().comparison())
                .isEqualTo(new EvaluationPlan.Comparison(
                        EvaluationPlan.Trained.COMPLETERS,
                        Set.of("D01"),
                        "Medewerkers van Verkoop die nooit deelnamen"));
        assertThat(plans.revisions(programme).get(0).reason()).isEqualTo("Alleen Verkoop vergelijken");
        worker.runNext().orElseThrow();
        Set<String> after = controlPeople(runs.current(programme).orElseThrow(), kpi);
        Set<String> inVerkoop = Set.copyOf(jdbc.sql("select distinct e.pseudonym from employee e"
                        + " join employee_period p on p.employee_id = e.id join org_unit u on u.id = p.unit_id"
                        + " left join org_unit d on d.id = u.parent_id where u.code = 'D01' or d.code = 'D01'")
                .query(String.class)
                .list());
        assertThat(after).isNotEmpty().isSubsetOf(inVerkoop);
        assertThat(before).hasSizeGreaterThan(after.size());
        Document page = page("director", programme, "en");
        assertThat(page.select("#before-heading ~ dl .badge.entered").eachText())
                .containsExactly("D01");
        assertThat(comparisonForm(page).select("input[name=unit][checked]").eachAttr("value"))
                .containsExactly("D01");

        mvc.perform(changeComparison(
                        programme,
                        changed.revision(),
                        "STARTERS",
                        List.of("D01"),
                        "Medewerkers van Verkoop die nooit deelnamen",
                        "Het aanbod evalueren, uitvallers inbegrepen",
                        "director"))
                .andExpect(flash().attribute("notice", "steps.value.saved"));
        assertThat(plans.of(programme).orElseThrow().plan().comparison().trained())
                .isEqualTo(EvaluationPlan.Trained.STARTERS);
        assertThat(comparisonForm(page("director", programme, "en"))
                        .selectFirst("input[name=trained][checked]")
                        .val())
                .isEqualTo("STARTERS");
        assertThat(page("viewer", programme, "en")
                        .select("#before-heading ~ dl")
                        .text())
                .contains("Everyone who started");
    }

    @Test
    void aRefusalComesBackInWordsAndStoresNothing() throws Exception {
        long programme = compared();
        EvaluationPlans.StoredPlan stored = plans.of(programme).orElseThrow();
        int revision = stored.revision();
        EvaluationPlan.Windows windows = stored.plan().windows();
        EvaluationPlan.Comparison comparison = stored.plan().comparison();
        String pre = String.valueOf(windows.preMonths());
        String post = String.valueOf(windows.postMonths());

        assertThat(refusal(changeWindows(programme, revision, "6", "6", " ", "director")))
                .isEqualTo("Fill this in.");
        assertThat(refusal(changeWindows(programme, revision, "25", post, "Twee jaar en een maand", "director")))
                .isEqualTo("A window is 0 to 24 months before (at least 1 after), not 25.");
        assertThat(refusal(changeWindows(programme, revision, pre, "0", "Geen nameting", "director")))
                .isEqualTo("A window is 0 to 24 months before (at least 1 after), not 0.");
        assertThat(refusal(changeWindows(programme, revision, "drie", post, "In woorden", "director")))
                .isEqualTo("drie is not a number as this page writes numbers.");
        assertThat(refusal(changeWindows(programme, revision, pre, post, "Niets nieuws", "director")))
                .isEqualTo("This changes nothing in the plan.");
        assertThat(refusal(changeWindows(programme, revision - 1, "6", "6", "Oude pagina", "director")))
                .startsWith("The plan was changed since revision");
        String trained = comparison.trained().name();
        String unknownUnit = refusal(changeComparison(
                programme, revision, trained, List.of("D01", "X99"), "Verkoop en X99", "Met X99", "director"));
        assertThat(unknownUnit).isEqualTo("There is no organisation unit X99.");
        assertThat(refusal(changeComparison(programme, revision, "ALL", List.of(), "Iedereen", "Alle", "director")))
                .isEqualTo("ALL is not one of the choices for this field.");
        assertThat(refusal(changeComparison(programme, revision, trained, List.of(), " ", "Geen tekst", "director")))
                .isEqualTo("Fill this in.");
        assertThat(refusal(changeComparison(programme, revision, trained, List.of("D01"), "Verkoop", "", "director")))
                .isEqualTo("Fill this in.");

        assertThat(plans.of(programme).orElseThrow()).isEqualTo(stored);
        assertThat(worker.runNext()).as("no run follows a refusal").isEmpty();
        Document shown = Jsoup.parse(mvc.perform(get("/programmes/" + programme + "/steps/baseline")
                        .flashAttr("failureText", unknownUnit)
                        .with(user(accounts.loadUserByUsername("director")))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(shown.select(".flash-error").text()).isEqualTo("There is no organisation unit X99.");
    }

    @Test
    void aProgrammeWithoutAPlanShowsNoFormAndOneWithAPlanButNoResultDoes() throws Exception {
        long director = jdbc.sql("select id from app_user where username = 'director'")
                .query(Long.class)
                .single();
        long programme = catalogue.create(
                "director",
                new ProgrammeDetails(
                        "Nulmeting zonder plan",
                        ProgrammeType.LEADERSHIP,
                        Optional.empty(),
                        director,
                        Optional.of("Directeur HR"),
                        ProgrammeStatus.PLANNED,
                        Optional.empty(),
                        DeliveryMode.BLENDED,
                        false,
                        Optional.empty(),
                        Optional.empty(),
                        5,
                        Set.of()));

        for (String language : List.of("nl", "en")) {
            assertThat(page("director", programme, language).select("details.edit, form[action*=/steps/baseline/]"))
                    .isEmpty();
        }

        plans.create(
                "director",
                programme,
                PlanDefaults.of(catalogue.byId(programme).orElseThrow(), kpis.all(), "Iedereen met KPI-gegevens"),
                "Een plan om mee te beginnen");
        Document page = page("director", programme, "en");
        assertThat(page.select("#windows-heading")).hasSize(1);
        assertThat(windowsForm(page).selectFirst("input[name=preMonths]").val()).isEqualTo("3");
        assertThat(comparisonForm(page)
                        .selectFirst("textarea[name=description]")
                        .val())
                .isEqualTo("Iedereen met KPI-gegevens");
        assertThat(page("viewer", programme, "en").select("details.edit")).isEmpty();
    }

    /** A demo programme with a plan whose first measure compares the trained with control people. */
    private long compared() {
        for (ProgrammeSummary programme : catalogue.all()) {
            Optional<EvaluationPlans.StoredPlan> plan = plans.of(programme.id());
            Optional<Runs.Version> version = runs.current(programme.id());
            if (plan.isPresent()
                    && version.isPresent()
                    && plan.get().plan().windows().preMonths() > 0
                    && !plan.get().plan().measureCodes().isEmpty()
                    && !controlPeople(
                                    version.get(),
                                    plan.get().plan().measureCodes().get(0))
                            .isEmpty()) {
                return programme.id();
            }
        }
        throw new AssertionError("a demo programme compared with control people");
    }

    /** The measure's control group candidate in a version's result (its estimate, trail and reasons). */
    private static String controlGroup(Runs.Version version, String kpi) {
        for (JsonNode measure : JsonMapper.shared().readTree(version.result()).path("measures")) {
            if (measure.path("id").asString("").equals(kpi)) {
                List<JsonNode> candidates = new ArrayList<>();
                measure.path("alternatives").forEach(candidates::add);
                candidates.add(measure.path("headline"));
                return candidates.stream()
                        .filter(candidate -> "GIVEN_CONTROL_GROUP"
                                .equals(candidate.path("method").asString("")))
                        .findFirst()
                        .orElseThrow()
                        .toString();
            }
        }
        throw new AssertionError("no measure " + kpi);
    }

    private Set<String> controlPeople(Runs.Version version, String kpi) {
        String table = "control-" + kpi + ".csv";
        var files = runs.files(version.run().id());
        if (!files.files().containsKey(table)) {
            return Set.of();
        }
        return files.text(table)
                .lines()
                .filter(line -> line.contains(",control,"))
                .map(line -> line.split(",")[0])
                .collect(Collectors.toSet());
    }

    private static Element windowsForm(Document page) {
        return page.selectFirst("details.edit form[action$=/steps/baseline/windows]");
    }

    private static Element comparisonForm(Document page) {
        return page.selectFirst("details.edit form[action$=/steps/baseline/comparison]");
    }

    private MockHttpServletRequestBuilder changeWindows(
            long programme, int revision, String pre, String post, String reason, String username) {
        return post("/programmes/" + programme + "/steps/baseline/windows")
                .param("revision", String.valueOf(revision))
                .param("preMonths", pre)
                .param("postMonths", post)
                .param("reason", reason)
                .header("Accept-Language", "en")
                .with(user(accounts.loadUserByUsername(username)))
                .with(csrf());
    }

    private MockHttpServletRequestBuilder changeComparison(
            long programme,
            int revision,
            String trained,
            List<String> units,
            String description,
            String reason,
            String username) {
        MockHttpServletRequestBuilder change = post("/programmes/" + programme + "/steps/baseline/comparison");
        units.forEach(unit -> change.param("unit", unit));
        return change.param("revision", String.valueOf(revision))
                .param("trained", trained)
                .param("description", description)
                .param("reason", reason)
                .header("Accept-Language", "en")
                .with(user(accounts.loadUserByUsername(username)))
                .with(csrf());
    }

    /** The words a refused change brings back to the page. */
    private String refusal(MockHttpServletRequestBuilder change) throws Exception {
        MvcResult result = mvc.perform(change)
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("failureText"))
                .andReturn();
        return (String) result.getFlashMap().get("failureText");
    }

    private Document page(String username, long programme, String language) throws Exception {
        return new StepPagesClient(mvc, accounts)
                .page(username, "/programmes/" + programme + "/steps/baseline", language);
    }
}
