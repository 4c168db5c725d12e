package nl.rendement.app.evaluation.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import nl.rendement.app.evaluation.charts.ItemDistributionChart;
import nl.rendement.app.evaluation.charts.KpiTrendChart;
import nl.rendement.app.system.Languages;
import nl.rendement.app.system.TestFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class MeasureViewTest {

    /** A hand-written result: level 0 only, and one KPI series with a cohort start and an unadjusted comparison. */
    private static final String RESULT = """
            {"measures": [{"id": "sales", "name": "Revenue", "unit": "EUR a month"}],
             "levels": {
               "efficiency": {
                 "participants": {"kind": "computed", "value": 12, "n": 12, "ofTotal": null, "mark": "NONE", "trail": []},
                 "completionRate": {"kind": "computed", "value": 83.33333333333333, "n": 10, "ofTotal": 12,
                                    "mark": "COMPLEMENT_BELOW_K", "trail": []},
                 "learningHours": {"kind": "computed", "value": "96.50", "n": 12, "ofTotal": null, "mark": "NONE", "trail": []},
                 "spendOfPayroll": {"kind": "notComputable",
                                    "reasons": [{"code": "level.spendOfPayroll.noPayroll", "facts": []}]}
               },
               "reaction": null, "learning": [], "application": null},
             "series": {"sales": {
               "kind": "periods", "measure": "sales",
               "participants": {"label": "PARTICIPANTS", "notAnEffect": false, "people": 12, "teams": 0,
                 "points": [
                   {"periodStart": "2025-01-01", "value": "100.125", "n": 12, "ofTotal": null, "mark": "NONE"},
                   {"periodStart": "2025-02-01", "value": "104.5", "n": 11, "ofTotal": null, "mark": "NONE"}],
                 "reasons": [], "trail": []},
               "comparison": {"label": "UNADJUSTED", "notAnEffect": true, "people": 30, "teams": 0,
                 "points": [
                   {"periodStart": "2025-01-01", "value": "99", "n": 30, "ofTotal": null, "mark": "NONE"},
                   {"periodStart": "2025-02-01", "value": "98", "n": 4, "ofTotal": null, "mark": "FEWER_THAN_K"}],
                 "reasons": [], "trail": []},
               "notAnEffect": true,
               "cohortStarts": [{"cohort": "Spring", "firstStart": "2025-02-10", "periodStart": "2025-02-01",
                                 "participants": 8}],
               "reasons": [], "trail": []}}}
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
    void linksEachLevelFigureAndItsPeopleToTheFiguresOwnTrail() {
        MeasureView.Efficiency efficiency = view().efficiency().orElseThrow();

        assertThat(efficiency.participants().value()).contains(new Shown("12", "/levels/efficiency/participants"));
        assertThat(efficiency.participants().people()).contains(new Shown("12", "/levels/efficiency/participants"));
        assertThat(efficiency.learningHours().value()).contains(new Shown("96.5", "/levels/efficiency/learningHours"));
    }

    @Test
    void withholdsAMarkedFigureAndSaysWhyAFigureCouldNotBeComputed() {
        MeasureView.Efficiency efficiency = view().efficiency().orElseThrow();

        assertThat(efficiency.completionRate().withheld()).isTrue();
        assertThat(efficiency.completionRate().smallGroup()).isFalse();
        assertThat(efficiency.completionRate().value()).isEmpty();
        assertThat(efficiency.completionRate().people()).isEmpty();
        assertThat(efficiency.spendOfPayroll().reasons())
                .containsExactly(new Shown("no payroll given", "/levels/efficiency/spendOfPayroll/reasons/0"));
        assertThat(efficiency.medianDaysToComplete().absent()).isTrue();
    }

    @Test
    void showsAMarkedFigureMarkedToAReaderOfSmallGroupsAndOthersUnmarked() {
        MeasureView view = MeasureView.of(ResultDocument.of(RESULT, true), TestFormats.amsterdam(), reasons);
        LevelFigure completion = view.efficiency().orElseThrow().completionRate();
        LevelFigure participants = view.efficiency().orElseThrow().participants();

        assertThat(completion.withheld()).isFalse();
        assertThat(completion.smallGroup()).isTrue();
        assertThat(completion.value()).isPresent();
        assertThat(participants.smallGroup()).isFalse();
        assertThat(view.series().get(0).periods().orElseThrow().rows().get(1).comparison())
                .satisfies(february -> {
                    assertThat(february.smallGroup()).isTrue();
                    assertThat(february.value()).contains(new Shown("98.00", "/series/sales/comparison"));
                });
    }

    @Test
    void leavesLevelsWithoutDataEmpty() {
        MeasureView view = view();

        assertThat(view.reaction()).isEmpty();
        assertThat(view.learning()).isEmpty();
        assertThat(view.application()).isEmpty();
    }

    @Test
    void showsTheSeriesPerPeriodWithCohortStartsAndAnUnadjustedComparisonAsNotAnEffect() {
        KpiSeries series = view().series().get(0);
        KpiSeries.Periods periods = series.periods().orElseThrow();

        assertThat(series.name()).isEqualTo("Revenue");
        assertThat(periods.comparisonLabel()).contains("UNADJUSTED");
        assertThat(periods.notAnEffect()).isTrue();
        assertThat(periods.rows()).extracting(KpiSeries.Period::start).containsExactly("1 Jan 2025", "1 Feb 2025");
        KpiSeries.Period january = periods.rows().get(0);
        assertThat(january.participants().value()).contains(new Shown("100.12", "/series/sales/participants"));
        assertThat(january.comparison().value()).contains(new Shown("99.00", "/series/sales/comparison"));
        assertThat(january.starts()).isEmpty();
        KpiSeries.Period february = periods.rows().get(1);
        assertThat(february.participants().people()).contains(new Shown("11", "/series/sales/participants"));
        assertThat(february.comparison().withheld()).isTrue();
        assertThat(february.starts())
                .containsExactly(new KpiSeries.CohortStart("Spring", new Shown("8", "/series/sales")));
    }

    @Test
    void writesFiguresInTheReadersLanguage() {
        LocaleContextHolder.setLocale(Languages.DUTCH);

        KpiSeries.Period february =
                view().series().get(0).periods().orElseThrow().rows().get(1);

        assertThat(february.participants().value()).contains(new Shown("104,50", "/series/sales/participants"));
        assertThat(view().efficiency().orElseThrow().spendOfPayroll().reasons())
                .extracting(Shown::text)
                .isEqualTo(List.of("geen loonsom opgegeven"));
        assertThat(february.start()).isEqualTo("1 feb. 2025");
    }

    private MeasureView view() {
        return MeasureView.of(ResultDocument.of(RESULT, false), TestFormats.amsterdam(), reasons);
    }

    @Test
    void theTrendChartHoldsTheSeriesNumbersAndLeavesOutAWithheldPoint() {
        MeasureCharts.Input<KpiTrendChart.Trend> trend =
                view().charts().trends().get(0);

        assertThat(trend.pointer()).isEqualTo("/series/sales");
        assertThat(trend.withheld()).isTrue();
        assertThat(trend.data().kpi()).isEqualTo("Revenue (EUR a month)");
        assertThat(trend.data().comparison()).contains("Non-participants (unadjusted)");
        assertThat(trend.data().points())
                .containsExactly(
                        new KpiTrendChart.Point(
                                LocalDate.parse("2025-01-01"), OptionalDouble.of(100.125), OptionalDouble.of(99)),
                        new KpiTrendChart.Point(
                                LocalDate.parse("2025-02-01"), OptionalDouble.of(104.5), OptionalDouble.empty()));
        assertThat(trend.data().starts())
                .containsExactly(new KpiTrendChart.CohortStart(LocalDate.parse("2025-02-01"), "Spring"));
        assertThat(view().charts().tests()).isEmpty();
    }

    @Test
    void aReaderOfSmallGroupsSeesTheMarkedPointDrawn() {
        MeasureView view = MeasureView.of(ResultDocument.of(RESULT, true), TestFormats.amsterdam(), reasons);
        MeasureCharts.Input<KpiTrendChart.Trend> trend = view.charts().trends().get(0);

        assertThat(trend.withheld()).isFalse();
        assertThat(trend.data().points().get(1).comparison()).isEqualTo(OptionalDouble.of(98));
    }

    /**
     * A hand-written reaction: "relevance" answered 4, 4, 4, 4, 4, 5, 5, 5, 5, 5 (0, 0, 0, 50, 50%: no
     * share rests on 1 to 4 people) and "trainer" answered 1 once and 4 nine times (10% and 90%: the
     * answer 1 of one person is marked, and so is its complement).
     */
    private static String reaction(String relevanceMark) {
        return """
                {"measures": [], "series": {},
                 "levels": {"efficiency": null, "learning": [], "application": null,
                   "reaction": {"items": [%s, %s, {"item": "unanswered", "mean": {"kind": "notComputable",
                     "reasons": [{"code": "level.reaction.noAnswers", "facts": []}]}, "distribution": [],
                     "target": null, "status": "NONE"}]}}}
                """.formatted(
                        item("relevance", new int[] {0, 0, 0, 5, 5}, relevanceMark),
                        item("trainer", new int[] {1, 0, 0, 9, 0}, "NONE"));
    }

    private static String item(String name, int[] counts, String meanMark) {
        StringBuilder parts = new StringBuilder();
        for (int answer = 0; answer < counts.length; answer++) {
            int count = counts[answer];
            boolean marked = (count > 0 && count < 5) || (10 - count > 0 && 10 - count < 5);
            parts.append(answer == 0 ? "" : ", ")
                    .append("""
                            {"label": "%d", "share": {"kind": "computed", "value": %s, "n": %d, "ofTotal": 10,
                             "mark": "%s", "trail": []}}""".formatted(answer + 1, count * 10.0, count, marked ? "FEWER_THAN_K" : "NONE"));
        }
        return """
                {"item": "%s", "mean": {"kind": "computed", "value": 4.5, "n": 10, "ofTotal": null, "mark": "%s",
                 "trail": []}, "distribution": [%s], "target": null, "status": "NONE"}""".formatted(name, meanMark, parts);
    }

    private MeasureCharts.Inputs charts(String result, boolean smallGroupsShown) {
        return MeasureView.of(ResultDocument.of(result, smallGroupsShown), TestFormats.amsterdam(), reasons)
                .charts();
    }

    @Test
    void theItemsChartLeavesOutAnItemWithAWithheldAnswerAndLinksToTheFirstDrawnItemsMean() {
        ItemAnswers items = charts(reaction("NONE"), false).items();
        MeasureCharts.Input<ItemDistributionChart.Distribution> chart =
                items.chart().orElseThrow();

        assertThat(chart.withheld()).isTrue();
        assertThat(items.allWithheld()).isFalse();
        assertThat(chart.pointer()).isEqualTo("/levels/reaction/items/0/mean");
        assertThat(chart.data().answers()).containsExactly("1 (lowest)", "2", "3", "4", "5 (highest)");
        assertThat(chart.data().items())
                .containsExactly(new ItemDistributionChart.Item("relevance", List.of(0.0, 0.0, 0.0, 50.0, 50.0)));
    }

    @Test
    void aReaderOfSmallGroupsSeesEveryAnsweredItemDrawn() {
        MeasureCharts.Input<ItemDistributionChart.Distribution> chart =
                charts(reaction("NONE"), true).items().chart().orElseThrow();

        assertThat(chart.withheld()).isFalse();
        assertThat(chart.data().items())
                .containsExactly(
                        new ItemDistributionChart.Item("relevance", List.of(0.0, 0.0, 0.0, 50.0, 50.0)),
                        new ItemDistributionChart.Item("trainer", List.of(10.0, 0.0, 0.0, 90.0, 0.0)));
    }

    @Test
    void withEveryItemWithheldThereIsNoChartButTheReaderIsTold() {
        ItemAnswers items = charts(reaction("FEWER_THAN_K"), false).items();

        assertThat(items.chart()).isEmpty();
        assertThat(items.allWithheld()).isTrue();
        assertThat(charts(RESULT, false).items().chart()).isEmpty();
        assertThat(charts(RESULT, false).items().allWithheld()).isFalse();
    }

    @Test
    void namesTheLowestAndHighestAnswersInTheReadersLanguage() {
        LocaleContextHolder.setLocale(Languages.DUTCH);

        assertThat(charts(reaction("NONE"), false)
                        .items()
                        .chart()
                        .orElseThrow()
                        .data()
                        .answers())
                .containsExactly("1 (laagst)", "2", "3", "4", "5 (hoogst)");
    }
}
