package nl.rendement.app.evaluation.steps;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.evaluation.charts.CostBenefitChart;
import nl.rendement.app.evaluation.charts.CostBenefitChart.CostBenefit;
import nl.rendement.app.evaluation.charts.RoiRangeChart;
import nl.rendement.app.evaluation.charts.RoiRangeChart.RoiRange;
import nl.rendement.app.evaluation.charts.TornadoChart;
import nl.rendement.app.evaluation.charts.TornadoChart.Tornado;
import nl.rendement.engine.money.Money;
import tools.jackson.databind.JsonNode;

/** The ROI page's charts: the ROI's range, the sensitivity tornado and the cost–benefit waterfall. */
public final class RoiCharts {

    private RoiCharts() {}

    /**
     * The charts' inputs, read from the result's raw figures (never from the page's formatted
     * text); each empty when the result does not have what it draws.
     */
    public record Inputs(Optional<RoiRange> range, Optional<Tornado> tornado, Optional<CostBenefit> waterfall) {

        static Inputs of(ResultDocument result, List<RoiView.Sensitivity> sensitivity, ReasonText reasons) {
            Optional<BigDecimal> headline = result.number("/roi/roiPercent")
                    .filter(roi ->
                            "figures".equals(result.root().at("/roi/kind").asString("")));
            return new Inputs(
                    headline.flatMap(roi -> range(result, roi)),
                    headline.filter(roi -> !sensitivity.isEmpty()).map(roi -> tornado(roi, sensitivity, reasons)),
                    waterfall(result, reasons));
        }

        private static Optional<RoiRange> range(ResultDocument result, BigDecimal headline) {
            return result.at("/range")
                    .map(range -> new RoiRange(
                            ResultDocument.decimal(range.get("p5")).doubleValue(),
                            ResultDocument.decimal(range.get("median")).doubleValue(),
                            ResultDocument.decimal(range.get("p95")).doubleValue(),
                            headline,
                            ResultDocument.decimal(result.root().get("roiObjective")),
                            ResultDocument.decimal(range.get("probabilityMeetsObjective"))
                                    .doubleValue()));
        }

        private static Tornado tornado(BigDecimal headline, List<RoiView.Sensitivity> sensitivity, ReasonText reasons) {
            return new Tornado(
                    headline,
                    reasons.message("steps.charts.tornado.low"),
                    reasons.message("steps.charts.tornado.high"),
                    sensitivity.stream()
                            .map(input -> new TornadoChart.Input(
                                    reasons.message(
                                            "steps.charts.tornado.input",
                                            reasons.message("trail.value." + input.kind()),
                                            input.measure()),
                                    input.roiAtLow(),
                                    input.roiAtHigh()))
                            .toList());
        }

        /** Each measure's benefit a year, each cost category with costs, and the net benefit. */
        private static Optional<CostBenefit> waterfall(ResultDocument result, ReasonText reasons) {
            List<CostBenefitChart.Step> benefits = new ArrayList<>();
            JsonNode measures = result.root().path("measures");
            for (int i = 0; i < measures.size(); i++) {
                String name = measures.get(i).get("name").asString();
                result.money("/measures/" + i + "/annualBenefit")
                        .filter(money -> money.amount().signum() != 0)
                        .ifPresent(money -> benefits.add(new CostBenefitChart.Step(name, money)));
            }
            List<CostBenefitChart.Step> costs = new ArrayList<>();
            if ("costs".equals(result.root().at("/costs/kind").asString(""))) {
                result.root().at("/costs/categories").properties().forEach(category -> {
                    Money cost = ResultDocument.money(category.getValue().get("value"));
                    if (cost.amount().signum() != 0) {
                        costs.add(new CostBenefitChart.Step(reasons.message("trail.value." + category.getKey()), cost));
                    }
                });
            }
            if (benefits.isEmpty() && costs.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new CostBenefit(benefits, costs, reasons.message("steps.charts.waterfall.net")));
        }
    }

    /** The charts drawn, each linked to the trail of the figure it draws. */
    static List<StepChart> draw(Inputs inputs, StepCharts.Drawing drawing) {
        List<StepChart> charts = new ArrayList<>();
        inputs.range()
                .ifPresent(range -> charts.add(drawing.chart(
                        "roi-range", "/range", "steps.charts.range", context -> RoiRangeChart.draw(range, context))));
        inputs.tornado()
                .ifPresent(tornado -> charts.add(drawing.chart(
                        "roi-tornado",
                        "/range",
                        "steps.charts.tornado",
                        context -> TornadoChart.draw(tornado, context))));
        inputs.waterfall()
                .ifPresent(waterfall -> charts.add(drawing.chart(
                        "roi-waterfall",
                        "/annualBenefits",
                        "steps.charts.waterfall",
                        context -> CostBenefitChart.draw(waterfall, context))));
        return charts;
    }
}
