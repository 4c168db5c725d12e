package nl.rendement.app.evaluation.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.rendement.app.system.Formats;
import tools.jackson.databind.JsonNode;

/**
 * Step 3, measure, as read from a result version: levels 0 to 3 (efficiency, reaction, each
 * learning test on its own, application), each empty when its data were not given, and the
 * level-4 KPIs over time. Every figure carries the pointer of its trail.
 */
public record MeasureView(
        Optional<Efficiency> efficiency,
        Optional<Reaction> reaction,
        List<LearningTest> learning,
        Optional<Application> application,
        List<KpiSeries> series,
        MeasureCharts.Inputs charts) {

    /** Level 0: who took part and finished, in what time, at what cost. */
    public record Efficiency(
            LevelFigure participants,
            LevelFigure completionRate,
            LevelFigure medianDaysToComplete,
            LevelFigure meanDaysToComplete,
            LevelFigure learningHours,
            LevelFigure learningHoursPerFte,
            LevelFigure costPerParticipant,
            LevelFigure costPerLearningHour,
            LevelFigure spendOfPayroll) {}

    /** Level 1: each 1–5 item's mean, and the recommend question as net promoter score. */
    public record Reaction(
            List<Item> items, LevelFigure netPromoterScore, LevelFigure promoters, LevelFigure detractors) {}

    /** An item's mean against its target, if it has one ({@code MET}, {@code NOT_MET}, {@code NONE}, {@code UNKNOWN}). */
    public record Item(String item, LevelFigure mean, Optional<Shown> target, String status) {}

    /** Level 3: the share applying it, how often, and the barriers and enablers cited. */
    public record Application(
            LevelFigure applying,
            List<Part> frequency,
            List<Part> barriers,
            List<Part> enablers,
            LevelFigure observed) {}

    /** An answer, barrier or enabler as given, with its share of the respondents. */
    public record Part(String label, LevelFigure share) {}

    static MeasureView of(ResultDocument result, Formats formats, ReasonText reasons) {
        Function<JsonNode, String> percent = value -> formats.percent(ResultDocument.decimal(value));
        return new MeasureView(
                result.at("/levels/efficiency").map(level -> efficiency(result, formats, reasons)),
                result.at("/levels/reaction").map(level -> reaction(result, formats, reasons)),
                LearningTest.all(result, formats, reasons),
                result.at("/levels/application")
                        .map(level -> new Application(
                                LevelFigure.traced(result, "/levels/application/applying", percent, reasons),
                                parts(result, "/levels/application/frequency", percent, reasons),
                                parts(result, "/levels/application/barriers", percent, reasons),
                                parts(result, "/levels/application/enablers", percent, reasons),
                                LevelFigure.traced(result, "/levels/application/observedApplying", percent, reasons))),
                KpiSeries.all(result, formats, reasons),
                MeasureCharts.Inputs.of(result, reasons));
    }

    private static Efficiency efficiency(ResultDocument result, Formats formats, ReasonText reasons) {
        Function<JsonNode, String> count = value -> formats.number(ResultDocument.decimal(value), 0);
        Function<JsonNode, String> oneDecimal = value -> formats.number(ResultDocument.decimal(value), 1);
        Function<JsonNode, String> percent = value -> formats.percent(ResultDocument.decimal(value));
        Function<JsonNode, String> money = value -> formats.money(ResultDocument.money(value));
        String at = "/levels/efficiency/";
        return new Efficiency(
                LevelFigure.traced(result, at + "participants", count, reasons),
                LevelFigure.traced(result, at + "completionRate", percent, reasons),
                LevelFigure.traced(result, at + "medianDaysToComplete", oneDecimal, reasons),
                LevelFigure.traced(result, at + "meanDaysToComplete", oneDecimal, reasons),
                LevelFigure.traced(result, at + "learningHours", oneDecimal, reasons),
                LevelFigure.traced(result, at + "learningHoursPerFte", oneDecimal, reasons),
                LevelFigure.traced(result, at + "costPerParticipant", money, reasons),
                LevelFigure.traced(result, at + "costPerLearningHour", money, reasons),
                LevelFigure.traced(result, at + "spendOfPayroll", percent, reasons));
    }

    private static Reaction reaction(ResultDocument result, Formats formats, ReasonText reasons) {
        Function<JsonNode, String> twoDecimals = value -> formats.number(ResultDocument.decimal(value), 2);
        Function<JsonNode, String> percent = value -> formats.percent(ResultDocument.decimal(value));
        List<Item> items = new ArrayList<>();
        JsonNode all = result.root().at("/levels/reaction/items");
        for (int i = 0; i < all.size(); i++) {
            JsonNode item = all.get(i);
            String at = "/levels/reaction/items/" + i;
            LevelFigure mean = LevelFigure.traced(result, at + "/mean", twoDecimals, reasons);
            Optional<Shown> target = result.at(at + "/target")
                    .filter(value -> mean.value().isPresent())
                    .map(value -> new Shown(twoDecimals.apply(value), at + "/mean"));
            items.add(new Item(
                    item.get("item").asString(),
                    mean,
                    target,
                    item.get("status").asString()));
        }
        String at = "/levels/reaction/";
        return new Reaction(
                items,
                LevelFigure.traced(
                        result,
                        at + "netPromoterScore",
                        value -> formats.number(ResultDocument.decimal(value), 0),
                        reasons),
                LevelFigure.traced(result, at + "promoters", percent, reasons),
                LevelFigure.traced(result, at + "detractors", percent, reasons));
    }

    private static List<Part> parts(
            ResultDocument result, String at, Function<JsonNode, String> format, ReasonText reasons) {
        List<Part> parts = new ArrayList<>();
        JsonNode all = result.root().at(at);
        for (int i = 0; i < all.size(); i++) {
            parts.add(new Part(
                    all.get(i).get("label").asString(),
                    LevelFigure.traced(result, at + "/" + i + "/share", format, reasons)));
        }
        return parts;
    }
}
