package nl.rendement.app.evaluation.steps;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.system.Formats;
import tools.jackson.databind.JsonNode;

/**
 * Step 5, the ROI, as read from a result version: the headline figures gross and net of
 * reimbursements with the hurdle verdict, the range and the chance of meeting the objective, the
 * sensitivity ranking, each measure's headline beside its alternatives, and the forecast beside
 * the actual result. Every figure carries the pointer of its trail.
 */
public record RoiView(
        Shown objective,
        int horizonMonths,
        Optional<Headline> gross,
        Optional<Headline> net,
        List<Shown> withoutRoi,
        Optional<Range> range,
        List<Sensitivity> sensitivity,
        List<MeasureLine> measures,
        Optional<ForecastLine> forecast,
        List<Shown> notes,
        RoiCharts.Inputs charts) {

    /** The ROI figures of one view (gross, or net of reimbursements). */
    public record Headline(
            Shown benefits,
            Shown costs,
            Shown benefitCostRatio,
            Shown roi,
            Optional<Shown> payback,
            Optional<Shown> noPayback,
            Optional<Shown> netPresentValue,
            boolean meetsObjective,
            Shown verdict,
            List<Shown> notes) {}

    /** The ROI's uncertainty: the 5th, 50th and 95th percentiles and the chance it meets the objective. */
    public record Range(Shown p5, Shown median, Shown p95, Shown probability, int iterations) {}

    /**
     * One uncertain input's ROI at its low and its high end, as shown and as the result has them
     * ({@code roiAtLow}, {@code roiAtHigh}, in percent) for the tornado chart.
     */
    public record Sensitivity(
            String measure,
            String kind,
            String method,
            Shown low,
            Shown high,
            BigDecimal roiAtLow,
            BigDecimal roiAtHigh) {}

    /** A measure's headline method and benefit, and each alternative's. */
    public record MeasureLine(
            String name, Optional<Candidate> headline, List<Candidate> alternatives, List<Shown> reasons) {}

    public record Candidate(String method, int tier, boolean credible, Optional<Shown> benefit, List<Shown> reasons) {}

    /** The forecast's expected ROI beside the actual, or why they cannot be compared. */
    public record ForecastLine(
            Optional<Shown> forecast, Optional<Shown> actual, Optional<Shown> variance, List<Shown> reasons) {}

    static RoiView of(ResultDocument result, Formats formats, ReasonText reasons) {
        JsonNode root = result.root();
        Shown objective = new Shown(formats.percent(ResultDocument.decimal(root.get("roiObjective"))), "/roi/verdict");
        Optional<Headline> gross = headline(result, "/roi", formats, reasons);
        boolean reimbursed = result.money("/costs/reimbursed")
                .map(money -> money.amount().signum() > 0)
                .orElse(false);
        List<Shown> withoutRoi = gross.isEmpty() ? reasons.all(result, "/roi/reasons") : List.of();
        List<Sensitivity> sensitivity = sensitivity(result, formats);
        return new RoiView(
                objective,
                root.at("/horizon/months").asInt(),
                gross,
                reimbursed ? headline(result, "/roiNetOfReimbursements", formats, reasons) : Optional.empty(),
                withoutRoi,
                range(result, formats),
                sensitivity,
                measures(result, formats, reasons),
                forecast(result, formats, reasons),
                reasons.all(result, "/notes"),
                RoiCharts.Inputs.of(result, sensitivity, reasons));
    }

    private static Optional<Headline> headline(ResultDocument result, String at, Formats formats, ReasonText reasons) {
        JsonNode roi = result.root().at(at);
        if (!"figures".equals(roi.path("kind").asString(""))) {
            return Optional.empty();
        }
        String verdict = roi.at("/verdict/value").asString();
        return Optional.of(new Headline(
                new Shown(formats.money(result.money(at + "/benefits").orElseThrow()), at + "/benefits"),
                new Shown(formats.money(result.money(at + "/costs").orElseThrow()), at + "/costs"),
                new Shown(
                        formats.number(result.number(at + "/benefitCostRatio").orElseThrow(), 2),
                        at + "/benefitCostRatio"),
                new Shown(formats.percent(result.number(at + "/roiPercent").orElseThrow()), at + "/roiPercent"),
                result.number(at + "/paybackMonths")
                        .map(months -> new Shown(formats.number(months, 1), at + "/paybackMonths")),
                result.at(at + "/noPayback").map(reason -> new Shown(reasons.of(reason), at + "/noPayback")),
                result.money(at + "/netPresentValue")
                        .map(npv -> new Shown(formats.money(npv), at + "/netPresentValue")),
                verdict.equals("MEETS_OBJECTIVE"),
                new Shown(verdict, at + "/verdict"),
                reasons.all(result, at + "/notes")));
    }

    private static Optional<Range> range(ResultDocument result, Formats formats) {
        return result.at("/range")
                .map(range -> new Range(
                        new Shown(formats.percent(ResultDocument.decimal(range.get("p5"))), "/range"),
                        new Shown(formats.percent(ResultDocument.decimal(range.get("median"))), "/range"),
                        new Shown(formats.percent(ResultDocument.decimal(range.get("p95"))), "/range"),
                        new Shown(
                                formats.percent(ResultDocument.decimal(range.get("probabilityMeetsObjective"))
                                        .movePointRight(2)),
                                "/range"),
                        range.get("iterations").asInt()));
    }

    /** The inputs by how far they swing the ROI, widest first, each named as the varied inputs name it. */
    private static List<Sensitivity> sensitivity(ResultDocument result, Formats formats) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        result.root()
                .get("measures")
                .forEach(measure -> names.put(
                        measure.get("id").asString(), measure.get("name").asString()));
        java.util.Map<String, JsonNode> varied = new java.util.HashMap<>();
        result.root()
                .at("/range/varied")
                .forEach(input -> varied.put(input.get("key").asString(), input));
        List<JsonNode> inputs = new ArrayList<>();
        result.root().at("/range/sensitivity").forEach(inputs::add);
        inputs.sort((a, b) -> swing(b).compareTo(swing(a)));
        return inputs.stream()
                .map(input -> {
                    String key = input.get("key").asString();
                    JsonNode described = varied.get(key);
                    String[] parts = key.split(":", 3);
                    String measure = described == null
                            ? parts[Math.min(1, parts.length - 1)]
                            : described.path("measure").asString("");
                    return new Sensitivity(
                            names.getOrDefault(measure, measure),
                            described == null
                                    ? "IMPROVEMENT"
                                    : described.get("kind").asString(),
                            parts.length > 2 ? parts[2] : "",
                            new Shown(formats.percent(ResultDocument.decimal(input.get("roiAtLow"))), "/range"),
                            new Shown(formats.percent(ResultDocument.decimal(input.get("roiAtHigh"))), "/range"),
                            ResultDocument.decimal(input.get("roiAtLow")),
                            ResultDocument.decimal(input.get("roiAtHigh")));
                })
                .toList();
    }

    private static BigDecimal swing(JsonNode input) {
        return ResultDocument.decimal(input.get("roiAtHigh"))
                .subtract(ResultDocument.decimal(input.get("roiAtLow")))
                .abs();
    }

    private static List<MeasureLine> measures(ResultDocument result, Formats formats, ReasonText reasons) {
        List<MeasureLine> lines = new ArrayList<>();
        JsonNode measures = result.root().get("measures");
        for (int i = 0; i < measures.size(); i++) {
            JsonNode measure = measures.get(i);
            String at = "/measures/" + i;
            Optional<Candidate> headline = result.at(at + "/headline")
                    .map(candidate -> candidate(result, candidate, at + "/headline", formats, reasons));
            List<Candidate> alternatives = new ArrayList<>();
            for (int j = 0; j < measure.get("alternatives").size(); j++) {
                alternatives.add(candidate(
                        result, measure.get("alternatives").get(j), at + "/alternatives/" + j, formats, reasons));
            }
            lines.add(new MeasureLine(
                    measure.get("name").asString(), headline, alternatives, reasons.all(result, at + "/reasons")));
        }
        return lines;
    }

    static Candidate candidate(
            ResultDocument result, JsonNode candidate, String at, Formats formats, ReasonText reasons) {
        Optional<Shown> benefit = Optional.ofNullable(candidate.get("annualBenefit"))
                .filter(node -> !node.isNull())
                .map(node -> new Shown(formats.money(ResultDocument.money(node.get("value"))), at + "/annualBenefit"));
        return new Candidate(
                candidate.get("method").asString(),
                candidate.get("tier").asInt(),
                candidate.get("credible").asBoolean(),
                benefit,
                reasons.all(result, at + "/reasons"));
    }

    private static Optional<ForecastLine> forecast(ResultDocument result, Formats formats, ReasonText reasons) {
        return result.at("/forecast/comparison/roi")
                .map(roi -> "compared".equals(roi.path("kind").asString(""))
                        ? new ForecastLine(
                                Optional.of(new Shown(
                                        formats.percent(ResultDocument.decimal(roi.get("forecast"))),
                                        "/forecast/comparison/roi")),
                                Optional.of(new Shown(
                                        formats.percent(ResultDocument.decimal(roi.get("actual"))),
                                        "/forecast/comparison/roi")),
                                Optional.of(new Shown(
                                        formats.number(ResultDocument.decimal(roi.get("variance")), 2),
                                        "/forecast/comparison/roi")),
                                List.of())
                        : new ForecastLine(
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                reasons.all(result, "/forecast/comparison/roi/reasons")));
    }
}
