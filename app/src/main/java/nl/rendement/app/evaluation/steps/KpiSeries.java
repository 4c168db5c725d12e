package nl.rendement.app.evaluation.steps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import nl.rendement.app.system.Formats;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * A measure's KPI over time as read from {@code series}: per period the participants' value beside
 * the comparison's with the cohorts that started in it ({@code periods}), or per cohort the time to
 * reach the threshold ({@code timeToThreshold}), or why there is neither ({@code none}).
 *
 * @param name the measure's name, or its id when the result names no such measure
 */
public record KpiSeries(
        String name,
        String unit,
        String kind,
        Optional<Periods> periods,
        Optional<Threshold> threshold,
        List<Shown> reasons) {

    /**
     * @param comparisonLabel {@code CONTROL_GROUP} or {@code UNADJUSTED}, when there is a comparison
     * @param notAnEffect whether the comparison is unadjusted, so its difference is not the programme's effect
     */
    public record Periods(
            Optional<String> comparisonLabel,
            boolean notAnEffect,
            List<Period> rows,
            List<Shown> participantReasons,
            List<Shown> comparisonReasons) {}

    /** A period's start, both groups' values, and the cohorts whose first start falls in it. */
    public record Period(String start, LevelFigure participants, LevelFigure comparison, List<CohortStart> starts) {}

    public record CohortStart(String cohort, Shown participants) {}

    public record Threshold(Shown threshold, List<CohortTime> cohorts) {}

    /** A cohort's people with data, those without, those who never reached the threshold, and its median months. */
    public record CohortTime(
            String cohort,
            String firstStart,
            Shown people,
            Shown withoutData,
            LevelFigure censored,
            LevelFigure medianMonths) {}

    static List<KpiSeries> all(ResultDocument result, Formats formats, ReasonText reasons) {
        List<KpiSeries> all = new ArrayList<>();
        result.root()
                .path("series")
                .properties()
                .forEach(entry -> all.add(of(result, entry.getKey(), formats, reasons)));
        return all;
    }

    private static KpiSeries of(ResultDocument result, String id, Formats formats, ReasonText reasons) {
        String at = pointer(id);
        JsonNode series = result.root().at(at);
        JsonNode measure = measure(result, id);
        String kind = series.get("kind").asString();
        return new KpiSeries(
                measure.path("name").asString(id),
                measure.path("unit").asString(""),
                kind,
                kind.equals("periods") ? Optional.of(periods(result, at, formats, reasons)) : Optional.empty(),
                kind.equals("timeToThreshold")
                        ? Optional.of(threshold(result, at, formats, reasons))
                        : Optional.empty(),
                reasons.all(result, at + "/reasons"));
    }

    /** The pointer of a measure's series: its id escaped as RFC 6901 asks. */
    static String pointer(String id) {
        return "/series/" + id.replace("~", "~0").replace("/", "~1");
    }

    /** A KPI point's value as the page writes it. */
    static Function<JsonNode, String> pointValue(Formats formats) {
        return node -> formats.number(ResultDocument.decimal(node), 2);
    }

    /** The result's measure of that id, or a missing node. */
    static JsonNode measure(ResultDocument result, String id) {
        for (JsonNode measure : result.root().path("measures")) {
            if (measure.path("id").asString("").equals(id)) {
                return measure;
            }
        }
        return MissingNode.getInstance();
    }

    private static Periods periods(ResultDocument result, String at, Formats formats, ReasonText reasons) {
        JsonNode series = result.root().at(at);
        Function<JsonNode, String> value = pointValue(formats);
        Map<String, Period> rows = new TreeMap<>();
        points(result, at + "/participants", value, reasons)
                .forEach((start, figure) -> rows.put(start, new Period(start, figure, LevelFigure.none(), List.of())));
        points(result, at + "/comparison", value, reasons)
                .forEach((start, figure) -> rows.merge(
                        start,
                        new Period(start, LevelFigure.none(), figure, List.of()),
                        (row, other) -> new Period(start, row.participants(), figure, List.of())));
        Map<String, List<CohortStart>> starts = new TreeMap<>();
        for (JsonNode start : series.path("cohortStarts")) {
            starts.computeIfAbsent(start.get("periodStart").asString(), period -> new ArrayList<>())
                    .add(new CohortStart(
                            start.get("cohort").asString(),
                            new Shown(reasons.count(start.get("participants").asLong()), at)));
        }
        starts.forEach((start, cohorts) -> rows.merge(
                start,
                new Period(start, LevelFigure.none(), LevelFigure.none(), cohorts),
                (row, other) -> new Period(start, row.participants(), row.comparison(), cohorts)));
        List<Period> shown = rows.values().stream()
                .map(row -> new Period(
                        formats.date(LocalDate.parse(row.start())), row.participants(), row.comparison(), row.starts()))
                .toList();
        Optional<JsonNode> comparison = result.at(at + "/comparison");
        return new Periods(
                comparison.map(node -> node.get("label").asString()),
                series.path("notAnEffect").asBoolean(false)
                        || comparison
                                .map(node -> node.path("notAnEffect").asBoolean(false))
                                .orElse(false),
                shown,
                reasons.all(result, at + "/participants/reasons"),
                reasons.all(result, at + "/comparison/reasons"));
    }

    /** A group's points by the ISO date their period starts, each linked to the group's trail. */
    static Map<String, LevelFigure> points(
            ResultDocument result, String at, Function<JsonNode, String> value, ReasonText reasons) {
        Map<String, LevelFigure> points = new TreeMap<>();
        JsonNode all = result.root().at(at + "/points");
        for (int i = 0; i < all.size(); i++) {
            points.put(
                    all.get(i).get("periodStart").asString(),
                    LevelFigure.of(result, at + "/points/" + i, at, value, reasons));
        }
        return points;
    }

    private static Threshold threshold(ResultDocument result, String at, Formats formats, ReasonText reasons) {
        JsonNode series = result.root().at(at);
        Function<JsonNode, String> months = node -> formats.number(ResultDocument.decimal(node), 1);
        Function<JsonNode, String> count = node -> reasons.count(node.asLong());
        List<CohortTime> cohorts = new ArrayList<>();
        JsonNode all = series.path("cohorts");
        for (int i = 0; i < all.size(); i++) {
            JsonNode cohort = all.get(i);
            String cohortAt = at + "/cohorts/" + i;
            cohorts.add(new CohortTime(
                    cohort.get("cohort").asString(),
                    formats.date(LocalDate.parse(cohort.get("firstStart").asString())),
                    new Shown(reasons.count(cohort.get("people").asLong()), at),
                    new Shown(reasons.count(cohort.get("withoutData").asLong()), at),
                    LevelFigure.of(result, cohortAt + "/censored", at, count, reasons),
                    LevelFigure.of(result, cohortAt + "/medianMonths", at, months, reasons)));
        }
        return new Threshold(
                new Shown(formats.number(ResultDocument.decimal(series.get("threshold")), 2), at), cohorts);
    }
}
