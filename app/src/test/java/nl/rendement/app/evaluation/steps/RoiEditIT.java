package nl.rendement.app.evaluation.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.evaluation.run.RunState;
import nl.rendement.app.evaluation.run.RunWorker;
import nl.rendement.app.kpi.KpiDefinitions;
import nl.rendement.app.plan.EvaluationPlan;
import nl.rendement.app.plan.EvaluationPlans;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeSummary;
import nl.rendement.engine.costs.CostCategory;
import nl.rendement.engine.isolation.HeadlineRule;
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

/**
 * The ROI step's assumptions changed through the page by an analyst who sees the programme whole:
 * the horizon, the discount rate, the rules and the forecast. Each form shows the plan's current
 * value; a change is a new plan revision with its reason and the next run's result follows it; a
 * refusal comes back in words and stores nothing; a viewer sees no form and is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class RoiEditIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    RunWorker worker;

    @Autowired
    EvaluationPlans plans;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    KpiDefinitions kpis;

    @BeforeEach
    void evaluateWhatIsQueued() {
        while (worker.runNext().isPresent()) {
            // every queued run, one after the other, as the background worker would
        }
    }

    @Test
    void aHorizonOfTwoYearsWithAJustificationChangesTheNextRunsRoi() throws Exception {
        long programme = withRoi();
        Document page = page("director", roi(programme), "nl");
        Element form = page.selectFirst("details.edit form[action$=/steps/roi/horizon]");
        assertThat(form).isNotNull();
        EvaluationPlans.StoredPlan before = plans.of(programme).orElseThrow();
        assertThat(form.selectFirst("input[name=months]").val())
                .isEqualTo(String.valueOf(before.plan().horizon().months()));
        String roiBefore = page.selectFirst("a.figure-link[href*=roiPercent]").text();

        send("director", form, "months", "24", "justification", "Het effect houdt twee jaar aan", "reason", "")
                .andExpect(flash().attributeExists("failureText"));
        send("director", form, "months", "24", "justification", "", "reason", "Twee jaar")
                .andExpect(flash().attribute(
                                "failureText",
                                "Baten over 24 maanden tellen in plaats van een jaar vraagt een onderbouwing."));
        send("director", form, "months", "twee jaar", "justification", "Het effect houdt aan", "reason", "Twee jaar")
                .andExpect(flash().attributeExists("failureText"));
        assertThat(plans.of(programme).orElseThrow().revision()).isEqualTo(before.revision());

        send("director", form, "months", "24", "justification", "Het effect houdt twee jaar aan", "reason", "Twee jaar")
                .andExpect(flash().attribute("notice", "steps.value.saved"));
        EvaluationPlans.StoredPlan after = plans.of(programme).orElseThrow();
        assertThat(after.revision()).isEqualTo(before.revision() + 1);
        assertThat(after.plan().horizon())
                .isEqualTo(new EvaluationPlan.Horizon(24, Optional.of("Het effect houdt twee jaar aan")));
        assertThat(plans.revisions(programme).get(0).reason()).isEqualTo("Twee jaar");

        worker.runNext().orElseThrow();
        Document changed = page("director", roi(programme), "nl");
        assertThat(changed.selectFirst("a.figure-link[href*=roiPercent]").text())
                .isNotEqualTo(roiBefore);
        assertThat(changed.selectFirst("form[action$=/steps/roi/horizon] input[name=months]")
                        .val())
                .isEqualTo("24");
        assertThat(changed.text()).contains("Het effect houdt twee jaar aan");
    }

    @Test
    void theDiscountRateIsThePlansOwnWithAJustificationOrTheOrganisationsAgain() throws Exception {
        long programme = catalogue.all().get(1).id();
        Element form = page("director", roi(programme), "nl").selectFirst("form[action$=/steps/roi/discount-rate]");
        assertThat(form.selectFirst("input[name=percent]").val()).isEmpty();
        int revision = plans.of(programme).orElseThrow().revision();

        send("director", form, "percent", "3,5", "justification", "", "reason", "Financiering")
                .andExpect(flash().attributeExists("failureText"));
        send("director", form, "percent", "130", "justification", "Lening", "reason", "Financiering")
                .andExpect(flash().attributeExists("failureText"));
        assertThat(plans.of(programme).orElseThrow().revision()).isEqualTo(revision);

        send("director", form, "percent", "3,5", "justification", "Lening tegen 3,5%", "reason", "Financiering")
                .andExpect(flash().attribute("notice", "steps.value.saved"));
        assertThat(plans.of(programme).orElseThrow().plan().discountRate())
                .contains(new EvaluationPlan.DiscountRate(new BigDecimal("3.5"), "Lening tegen 3,5%"));
        Element own = page("director", roi(programme), "nl").selectFirst("form[action$=/steps/roi/discount-rate]");
        assertThat(own.selectFirst("input[name=percent]").val()).isEqualTo("3,5");
        assertThat(own.select("button[name=organisation]")).hasSize(1);

        send("director", own, "organisation", "true", "reason", "Weer de rente van de organisatie")
                .andExpect(flash().attribute("notice", "steps.value.saved"));
        assertThat(plans.of(programme).orElseThrow().plan().discountRate()).isEmpty();
        assertThat(plans.of(programme).orElseThrow().revision()).isEqualTo(revision + 2);
    }

    @Test
    void theRulesAreStoredWithTheirReason() throws Exception {
        long programme = catalogue.all().get(0).id();
        Element form = page("director", roi(programme), "en").selectFirst("form[action$=/steps/roi/rules]");
        EvaluationPlan.Rules rules = plans.of(programme).orElseThrow().plan().rules();
        assertThat(form.selectFirst("select[name=headline] option[selected]").val())
                .isEqualTo(rules.headline().name());
        assertThat(form.selectFirst("input[name=extremeClaimRule]").hasAttr("checked"))
                .isEqualTo(rules.extremeClaimRule());
        int revision = plans.of(programme).orElseThrow().revision();

        send("director", form, "headline", "HIGHEST", "reason", "Optimistic")
                .andExpect(flash().attribute("failureText", "HIGHEST is geen van de keuzes voor dit veld."));
        assertThat(plans.of(programme).orElseThrow().revision()).isEqualTo(revision);

        send("director", form, "headline", "LOWEST_IN_MOST_CREDIBLE_TIER", "reason", "The control group outranks")
                .andExpect(flash().attribute("notice", "steps.value.saved"));
        assertThat(plans.of(programme).orElseThrow().plan().rules())
                .isEqualTo(new EvaluationPlan.Rules(HeadlineRule.LOWEST_IN_MOST_CREDIBLE_TIER, false));
        assertThat(plans.revisions(programme).get(0).reason()).isEqualTo("The control group outranks");
        Element changed = page("director", roi(programme), "en").selectFirst("form[action$=/steps/roi/rules]");
        assertThat(changed.selectFirst("select[name=headline] option[selected]").val())
                .isEqualTo("LOWEST_IN_MOST_CREDIBLE_TIER");
        assertThat(changed.selectFirst("input[name=extremeClaimRule]").hasAttr("checked"))
                .isFalse();
    }

    @Test
    void theForecastIsMadeWithItsCostsAndRemovedAgain() throws Exception {
        long programme = withRoi();
        List<EvaluationPlan.Measure> measures =
                plans.of(programme).orElseThrow().plan().measures();
        String kpi =
                measures.stream().filter(this::valued).findFirst().orElseThrow().kpi();
        Document page = page("director", roi(programme), "nl");
        Element form = page.selectFirst("form[action$=/steps/roi/forecast]");
        assertThat(form.selectFirst("input[name=participants]").val()).isEmpty();
        assertThat(form.selectFirst("input[name=expected." + kpi + "]")).isNotNull();
        assertThat(page.select("form[action$=/forecast/costs/add], form[action$=/forecast/remove]"))
                .isEmpty();
        int revision = plans.of(programme).orElseThrow().revision();

        send(
                        "director",
                        form,
                        "participants",
                        "40",
                        "low." + kpi,
                        "3",
                        "expected." + kpi,
                        "2",
                        "high." + kpi,
                        "4",
                        "attribution." + kpi,
                        "50",
                        "confidence." + kpi,
                        "80",
                        "reason",
                        "Voorspelling vooraf")
                .andExpect(flash().attributeExists("failureText"));
        assertThat(plans.of(programme).orElseThrow().revision()).isEqualTo(revision);
        send(
                        "director",
                        form,
                        "participants",
                        "40",
                        "low." + kpi,
                        "1,5",
                        "expected." + kpi,
                        "2",
                        "high." + kpi,
                        "3",
                        "attribution." + kpi,
                        "50",
                        "confidence." + kpi,
                        "80",
                        "reason",
                        "Voorspelling vooraf")
                .andExpect(flash().attribute("notice", "steps.value.saved"));
        EvaluationPlan.Forecast forecast =
                plans.of(programme).orElseThrow().plan().forecast().orElseThrow();
        assertThat(forecast.expectedParticipants()).isEqualTo(40);
        assertThat(forecast.measures())
                .containsExactly(new EvaluationPlan.ForecastMeasure(
                        kpi,
                        new BigDecimal("1.5"),
                        new BigDecimal("2"),
                        new BigDecimal("3"),
                        new BigDecimal("50"),
                        new BigDecimal("80")));

        assertThat(worker.runNext().orElseThrow().state()).isEqualTo(RunState.DONE);
        Document made = page("director", roi(programme), "nl");
        assertThat(made.selectFirst("form[action$=/steps/roi/forecast] input[name=low." + kpi + "]")
                        .val())
                .isEqualTo("1,5");
        assertThat(made.select("a[href*=forecast]")).isNotEmpty();

        Element add = made.selectFirst("form[action$=/forecast/costs/add]");
        send(
                        "director",
                        add,
                        "category",
                        "DELIVERY",
                        "description",
                        "Trainers",
                        "amount",
                        "12.500",
                        "date",
                        "2026-03-01",
                        "reason",
                        "Offerte")
                .andExpect(flash().attribute("notice", "steps.value.saved"));
        assertThat(plans.of(programme)
                        .orElseThrow()
                        .plan()
                        .forecast()
                        .orElseThrow()
                        .costs())
                .containsExactly(new EvaluationPlan.ProjectedLine(
                        "forecast-1",
                        CostCategory.DELIVERY,
                        "Trainers",
                        new BigDecimal("12500"),
                        LocalDate.of(2026, 3, 1)));
        Document costed = page("director", roi(programme), "nl");
        assertThat(costed.select("details.edit td.num").text()).isEqualTo("12.500");
        Element remove = costed.selectFirst("form[action$=/forecast/costs/0/remove]");
        send("director", remove, "reason", "Toch intern").andExpect(flash().attribute("notice", "steps.value.saved"));
        assertThat(plans.of(programme)
                        .orElseThrow()
                        .plan()
                        .forecast()
                        .orElseThrow()
                        .costs())
                .isEmpty();

        Element removeForecast = page("director", roi(programme), "nl").selectFirst("form[action$=/forecast/remove]");
        send("director", removeForecast, "reason", "Geen voorspelling")
                .andExpect(flash().attribute("notice", "steps.value.saved"));
        assertThat(plans.of(programme).orElseThrow().plan().forecast()).isEmpty();
        assertThat(plans.of(programme).orElseThrow().revision()).isEqualTo(revision + 4);
    }

    @Test
    void aViewerSeesNoFormAndIsRefused() throws Exception {
        long programme = catalogue.all().get(0).id();
        Document director = page("director", roi(programme), "en");
        List<Element> forms = director.select("form[action*=/steps/roi/]");
        assertThat(forms).hasSizeGreaterThanOrEqualTo(4);
        assertThat(forms).allMatch(form -> form.closest("details.edit") != null);
        Document viewer = page("viewer", roi(programme), "en");
        assertThat(viewer.select("details.edit, form[action*=/steps/roi/]")).isEmpty();
        assertThat(viewer.selectFirst("#assumptions-heading")).isNotNull();
        int revision = plans.of(programme).orElseThrow().revision();
        for (String route : List.of(
                "horizon",
                "discount-rate",
                "rules",
                "forecast",
                "forecast/remove",
                "forecast/costs/add",
                "forecast/costs/0/remove")) {
            mvc.perform(post(roi(programme) + "/" + route)
                            .param("revision", String.valueOf(revision))
                            .param("months", "24")
                            .param("justification", "x")
                            .param("reason", "x")
                            .with(user(accounts.loadUserByUsername("viewer")))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(plans.of(programme).orElseThrow().revision()).isEqualTo(revision);
    }

    /** A demo programme whose latest result has an ROI and whose horizon is a year. */
    private long withRoi() throws Exception {
        for (ProgrammeSummary candidate : catalogue.all()) {
            if (plans.of(candidate.id()).orElseThrow().plan().horizon().months() == 12
                    && plans.of(candidate.id()).orElseThrow().plan().forecast().isEmpty()
                    && page("director", roi(candidate.id()), "nl").selectFirst("a.figure-link[href*=roiPercent]")
                            != null) {
                return candidate.id();
            }
        }
        throw new AssertionError("a demo programme with an ROI over a year");
    }

    private boolean valued(EvaluationPlan.Measure measure) {
        return RoiAssumptions.valued(measure, kpis.byCode(measure.kpi()));
    }

    private static String roi(long programme) {
        return "/programmes/" + programme + "/steps/roi";
    }

    private Document page(String username, String path, String language) throws Exception {
        return new StepPagesClient(mvc, accounts).page(username, path, language);
    }

    /** Sends a form of the page as {@code username}, in Dutch; every change goes back to the page. */
    private ResultActions send(String username, Element form, String... fields) throws Exception {
        return mvc.perform(new StepPagesClient(mvc, accounts).send(form, username, "nl", fields))
                .andExpect(status().is3xxRedirection());
    }
}
