package nl.rendement.app.evaluation.run;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The figures a board sees, compared between two result versions: the annual benefits, the fully
 * loaded costs, the ROI's benefits, costs, benefit-cost ratio, ROI, payback, net present value
 * and verdict (gross and net of reimbursements), and each measure's annual benefit and headline
 * method. A figure present in one version only is a change too.
 */
public final class VersionChanges {

    private static final Map<String, String> FIGURES = new LinkedHashMap<>();

    static {
        FIGURES.put("annualBenefits", "/annualBenefits/value/amount");
        FIGURES.put("costs", "/costs/total/value/amount");
        for (String roi : List.of("roi", "roiNetOfReimbursements")) {
            FIGURES.put(roi + ".benefits", "/" + roi + "/benefits/value/amount");
            FIGURES.put(roi + ".costs", "/" + roi + "/costs/value/amount");
            FIGURES.put(roi + ".benefitCostRatio", "/" + roi + "/benefitCostRatio/value");
            FIGURES.put(roi + ".roiPercent", "/" + roi + "/roiPercent/value");
            FIGURES.put(roi + ".paybackMonths", "/" + roi + "/paybackMonths/value");
            FIGURES.put(roi + ".netPresentValue", "/" + roi + "/netPresentValue/value/amount");
            FIGURES.put(roi + ".verdict", "/" + roi + "/verdict/value");
        }
    }

    private VersionChanges() {}

    /** One figure then and now; absent where a version has none. */
    public record FigureChange(String figure, Optional<String> before, Optional<String> after) {}

    public static List<FigureChange> between(String before, String after) {
        JsonNode then = JsonMapper.shared().readTree(before);
        JsonNode now = JsonMapper.shared().readTree(after);
        List<FigureChange> changes = new ArrayList<>();
        FIGURES.forEach((figure, pointer) -> compare(figure, value(then.at(pointer)), value(now.at(pointer)), changes));
        Map<String, JsonNode> measuresThen = measures(then);
        Map<String, JsonNode> measuresNow = measures(now);
        java.util.Set<String> ids = new java.util.TreeSet<>(measuresThen.keySet());
        ids.addAll(measuresNow.keySet());
        for (String id : ids) {
            JsonNode a = measuresThen.get(id);
            JsonNode b = measuresNow.get(id);
            compare(
                    "measures." + id + ".annualBenefit",
                    a == null ? Optional.empty() : value(a.at("/annualBenefit/value/amount")),
                    b == null ? Optional.empty() : value(b.at("/annualBenefit/value/amount")),
                    changes);
            compare(
                    "measures." + id + ".headline",
                    a == null ? Optional.empty() : value(a.at("/headline/method")),
                    b == null ? Optional.empty() : value(b.at("/headline/method")),
                    changes);
        }
        return changes;
    }

    private static Map<String, JsonNode> measures(JsonNode result) {
        Map<String, JsonNode> measures = new LinkedHashMap<>();
        result.path("measures")
                .forEach(measure -> measures.put(measure.path("id").asString(), measure));
        return measures;
    }

    private static void compare(
            String figure, Optional<String> before, Optional<String> after, List<FigureChange> changes) {
        boolean same =
                before.isPresent() && after.isPresent() ? equal(before.get(), after.get()) : before.equals(after);
        if (!same) {
            changes.add(new FigureChange(figure, before, after));
        }
    }

    private static boolean equal(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException text) {
            return Objects.equals(a, b);
        }
    }

    private static Optional<String> value(JsonNode node) {
        return node == null || node.isMissingNode() || node.isNull() ? Optional.empty() : Optional.of(node.asString());
    }
}
