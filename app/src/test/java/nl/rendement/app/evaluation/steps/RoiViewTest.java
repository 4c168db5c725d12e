package nl.rendement.app.evaluation.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.evaluation.charts.CostBenefitChart;
import nl.rendement.app.evaluation.charts.RoiRangeChart.RoiRange;
import nl.rendement.app.evaluation.charts.TornadoChart;
import nl.rendement.app.evaluation.run.Run;
import nl.rendement.app.evaluation.run.RunState;
import nl.rendement.app.evaluation.run.Runs;
import nl.rendement.app.system.Languages;
import nl.rendement.app.system.TestFormats;
import nl.rendement.engine.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class RoiViewTest {

    /** A hand-written result: a headline ROI with its range and sensitivity, two measures and two cost categories. */
    private static final String RESULT = """
            {"roiObjective": "25", "horizon": {"months": 12},
             "measures": [
               {"id": "sales", "name": "Revenue", "annualBenefit": {"value": {"amount": "60000.00", "currency": "EUR"}},
                "headline": null, "alternatives": [], "reasons": []},
               {"id": "errors", "name": "Errors", "annualBenefit": {"value": {"amount": "0.00", "currency": "EUR"}},
                "headline": null, "alternatives": [], "reasons": []}],
             "annualBenefits": {"value": {"amount": "60000.00", "currency": "EUR"}},
             "costs": {"kind": "costs",
               "categories": {
                 "DELIVERY": {"value": {"amount": "30000.00", "currency": "EUR"}, "trail": []},
                 "ACQUISITION": {"value": {"amount": "0.00", "currency": "EUR"}, "trail": []},
                 "PARTICIPANT_TIME": {"value": {"amount": "10000.00", "currency": "EUR"}, "trail": []}}},
             "roi": {"kind": "figures",
               "benefits": {"value": {"amount": "60000.00", "currency": "EUR"}},
               "costs": {"value": {"amount": "40000.00", "currency": "EUR"}},
               "benefitCostRatio": {"value": "1.5"},
               "roiPercent": {"value": "50.0"},
               "verdict": {"value": "MEETS_OBJECTIVE"},
               "notes": []},
             "range": {"p5": "-12.5", "median": "41", "p95": "88.25", "probabilityMeetsObjective": "0.71",
               "iterations": 10000,
               "varied": [{"key": "improvement:sales:TREND_LINE", "measure": "sales", "kind": "IMPROVEMENT"}],
               "sensitivity": [
                 {"key": "improvement:sales:TREND_LINE", "roiAtLow": "10", "roiAtHigh": "90"},
                 {"key": "value:errors", "roiAtLow": "45", "roiAtHigh": "55"}]},
             "forecast": null, "notes": []}
            """;

    private final ReasonText reasons = TestReasonText.create();

    @BeforeEach
    void inEnglish() {
        LocaleContextHolder.setLocale(Languages.ENGLISH);
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theRangeChartHoldsTheResultsPercentilesHeadlineObjectiveAndChance() {
        RoiRange range = view().charts().range().orElseThrow();

        assertThat(range).isEqualTo(new RoiRange(-12.5, 41, 88.25, new BigDecimal("50.0"), new BigDecimal("25"), 0.71));
    }

    @Test
    void theTornadoHoldsEachInputsRoiAtItsEndsNamedAsTheTableNamesIt() {
        TornadoChart.Tornado tornado = view().charts().tornado().orElseThrow();

        assertThat(tornado.headline()).isEqualByComparingTo("50.0");
        assertThat(tornado.inputs())
                .containsExactly(
                        new TornadoChart.Input("improvement: Revenue", new BigDecimal("10"), new BigDecimal("90")),
                        new TornadoChart.Input("improvement: Errors", new BigDecimal("45"), new BigDecimal("55")));
    }

    @Test
    void theWaterfallHoldsEachMeasuresBenefitAndEachCategoryWithCosts() {
        CostBenefitChart.CostBenefit waterfall = view().charts().waterfall().orElseThrow();

        assertThat(waterfall.benefits())
                .containsExactly(new CostBenefitChart.Step("Revenue", Money.of(new BigDecimal("60000.00"), eur())));
        assertThat(waterfall.costs())
                .extracting(CostBenefitChart.Step::amount)
                .containsExactly(
                        Money.of(new BigDecimal("30000.00"), eur()), Money.of(new BigDecimal("10000.00"), eur()));
        assertThat(waterfall.net()).isEqualTo("Net benefit");
    }

    @Test
    void drawsNoRangeNorTornadoWithoutAHeadlineRoi() {
        String withoutRoi = RESULT.replace("\"kind\": \"figures\"", "\"kind\": \"none\"");
        RoiView view = RoiView.of(ResultDocument.of(withoutRoi, false), TestFormats.amsterdam(), reasons);

        assertThat(view.charts().range()).isEmpty();
        assertThat(view.charts().tornado()).isEmpty();
        assertThat(view.charts().waterfall()).isPresent();
    }

    @Test
    void drawsThePagesChartsEachWithItsTrailInTheReadersLanguageOnceAVersion() {
        LocaleContextHolder.setLocale(Languages.DUTCH);
        StepCharts charts = new StepCharts(Languages.messages());
        ResultDocument result = ResultDocument.of(RESULT, false);
        RoiView view = RoiView.of(result, TestFormats.amsterdam(), reasons);
        for (int warm = 0; warm < 20; warm++) {
            RoiCharts.draw(view.charts(), new StepCharts.Drawing(Languages.messages(), Languages.DUTCH));
        }
        long start = System.nanoTime();
        RoiCharts.draw(view.charts(), new StepCharts.Drawing(Languages.messages(), Languages.DUTCH));
        System.out.printf("ROI page's three charts drawn warm in %d ms%n", (System.nanoTime() - start) / 1_000_000);

        Map<String, StepChart> drawn = charts.roi(version(), result, view);

        assertThat(drawn).containsOnlyKeys("roi-range", "roi-tornado", "roi-waterfall");
        assertThat(drawn.get("roi-range").pointer()).isEqualTo("/range");
        assertThat(drawn.get("roi-waterfall").svg()).startsWith("<svg").contains("Nettobaten");
        assertThat(drawn.values()).allSatisfy(chart -> assertThat(chart.svg()).doesNotContain(" style="));
        assertThat(charts.roi(version(), result, view)).isSameAs(drawn);
        LocaleContextHolder.setLocale(Languages.ENGLISH);
        assertThat(charts.roi(version(), result, view).get("roi-waterfall").svg())
                .contains("From benefits and costs to the net benefit");
    }

    private static Runs.Version version() {
        Run run = new Run(
                7,
                1,
                RunState.DONE,
                "test",
                "analyst",
                Instant.EPOCH,
                Optional.of(Instant.EPOCH),
                Optional.of(Instant.EPOCH),
                Optional.of(1),
                Optional.empty(),
                Optional.of(1),
                Optional.empty(),
                Optional.empty(),
                0,
                Optional.empty());
        return new Runs.Version(1, run, RESULT);
    }

    private RoiView view() {
        return RoiView.of(ResultDocument.of(RESULT, false), TestFormats.amsterdam(), reasons);
    }

    private static java.util.Currency eur() {
        return java.util.Currency.getInstance("EUR");
    }
}
