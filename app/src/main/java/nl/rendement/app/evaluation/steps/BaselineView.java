package nl.rendement.app.evaluation.steps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.rendement.app.plan.EvaluationPlan;
import nl.rendement.app.system.Formats;
import tools.jackson.databind.JsonNode;

/**
 * Step 2, baseline, as read from the stored plan and a result version: which data the evaluation
 * needs are in and what fills each one that is not, the plan's windows with each measure's
 * participants' values before the first cohort started, and the gaps that keep a method from being
 * credible ({@link BaselineGap}). Every figure carries the pointer of its trail.
 */
public record BaselineView(List<Data> data, Optional<Windows> windows, List<Before> before, List<BaselineGap> gaps) {

    /**
     * A kind of data the evaluation needs and whether the version has it.
     *
     * @param kind {@code participants}, {@code reaction}, {@code learning}, {@code application},
     *     {@code kpi} or {@code costs}
     * @param measure the measure's name, for KPI observations; else empty
     * @param evidence a figure that shows what is in, when there is one
     * @param action what fills it, when it is not in; else empty
     */
    public record Data(String kind, String measure, boolean in, LevelFigure evidence, String action) {}

    /**
     * The plan's months before each cohort's first month and after its last, and its comparison:
     * the units compared (codes), who counts as trained ({@code COMPLETERS} or {@code STARTERS})
     * and the comparison's description.
     */
    public record Windows(
            int preMonths,
            int postMonths,
            List<String> comparisonUnits,
            String trained,
            String comparisonDescription) {}

    /**
     * A measure's participants' values in the periods before the first cohort started.
     *
     * @param firstStart the date the first cohort started, if the series has cohort starts
     */
    public record Before(String name, String unit, Optional<String> firstStart, List<Point> points) {}

    public record Point(String start, LevelFigure participants) {}

    static BaselineView of(Optional<EvaluationPlan> plan, ResultDocument result, Formats formats, ReasonText reasons) {
        return new BaselineView(
                data(plan, result, formats, reasons),
                plan.map(shown -> new Windows(
                        shown.windows().preMonths(),
                        shown.windows().postMonths(),
                        shown.comparison().units().stream().sorted().toList(),
                        shown.comparison().trained().name(),
                        shown.comparison().description())),
                before(result, formats, reasons),
                BaselineGap.all(result, reasons));
    }

    private static List<Data> data(
            Optional<EvaluationPlan> plan, ResultDocument result, Formats formats, ReasonText reasons) {
        Function<JsonNode, String> count = value -> formats.number(ResultDocument.decimal(value), 0);
        List<Data> data = new ArrayList<>();
        data.add(level(
                "participants",
                result.at("/levels/efficiency").isPresent(),
                LevelFigure.traced(result, "/levels/efficiency/participants", count, reasons),
                reasons));
        data.add(level("reaction", result.at("/levels/reaction").isPresent(), LevelFigure.none(), reasons));
        data.add(level("learning", !result.root().at("/levels/learning").isEmpty(), LevelFigure.none(), reasons));
        data.add(level("application", result.at("/levels/application").isPresent(), LevelFigure.none(), reasons));
        for (String kpi : plan.map(EvaluationPlan::measureCodes).orElseGet(() -> measureIds(result))) {
            String name = KpiSeries.measure(result, kpi).path("name").asString(kpi);
            boolean in = result.at(KpiSeries.pointer(kpi)).isPresent() || compared(result, kpi);
            data.add(new Data(
                    "kpi", name, in, LevelFigure.none(), in ? "" : reasons.message("steps.baseline.action.kpi", name)));
        }
        LevelFigure costs = result.money("/costs/total")
                .map(total -> new LevelFigure(
                        Optional.of(new Shown(formats.money(total), "/costs/total")),
                        Optional.empty(),
                        false,
                        false,
                        List.of()))
                .orElse(LevelFigure.none());
        data.add(level("costs", "costs".equals(result.text("/costs/kind").orElse("")), costs, reasons));
        return data;
    }

    private static Data level(String kind, boolean in, LevelFigure evidence, ReasonText reasons) {
        return new Data(kind, "", in, evidence, in ? "" : reasons.message("steps.baseline.action." + kind));
    }

    /**
     * Whether a control group of the measure was estimated, which needs its observations: a KPI
     * observed per team has no series (docs/evaluation-plans.md) but may have a control group.
     */
    private static boolean compared(ResultDocument result, String kpi) {
        JsonNode measure = KpiSeries.measure(result, kpi);
        List<JsonNode> candidates = new ArrayList<>();
        measure.path("alternatives").forEach(candidates::add);
        candidates.add(measure.path("headline"));
        return candidates.stream()
                .filter(candidate ->
                        "GIVEN_CONTROL_GROUP".equals(candidate.path("method").asString("")))
                .anyMatch(candidate -> candidate
                        .path("reasons")
                        .valueStream()
                        .noneMatch(reason -> reason.path("code").asString("").startsWith("control.notEstimable")));
    }

    private static List<String> measureIds(ResultDocument result) {
        List<String> ids = new ArrayList<>();
        result.root()
                .path("measures")
                .forEach(measure -> ids.add(measure.path("id").asString()));
        return ids;
    }

    /** Per series of periods, the participants' points whose period starts before the first cohort's. */
    private static List<Before> before(ResultDocument result, Formats formats, ReasonText reasons) {
        List<Before> all = new ArrayList<>();
        result.root().path("series").properties().forEach(entry -> {
            String at = KpiSeries.pointer(entry.getKey());
            JsonNode series = entry.getValue();
            if (!"periods".equals(series.path("kind").asString(""))) {
                return;
            }
            Optional<String> firstPeriod = earliest(series, "periodStart");
            Map<String, LevelFigure> points =
                    KpiSeries.points(result, at + "/participants", KpiSeries.pointValue(formats), reasons);
            List<Point> before = points.entrySet().stream()
                    .filter(point -> firstPeriod
                            .map(first -> point.getKey().compareTo(first) < 0)
                            .orElse(false))
                    .map(point -> new Point(formats.date(LocalDate.parse(point.getKey())), point.getValue()))
                    .toList();
            JsonNode measure = KpiSeries.measure(result, entry.getKey());
            all.add(new Before(
                    measure.path("name").asString(entry.getKey()),
                    measure.path("unit").asString(""),
                    earliest(series, "firstStart").map(first -> formats.date(LocalDate.parse(first))),
                    before));
        });
        return all;
    }

    /** The earliest ISO date of a field of the series' cohort starts. */
    private static Optional<String> earliest(JsonNode series, String field) {
        List<String> dates = new ArrayList<>();
        series.path("cohortStarts").forEach(start -> dates.add(start.path(field).asString()));
        return dates.stream().min(String::compareTo);
    }
}
