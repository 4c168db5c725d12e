package nl.rendement.app.evaluation;

import static nl.rendement.app.evaluation.TrailJson.array;
import static nl.rendement.app.evaluation.TrailJson.code;
import static nl.rendement.app.evaluation.TrailJson.money;
import static nl.rendement.app.evaluation.TrailJson.object;
import static nl.rendement.app.evaluation.TrailJson.optional;
import static nl.rendement.app.evaluation.TrailJson.reasons;
import static nl.rendement.app.evaluation.TrailJson.statistic;
import static nl.rendement.app.evaluation.TrailJson.traced;
import static nl.rendement.app.evaluation.TrailJson.tracedDecimal;
import static nl.rendement.app.evaluation.TrailJson.tracedMoney;
import static nl.rendement.app.evaluation.TrailJson.trail;

import java.util.List;
import nl.rendement.engine.costs.CostCategory;
import nl.rendement.engine.costs.CostOutcome;
import nl.rendement.engine.roi.RoiFigures;
import nl.rendement.engine.roi.RoiOutcome;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.uncertainty.Distribution;
import nl.rendement.engine.uncertainty.RoiRange;
import nl.rendement.engine.uncertainty.UncertainInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The costs, the ROI and its range as JSON; an outcome without figures gives its reasons. */
final class ReturnsJson {

    private ReturnsJson() {}

    static JsonNode costs(CostOutcome outcome) {
        if (outcome instanceof CostOutcome.NoCosts none) {
            return none(none.reasons());
        }
        CostOutcome.Costs costs = (CostOutcome.Costs) outcome;
        ObjectNode node = object().put("kind", "costs");
        node.set("total", tracedMoney(costs.total()));
        node.set("oneTime", money(costs.oneTime()));
        node.set("recurringPerYear", money(costs.recurringPerYear()));
        node.put("horizonMonths", costs.horizon().months());
        ObjectNode categories = object();
        for (CostCategory category : CostCategory.values()) {
            categories.set(category.name(), tracedMoney(costs.category(category)));
        }
        node.set("categories", categories);
        node.set("reimbursed", tracedMoney(costs.reimbursed()));
        return node.set("net", tracedMoney(costs.net()));
    }

    static JsonNode roi(RoiOutcome outcome) {
        if (outcome instanceof RoiOutcome.NoRoi none) {
            return none(none.reasons());
        }
        RoiFigures roi = (RoiFigures) outcome;
        ObjectNode node = object().put("kind", "figures");
        node.set("benefits", tracedMoney(roi.benefits()));
        node.set("costs", tracedMoney(roi.costs()));
        node.set("benefitCostRatio", tracedDecimal(roi.benefitCostRatio()));
        node.set("roiPercent", tracedDecimal(roi.roiPercent()));
        node.set("paybackMonths", optional(roi.paybackMonths(), TrailJson::tracedDecimal));
        node.set("noPayback", optional(roi.noPayback(), TrailJson::reason));
        node.set("netPresentValue", optional(roi.netPresentValue(), TrailJson::tracedMoney));
        node.set("verdict", traced(roi.verdict(), TrailJson::code));
        return node.set("notes", reasons(roi.notes()));
    }

    static JsonNode range(RoiRange range) {
        ObjectNode node = object();
        node.set("p5", statistic(range.p5()));
        node.set("median", statistic(range.median()));
        node.set("p95", statistic(range.p95()));
        node.set("probabilityMeetsObjective", statistic(range.probabilityMeetsObjective()));
        node.put("iterations", range.iterations()).put("seed", range.seed());
        node.set("varied", array(range.varied(), ReturnsJson::input));
        node.set("fixed", array(range.fixed(), ReturnsJson::input));
        node.set("sensitivity", array(range.sensitivity(), ReturnsJson::swing));
        return node.set("trail", trail(range.trail()));
    }

    private static JsonNode none(List<Reason> reasons) {
        return object().put("kind", "none").set("reasons", reasons(reasons));
    }

    private static JsonNode input(UncertainInput input) {
        ObjectNode node = object().put("key", input.key()).set("kind", code(input.kind()));
        return node.put("measure", input.measureId()).set("distribution", distribution(input.distribution()));
    }

    private static JsonNode distribution(Distribution distribution) {
        if (distribution instanceof Distribution.Normal normal) {
            ObjectNode node = object().put("kind", "normal").set("mean", statistic(normal.mean()));
            return node.set("standardError", statistic(normal.standardError()));
        }
        if (distribution instanceof Distribution.Triangular triangle) {
            ObjectNode node = object().put("kind", "triangular").set("low", statistic(triangle.low()));
            return node.set("mode", statistic(triangle.mode())).set("high", statistic(triangle.high()));
        }
        return object().put("kind", "fixed").set("value", statistic(distribution.centre()));
    }

    private static JsonNode swing(RoiRange.Swing swing) {
        ObjectNode node = object().put("key", swing.key()).set("roiAtLow", statistic(swing.roiAtLow()));
        return node.set("roiAtHigh", statistic(swing.roiAtHigh()));
    }
}
