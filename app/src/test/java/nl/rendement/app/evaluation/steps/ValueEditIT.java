package nl.rendement.app.evaluation.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.rendement.app.costs.CostLine;
import nl.rendement.app.costs.CostLines;
import nl.rendement.app.evaluation.run.RunWorker;
import nl.rendement.app.evaluation.run.Runs;
import nl.rendement.app.plan.EvaluationPlan;
import nl.rendement.app.plan.EvaluationPlans;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeSummary;
import nl.rendement.engine.costs.CostCategory;
import nl.rendement.engine.isolation.estimate.EstimateSource;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Value step's edits of the plan on the page: per measure how its effect is isolated and whose
 * estimates count, the share of each ledger line counted, participants' time and the categories
 * explicitly zero, and the intangible benefits. Each form shows the plan as it is; an analyst's
 * change is a new revision with its reason that the next run evaluates; a refusal comes back in
 * words and stores nothing; a viewer sees no form and is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class ValueEditIT {

    private static final String ANALYST = "director";
    private static final String VIEWER = "viewer";

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    EvaluationPlans plans;

    @Autowired
    CostLines ledger;

    @Autowired
    RunWorker worker;

    @Autowired
    Runs runs;

    @Autowired
    UserDetailsService accounts;

    @BeforeEach
    void evaluateWhatIsQueued() {
        while (worker.runNext().isPresent()) {
            // every queued run, one after the other, as the background worker would
        }
    }

    @Test
    void anAnalystIsolatesAMeasureByEstimatesOnlyAndTheResultUsesNoComparisonGroup() throws Exception {
        long programme = -1;
        String kpi = null;
        for (ProgrammeSummary candidate : catalogue.all()) {
            for (JsonNode measure : result(candidate.id()).get("measures")) {
                if (methods(measure).stream().anyMatch(method -> !method.endsWith("_ESTIMATE"))
                        && methods(measure).stream().anyMatch(method -> method.endsWith("_ESTIMATE"))) {
                    programme = candidate.id();
                    kpi = measure.get("id").asString();
                }
            }
        }
        assertThat(kpi)
                .as("a demo measure isolated by a comparison and by estimates")
                .isNotNull();
        String path = value(programme);
        Element form = page(ANALYST, path).selectFirst("form[action$=/measures/" + kpi + "/isolation]");
        assertThat(form).isNotNull();
        assertThat(form.select("input[name=isolation][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder("CONTROL_GROUP", "ESTIMATES");
        assertThat(form.select("input[name=estimateSources][checked]").eachAttr("value"))
                .containsExactly("PARTICIPANT");
        assertThat(form.select("input[type=checkbox]"))
                .allSatisfy(box ->
                        assertThat(form.select("label[for=" + box.id() + "]")).hasSize(1));
        int revision = revision(programme);

        send(form, ANALYST, "isolation", "ESTIMATES", "reason", "Alleen schattingen")
                .andExpect(flash().attributeExists("failureText"));
        send(form, ANALYST, "isolation", "CONTROL_GROUP", "estimateSources", "MANAGER", "reason", "Geen schattingen")
                .andExpect(flash().attributeExists("failureText"));
        send(form, ANALYST, "reason", "Niets gekozen").andExpect(flash().attributeExists("failureText"));
        send(form, ANALYST, "isolation", "ESTIMATES", "estimateSources", "PARTICIPANT", "reason", "")
                .andExpect(flash().attributeExists("failureText"));
        send(form, ANALYST, "isolation", "GUESSWORK", "reason", "Onbekend")
                .andExpect(flash().attributeExists("failureText"));
        assertThat(revision(programme)).as("a refusal stores nothing").isEqualTo(revision);
        send(form, VIEWER, "isolation", "ESTIMATES", "estimateSources", "PARTICIPANT", "reason", "Kijker")
                .andExpect(status().isForbidden());
        assertThat(page(VIEWER, path).select("form[action$=/isolation]")).isEmpty();

        send(
                        form,
                        ANALYST,
                        "isolation",
                        "ESTIMATES",
                        "estimateSources",
                        "PARTICIPANT",
                        "estimateSources",
                        "MANAGER",
                        "reason",
                        "De controlegroep is niet vergelijkbaar")
                .andExpect(flash().attribute("notice", "steps.value.saved"));
        assertThat(revision(programme)).isEqualTo(revision + 1);
        String measured = kpi;
        EvaluationPlan.Measure changed = plans.of(programme).orElseThrow().plan().measures().stream()
                .filter(measure -> measure.kpi().equals(measured))
                .findFirst()
                .orElseThrow();
        assertThat(changed.isolation()).containsExactly(EvaluationPlan.Isolation.ESTIMATES);
        assertThat(changed.estimateSources())
                .containsExactlyInAnyOrder(EstimateSource.PARTICIPANT, EstimateSource.MANAGER);
        assertThat(plans.revisions(programme).get(0).reason()).isEqualTo("De controlegroep is niet vergelijkbaar");

        worker.runNext().orElseThrow();
        JsonNode after = measure(result(programme), kpi);
        assertThat(methods(after))
                .isNotEmpty()
                .allSatisfy(method -> assertThat(method).endsWith("_ESTIMATE"));
        assertThat(page(ANALYST, path)
                        .selectFirst("form[action$=/measures/" + kpi + "/isolation]")
                        .select("input[name=isolation][checked]")
                        .eachAttr("value"))
                .containsExactly("ESTIMATES");
    }

    @Test
    void aLedgerLineCountedForNothingLowersTheCostsAndCountsWholeAgain() throws Exception {
        long programme = -1;
        String line = null;
        for (ProgrammeSummary candidate : catalogue.all()) {
            Optional<String> counted = lineBesideAnother(result(candidate.id()));
            if (counted.isPresent()) {
                programme = candidate.id();
                line = counted.get();
            }
        }
        assertThat(line)
                .as("a demo ledger line counted beside another of its category")
                .isNotNull();
        BigDecimal before = costs(programme);
        String path = value(programme);
        Element form = lineForm(page(ANALYST, path), line);
        assertThat(form.selectFirst("input[name=share]").val()).isEqualTo("100");
        assertThat(form.select("button[name=whole]"))
                .as("a line the plan does not name counts whole")
                .isEmpty();
        int revision = revision(programme);

        send(form, ANALYST, "share", "150", "reason", "Te veel").andExpect(flash().attributeExists("failureText"));
        send(form, ANALYST, "share", "veel", "reason", "Geen getal").andExpect(flash().attributeExists("failureText"));
        send(form, ANALYST, "share", "0", "reason", " ").andExpect(flash().attributeExists("failureText"));
        assertThat(revision(programme)).isEqualTo(revision);
        send(form, VIEWER, "share", "0", "reason", "Kijker").andExpect(status().isForbidden());
        assertThat(page(VIEWER, path).select("form[action*=/costs]")).isEmpty();

        send(form, ANALYST, "share", "0", "reason", "Betaald uit het budget van een ander programma")
                .andExpect(flash().attribute("notice", "steps.value.saved"));
        assertThat(revision(programme)).isEqualTo(revision + 1);
        assertThat(plans.of(programme).orElseThrow().plan().costs().lines())
                .containsExactly(new EvaluationPlan.LineChoice(
                        line, BigDecimal.ZERO, "Betaald uit het budget van een ander programma"));
        worker.runNext().orElseThrow();
        assertThat(costs(programme)).isLessThan(before);

        Element chosen = lineForm(page(ANALYST, path), line);
        assertThat(chosen.selectFirst("input[name=share]").val()).isEqualTo("0");
        assertThat(chosen.selectFirst("input[name=reason]").val())
                .isEqualTo("Betaald uit het budget van een ander programma");
        send(chosen, ANALYST, "whole", "true", "reason", "Toch volledig")
                .andExpect(flash().attribute("notice", "steps.value.saved"));
        assertThat(plans.of(programme).orElseThrow().plan().costs().lines()).isEmpty();
        worker.runNext().orElseThrow();
        assertThat(costs(programme)).isEqualByComparingTo(before);
    }

    @Test
    void participantsTimeAndACategoryLeftOutAreExplicitlyZeroWithAReason() throws Exception {
        long programme = -1;
        CostLine only = null;
        for (ProgrammeSummary candidate : catalogue.all()) {
            Map<CostCategory, List<CostLine>> lines = ledger.ofProgrammes(List.of(candidate.id())).values().stream()
                    .filter(line -> line.category().costCategory().isPresent())
                    .collect(Collectors.groupingBy(
                            line -> line.category().costCategory().get()));
            Optional<CostLine> alone = lines.entrySet().stream()
                    .filter(entry -> entry.getKey() != CostCategory.PARTICIPANT_TIME
                            && entry.getValue().size() == 1)
                    .map(entry -> entry.getValue().get(0))
                    .findFirst();
            if (alone.isPresent()) {
                programme = candidate.id();
                only = alone.get();
            }
        }
        assertThat(only).as("a demo cost category with one ledger line").isNotNull();
        String category = only.category().costCategory().orElseThrow().name();
        BigDecimal before = costs(programme);
        String path = value(programme);
        Element form = page(ANALYST, path).selectFirst("form[action$=/costs]");
        assertThat(form).isNotNull();
        assertThat(form.selectFirst("input[name=participantTime]").hasAttr("checked"))
                .isTrue();
        assertThat(form.select("input[name=zero][checked]")).isEmpty();
        int revision = revision(programme);

        send(form, ANALYST, "participantTime", "true", "zero", category, "reason", "Nul")
                .andExpect(flash().attributeExists("failureText"));
        send(form, ANALYST, "participantTime", "true", "zero", "PARTICIPANT_TIME", "reason", "Nul")
                .andExpect(flash().attributeExists("failureText"));
        send(form, ANALYST, "zero", "NOTHING", "reason", "Onbekend").andExpect(flash().attributeExists("failureText"));
        send(form, ANALYST, "participantTime", "true", "reason", "Niets veranderd")
                .andExpect(flash().attributeExists("failureText"));
        send(form, ANALYST, "zero", category, "reason", "").andExpect(flash().attributeExists("failureText"));
        assertThat(revision(programme)).isEqualTo(revision);
        send(form, VIEWER, "reason", "Kijker").andExpect(status().isForbidden());

        send(
                        lineForm(page(ANALYST, path), only.lineId()),
                        ANALYST,
                        "share",
                        "0",
                        "reason",
                        "Geen kosten voor dit programma")
                .andExpect(flash().attribute("notice", "steps.value.saved"));
        send(
                        page(ANALYST, path).selectFirst("form[action$=/costs]"),
                        ANALYST,
                        "zero",
                        category,
                        "reason",
                        "Deelnemers volgden het in hun eigen tijd")
                .andExpect(flash().attribute("notice", "steps.value.saved"));
        assertThat(revision(programme)).isEqualTo(revision + 2);
        EvaluationPlan.Costs costs = plans.of(programme).orElseThrow().plan().costs();
        assertThat(costs.participantTime()).isFalse();
        assertThat(costs.zero()).containsExactly(CostCategory.valueOf(category));
        assertThat(plans.revisions(programme).get(0).reason()).isEqualTo("Deelnemers volgden het in hun eigen tijd");
        worker.runNext().orElseThrow();
        assertThat(costs(programme)).isLessThan(before);
        Element after = page(ANALYST, path).selectFirst("form[action$=/costs]");
        assertThat(after.selectFirst("input[name=participantTime]").hasAttr("checked"))
                .isFalse();
        assertThat(after.select("input[name=zero][checked]").eachAttr("value")).containsExactly(category);
    }

    @Test
    void anAnalystAddsAndRemovesAnIntangibleBenefitWithAReason() throws Exception {
        long programme = catalogue.all().get(4).id();
        String path = value(programme);
        Document page = page(ANALYST, path);
        assertThat(page.selectFirst("#intangibles-heading")).isNotNull();
        Element form = page.selectFirst("form[action$=/value/intangibles/add]");
        assertThat(form).isNotNull();
        String kpi = form.select("select[name=kpi] option").last().val();
        assertThat(kpi).isNotEmpty();
        int revision = revision(programme);

        send(form, ANALYST, "name", " ", "reason", "Leeg").andExpect(flash().attributeExists("failureText"));
        send(form, ANALYST, "name", "Trots", "kpi", "no-such-kpi", "reason", "Onbekend")
                .andExpect(flash().attributeExists("failureText"));
        send(form, ANALYST, "name", "Trots", "reason", "").andExpect(flash().attributeExists("failureText"));
        assertThat(revision(programme)).isEqualTo(revision);
        send(form, VIEWER, "name", "Trots", "reason", "Kijker").andExpect(status().isForbidden());
        Document viewed = page(VIEWER, path);
        assertThat(viewed.selectFirst("#intangibles-heading")).isNotNull();
        assertThat(viewed.select("form[action*=/intangibles/]")).isEmpty();

        send(
                        form,
                        ANALYST,
                        "name",
                        "Trots op het vak",
                        "description",
                        "Medewerkers zijn trotser op hun werk",
                        "kpi",
                        kpi,
                        "reason",
                        "Uit de interviews met leidinggevenden")
                .andExpect(flash().attribute("notice", "steps.value.saved"));
        assertThat(revision(programme)).isEqualTo(revision + 1);
        assertThat(plans.of(programme).orElseThrow().plan().intangibles())
                .containsExactly(new EvaluationPlan.Intangible(
                        "Trots op het vak", "Medewerkers zijn trotser op hun werk", Optional.of(kpi)));
        worker.runNext().orElseThrow();
        assertThat(StreamSupport.stream(result(programme).get("intangibles").spliterator(), false)
                        .map(intangible -> intangible.get("name").asString()))
                .containsExactly("Trots op het vak");
        Document added = page(ANALYST, path);
        assertThat(added.selectFirst("#intangibles-heading").parent().text())
                .contains("Trots op het vak")
                .contains("Medewerkers zijn trotser op hun werk");

        Element remove = added.selectFirst("form[action$=/value/intangibles/0/remove]");
        assertThat(remove).isNotNull();
        send(remove, VIEWER, "reason", "Kijker").andExpect(status().isForbidden());
        send(remove, ANALYST, "reason", "").andExpect(flash().attributeExists("failureText"));
        send(remove, ANALYST, "reason", "Niet meetbaar genoeg")
                .andExpect(flash().attribute("notice", "steps.value.saved"));
        assertThat(plans.of(programme).orElseThrow().plan().intangibles()).isEmpty();
        assertThat(page(ANALYST, path)
                        .selectFirst("#intangibles-heading")
                        .parent()
                        .text())
                .doesNotContain("Trots op het vak");
    }

    @Test
    void theValueOfAUnitIsStillRefusedInWordsWithoutAReason() throws Exception {
        long programme = catalogue.all().get(0).id();
        Element form =
                page(ANALYST, value(programme)).selectFirst("form[action*=/value/measures/]:not([action$=/isolation])");
        assertThat(form).isNotNull();
        int revision = revision(programme);
        send(
                        form,
                        ANALYST,
                        "amount",
                        "12",
                        "currency",
                        "EUR",
                        "technique",
                        "EMPLOYEE_TIME",
                        "source",
                        "Controller",
                        "year",
                        "2026",
                        "reason",
                        "")
                .andExpect(flash().attributeExists("failureText"));
        send(
                        form,
                        ANALYST,
                        "amount",
                        "12",
                        "currency",
                        "EUR",
                        "technique",
                        "GUESS",
                        "source",
                        "Controller",
                        "year",
                        "2026",
                        "reason",
                        "Tarief")
                .andExpect(flash().attributeExists("failureText"));
        assertThat(revision(programme)).isEqualTo(revision);
    }

    /**
     * A ledger line the result counts for more than nothing in a category where another line
     * counts too: leaving it out leaves the category present, so the costs stay complete.
     */
    private static Optional<String> lineBesideAnother(JsonNode result) {
        for (JsonNode category : result.at("/costs/categories")) {
            List<String> counted = StreamSupport.stream(category.get("trail").spliterator(), false)
                    .filter(step -> step.get("code").asString().equals("cost.line"))
                    .filter(step ->
                            new BigDecimal(fact(step, "counted").get("amount").asString()).signum() > 0)
                    .map(step -> fact(step, "line").asString())
                    .toList();
            if (counted.size() > 1) {
                return Optional.of(counted.get(0));
            }
        }
        return Optional.empty();
    }

    private static JsonNode fact(JsonNode step, String name) {
        for (JsonNode fact : step.get("facts")) {
            if (fact.get("name").asString().equals(name)) {
                return fact.get("value");
            }
        }
        throw new AssertionError("a " + name + " fact");
    }

    private static Element lineForm(Document page, String line) {
        return page.select("form[action$=/costs/lines]").stream()
                .filter(form -> form.selectFirst("input[name=line]").val().equals(line))
                .findFirst()
                .orElseThrow();
    }

    private static String value(long programme) {
        return "/programmes/" + programme + "/steps/value";
    }

    private int revision(long programme) {
        return plans.of(programme).orElseThrow().revision();
    }

    private JsonNode result(long programme) {
        return JsonMapper.shared()
                .readTree(runs.current(programme).orElseThrow().result());
    }

    private BigDecimal costs(long programme) {
        return new BigDecimal(result(programme).at("/costs/total/value/amount").asString());
    }

    private static JsonNode measure(JsonNode result, String kpi) {
        return StreamSupport.stream(result.get("measures").spliterator(), false)
                .filter(measure -> measure.get("id").asString().equals(kpi))
                .findFirst()
                .orElseThrow();
    }

    /** The methods of a measure's headline and alternatives. */
    private static List<String> methods(JsonNode measure) {
        List<String> methods = new ArrayList<>();
        if (measure.hasNonNull("headline")) {
            methods.add(measure.get("headline").get("method").asString());
        }
        measure.get("alternatives")
                .forEach(candidate -> methods.add(candidate.get("method").asString()));
        return methods;
    }

    private Document page(String username, String path) throws Exception {
        return new StepPagesClient(mvc, accounts).page(username, path, "en");
    }

    /** Sends a form of the page as {@code username}; an analyst's change always goes back to the page. */
    private ResultActions send(Element form, String username, String... fields) throws Exception {
        ResultActions result = mvc.perform(new StepPagesClient(mvc, accounts).send(form, username, "en", fields));
        if (username.equals(ANALYST)) {
            result.andExpect(status().is3xxRedirection());
        }
        return result;
    }
}
