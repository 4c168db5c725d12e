package nl.rendement.app.evaluation.steps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.rendement.app.evaluation.charts.ItemDistributionChart;
import nl.rendement.app.evaluation.charts.KpiTrendChart;
import nl.rendement.app.evaluation.charts.KpiTrendChart.Trend;
import nl.rendement.app.evaluation.charts.PrePostChart;
import nl.rendement.app.evaluation.charts.PrePostChart.PrePost;
import tools.jackson.databind.JsonNode;

/**
 * The Measure page's charts: the answers per reaction item, each skill test's mean scores before
 * and after, and each KPI series over time. A point or item withheld from the reader (resting on, or
 * revealing, fewer than k people) is left out, and the chart's caption says so.
 */
public final class MeasureCharts {

    /** The result's number as it stands, for a chart (never the page's formatted text). */
    static final Function<JsonNode, String> RAW =
            node -> ResultDocument.decimal(node).toPlainString();

    private MeasureCharts() {}

    /** A chart's input, the pointer of its figure's trail, and whether points were left out as withheld. */
    public record Input<T>(T data, String pointer, boolean withheld) {}

    /** The charts' inputs: the reaction items' answers, per skill test its mean scores, per series of periods its points. */
    public record Inputs(ItemAnswers items, Map<Integer, Input<PrePost>> tests, Map<Integer, Input<Trend>> trends) {

        static Inputs of(ResultDocument result, ReasonText reasons) {
            Map<Integer, Input<PrePost>> tests = new TreeMap<>();
            JsonNode learning = result.root().at("/levels/learning");
            for (int i = 0; i < learning.size(); i++) {
                int index = i;
                prePost(result, "/levels/learning/" + i, reasons).ifPresent(test -> tests.put(index, test));
            }
            Map<Integer, Input<Trend>> trends = new TreeMap<>();
            List<String> ids = new ArrayList<>();
            result.root().path("series").properties().forEach(entry -> ids.add(entry.getKey()));
            for (int i = 0; i < ids.size(); i++) {
                int index = i;
                trend(result, ids.get(i), reasons).ifPresent(trend -> trends.put(index, trend));
            }
            return new Inputs(ItemAnswers.of(result, reasons), tests, trends);
        }

        private static Optional<Input<PrePost>> prePost(ResultDocument result, String at, ReasonText reasons) {
            LevelFigure pre = LevelFigure.of(result, at + "/rawGain/meanPre", at, RAW, reasons);
            LevelFigure post = LevelFigure.of(result, at + "/rawGain/meanPost", at, RAW, reasons);
            if (pre.value().isEmpty() || post.value().isEmpty()) {
                return Optional.empty();
            }
            String name = result.root().at(at + "/name").asString();
            return Optional.of(new Input<>(
                    new PrePost(
                            reasons.message("steps.charts.prePost.scores"),
                            reasons.message("steps.charts.prePost.before"),
                            reasons.message("steps.charts.prePost.after"),
                            List.of(new PrePostChart.Test(name, number(pre), number(post))),
                            2),
                    at,
                    false));
        }

        private static Optional<Input<Trend>> trend(ResultDocument result, String id, ReasonText reasons) {
            String at = KpiSeries.pointer(id);
            if (!"periods".equals(result.root().at(at + "/kind").asString(""))) {
                return Optional.empty();
            }
            Map<String, LevelFigure> participants = KpiSeries.points(result, at + "/participants", RAW, reasons);
            Map<String, LevelFigure> comparison = KpiSeries.points(result, at + "/comparison", RAW, reasons);
            Map<String, KpiTrendChart.Point> points = new TreeMap<>();
            participants.keySet().forEach(start -> points.put(start, point(start, participants, comparison)));
            comparison.keySet().forEach(start -> points.put(start, point(start, participants, comparison)));
            if (points.values().stream()
                    .allMatch(point ->
                            point.participants().isEmpty() && point.comparison().isEmpty())) {
                return Optional.empty();
            }
            List<KpiTrendChart.CohortStart> starts = new ArrayList<>();
            result.root()
                    .at(at + "/cohortStarts")
                    .forEach(start -> starts.add(new KpiTrendChart.CohortStart(
                            LocalDate.parse(start.get("periodStart").asString()),
                            start.get("cohort").asString())));
            JsonNode measure = KpiSeries.measure(result, id);
            String unit = measure.path("unit").asString("");
            String name = measure.path("name").asString(id);
            boolean withheld = Stream.concat(participants.values().stream(), comparison.values().stream())
                    .anyMatch(LevelFigure::withheld);
            return Optional.of(new Input<>(
                    new Trend(
                            unit.isEmpty() ? name : reasons.message("steps.charts.trend.kpi", name, unit),
                            reasons.message("steps.measuring.series.PARTICIPANTS"),
                            result.text(at + "/comparison/label")
                                    .map(label -> reasons.message("steps.measuring.series." + label)),
                            List.copyOf(points.values()),
                            starts,
                            2),
                    at,
                    withheld));
        }

        private static KpiTrendChart.Point point(
                String start, Map<String, LevelFigure> participants, Map<String, LevelFigure> comparison) {
            return new KpiTrendChart.Point(
                    LocalDate.parse(start), value(participants.get(start)), value(comparison.get(start)));
        }

        private static OptionalDouble value(LevelFigure figure) {
            return figure == null || figure.value().isEmpty()
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(number(figure));
        }

        private static double number(LevelFigure figure) {
            return Double.parseDouble(figure.value().orElseThrow().text());
        }
    }

    /** The charts drawn, each linked to the trail of its figure, by id. */
    static List<StepChart> draw(Inputs inputs, StepCharts.Drawing drawing) {
        List<StepChart> charts = new ArrayList<>();
        inputs.items()
                .chart()
                .ifPresent(items -> charts.add(drawing.chart(
                        "reaction-items",
                        items.pointer(),
                        items.withheld() ? "steps.charts.items.withheld" : "steps.charts.items",
                        context -> ItemDistributionChart.draw(items.data(), context))));
        inputs.tests()
                .forEach((index, test) -> charts.add(drawing.chart(
                        "learning-test-" + index,
                        test.pointer(),
                        "steps.charts.prePost",
                        context -> PrePostChart.draw(test.data(), context))));
        inputs.trends()
                .forEach((index, trend) -> charts.add(drawing.chart(
                        "kpi-series-" + index,
                        trend.pointer(),
                        trend.withheld() ? "steps.charts.trend.withheld" : "steps.charts.trend",
                        context -> KpiTrendChart.draw(trend.data(), context))));
        return charts;
    }
}
