package nl.rendement.app.evaluation.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.system.Formats;
import nl.rendement.engine.money.Money;
import tools.jackson.databind.JsonNode;

/**
 * Step 4, value, as read from a result version: per measure how its effect was isolated (the
 * headline and every alternative with the reasons a candidate is not credible) and the value of one
 * unit it was converted at, with technique, source, year and evidence, as the trail has them; then
 * the costs per category with the ledger lines counted. Every figure carries its trail's pointer.
 */
public record ValueView(
        String reportingCurrency,
        List<MeasureValue> measures,
        Shown annualBenefits,
        Optional<Costs> costs,
        List<Shown> withoutCosts) {

    public record MeasureValue(
            String kpi,
            String name,
            String unit,
            Shown annualBenefit,
            Optional<RoiView.Candidate> headline,
            List<RoiView.Candidate> alternatives,
            Optional<Conversion> conversion,
            List<Shown> reasons) {}

    /** The value of one unit as the headline's trail applied it. */
    public record Conversion(
            Shown value,
            String amount,
            String currency,
            String technique,
            String source,
            String year,
            String evidence) {}

    public record Costs(Shown total, List<Category> categories, Optional<Shown> reimbursed, Shown net) {}

    public record Category(String category, Shown amount, List<Line> lines) {}

    /** A ledger line as counted: its id, description and the amount it adds. */
    public record Line(String id, String description, Shown counted) {}

    static ValueView of(ResultDocument result, Formats formats, ReasonText reasons) {
        List<MeasureValue> measures = new ArrayList<>();
        JsonNode all = result.root().get("measures");
        for (int i = 0; i < all.size(); i++) {
            JsonNode measure = all.get(i);
            String at = "/measures/" + i;
            List<RoiView.Candidate> alternatives = new ArrayList<>();
            for (int j = 0; j < measure.get("alternatives").size(); j++) {
                alternatives.add(RoiView.candidate(
                        result, measure.get("alternatives").get(j), at + "/alternatives/" + j, formats, reasons));
            }
            measures.add(new MeasureValue(
                    measure.get("id").asString(),
                    measure.get("name").asString(),
                    measure.get("unit").asString(),
                    new Shown(formats.money(result.money(at + "/annualBenefit").orElseThrow()), at + "/annualBenefit"),
                    result.at(at + "/headline")
                            .map(candidate -> RoiView.candidate(result, candidate, at + "/headline", formats, reasons)),
                    alternatives,
                    conversion(measure.at("/annualBenefit/trail"), at + "/annualBenefit", formats),
                    reasons.all(result, at + "/reasons")));
        }
        Shown benefits = new Shown(formats.money(result.money("/annualBenefits").orElseThrow()), "/annualBenefits");
        JsonNode costs = result.root().get("costs");
        if (!"costs".equals(costs.path("kind").asString(""))) {
            return new ValueView(
                    result.root().get("reportingCurrency").asString(),
                    measures,
                    benefits,
                    Optional.empty(),
                    reasons.all(result, "/costs/reasons"));
        }
        List<Category> categories = new ArrayList<>();
        costs.get("categories").properties().forEach(entry -> {
            String at = "/costs/categories/" + entry.getKey();
            List<Line> lines = new ArrayList<>();
            entry.getValue().get("trail").forEach(step -> {
                if (step.get("code").asString().equals("cost.participantTime")) {
                    lines.add(new Line(
                            "",
                            reasons.message(
                                    "steps.value.participantTime",
                                    reasons.fact(factNode(step, "participants")),
                                    reasons.fact(factNode(step, "hours"))),
                            new Shown(
                                    formats.money(ResultDocument.money(
                                            fact(step, "cost").orElseThrow())),
                                    at)));
                }
                if (step.get("code").asString().equals("cost.line")) {
                    lines.add(new Line(
                            fact(step, "line").map(JsonNode::asString).orElse(""),
                            fact(step, "description").map(JsonNode::asString).orElse(""),
                            new Shown(
                                    formats.money(ResultDocument.money(
                                            fact(step, "counted").orElseThrow())),
                                    at)));
                }
            });
            categories.add(new Category(
                    entry.getKey(), new Shown(formats.money(result.money(at).orElseThrow()), at), lines));
        });
        Optional<Shown> reimbursed = result.money("/costs/reimbursed")
                .filter(money -> money.amount().signum() > 0)
                .map(money -> new Shown(formats.money(money), "/costs/reimbursed"));
        return new ValueView(
                result.root().get("reportingCurrency").asString(),
                measures,
                benefits,
                Optional.of(new Costs(
                        new Shown(formats.money(result.money("/costs/total").orElseThrow()), "/costs/total"),
                        categories,
                        reimbursed,
                        new Shown(formats.money(result.money("/costs/net").orElseThrow()), "/costs/net"))),
                List.of());
    }

    /** A fact of a step with its type, as {@link ReasonText#fact} formats it. */
    private static JsonNode factNode(JsonNode step, String name) {
        for (JsonNode fact : step.get("facts")) {
            if (fact.get("name").asString().equals(name)) {
                return fact;
            }
        }
        throw new IllegalStateException("A " + step.get("code").asString() + " step without " + name);
    }

    /** The {@code conversion.valued} step of a benefit's trail, if the benefit was converted. */
    private static Optional<Conversion> conversion(JsonNode trail, String at, Formats formats) {
        for (JsonNode step : trail) {
            if (step.get("code").asString().equals("conversion.valued")) {
                Money perUnit = ResultDocument.money(fact(step, "valuePerUnit").orElseThrow());
                return Optional.of(new Conversion(
                        new Shown(formats.money(perUnit), at),
                        formats.editable(perUnit.amount()),
                        perUnit.currency().getCurrencyCode(),
                        fact(step, "technique").map(JsonNode::asString).orElse(""),
                        fact(step, "source").map(JsonNode::asString).orElse(""),
                        fact(step, "year")
                                .map(year -> String.valueOf(year.asInt()))
                                .orElse(""),
                        fact(step, "evidence").map(JsonNode::asString).orElse("")));
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> fact(JsonNode step, String name) {
        for (JsonNode fact : step.get("facts")) {
            if (fact.get("name").asString().equals(name)) {
                return Optional.of(fact.get("value"));
            }
        }
        return Optional.empty();
    }
}
