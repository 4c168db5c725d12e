package nl.rendement.app.evaluation.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.evaluation.charts.ItemDistributionChart;
import nl.rendement.app.evaluation.charts.ItemDistributionChart.Distribution;
import tools.jackson.databind.JsonNode;

/**
 * The level-1 chart's input: per rating item the share of its respondents who gave each answer, as
 * the result's distribution has it. An item with a share withheld from the reader is left out whole,
 * since the rest of its bar would give the withheld share away as what is missing from 100%; an item
 * nobody answered has no bar. The chart links to the trail of the first drawn item's mean, whose
 * respondents every share of that bar is a part of.
 *
 * @param chart the chart's input; empty when no item can be drawn
 * @param withheld whether answered items were left out as withheld
 */
public record ItemAnswers(Optional<MeasureCharts.Input<Distribution>> chart, boolean withheld) {

    private static final String ITEMS = "/levels/reaction/items";

    static ItemAnswers of(ResultDocument result, ReasonText reasons) {
        List<ItemDistributionChart.Item> drawn = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        Optional<String> first = Optional.empty();
        boolean withheld = false;
        JsonNode items = result.root().at(ITEMS);
        for (int i = 0; i < items.size(); i++) {
            String at = ITEMS + "/" + i;
            List<LevelFigure> shares = shares(result, at, reasons);
            boolean mean = LevelFigure.traced(result, at + "/mean", MeasureCharts.RAW, reasons)
                    .withheld();
            if (mean || shares.stream().anyMatch(LevelFigure::withheld)) {
                withheld = true;
            } else if (!shares.isEmpty()
                    && shares.stream().allMatch(share -> share.value().isPresent())) {
                drawn.add(
                        new ItemDistributionChart.Item(items.get(i).get("item").asString(), percents(shares)));
                first = first.or(() -> Optional.of(at + "/mean"));
                if (answers.isEmpty()) {
                    answers.addAll(answers(items.get(i).get("distribution"), reasons));
                }
            }
        }
        boolean left = withheld;
        return new ItemAnswers(
                first.map(pointer -> new MeasureCharts.Input<>(new Distribution(answers, drawn), pointer, left)),
                withheld);
    }

    /** Whether every answered item was left out, so that no chart can say so. */
    public boolean allWithheld() {
        return chart.isEmpty() && withheld;
    }

    private static List<LevelFigure> shares(ResultDocument result, String at, ReasonText reasons) {
        List<LevelFigure> shares = new ArrayList<>();
        JsonNode parts = result.root().at(at + "/distribution");
        for (int j = 0; j < parts.size(); j++) {
            String share = at + "/distribution/" + j + "/share";
            shares.add(LevelFigure.traced(result, share, MeasureCharts.RAW, reasons));
        }
        return shares;
    }

    private static List<Double> percents(List<LevelFigure> shares) {
        return shares.stream()
                .map(share -> Double.parseDouble(share.value().orElseThrow().text()))
                .toList();
    }

    /** The answers as the legend names them: the lowest and the highest said to be so. */
    private static List<String> answers(JsonNode parts, ReasonText reasons) {
        List<String> answers = new ArrayList<>();
        for (int j = 0; j < parts.size(); j++) {
            String label = parts.get(j).get("label").asString();
            answers.add(
                    j == 0
                            ? reasons.message("steps.charts.items.lowest", label)
                            : j == parts.size() - 1 ? reasons.message("steps.charts.items.highest", label) : label);
        }
        return answers;
    }
}
