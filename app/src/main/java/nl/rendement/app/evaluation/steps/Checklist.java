package nl.rendement.app.evaluation.steps;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.evaluation.run.Run;
import nl.rendement.app.plan.EvaluationPlan;
import tools.jackson.databind.JsonNode;

/**
 * The article's closing checklist as the programme's progress (PRODUCT.md, 13): goals tied to
 * priorities; a baseline before training; skills, behaviour and results tracked; results in
 * business value; the ROI calculated; results shared as reported. Each item is done, open (with
 * what is still to do) or blocked (with what blocks it), read from the stored plan, the latest
 * result version and whether any version was frozen as reported; nothing is computed.
 */
public record Checklist(List<Item> items) {

    public enum State {
        DONE,
        OPEN,
        BLOCKED
    }

    /** One item: its key, its state, and the message that says what is left or what blocks it. */
    public record Item(String key, State state, Optional<String> why) {}

    static Checklist of(Optional<EvaluationPlan> plan, Optional<ResultDocument> latest, List<Run> versions) {
        List<Item> items = new ArrayList<>();
        items.add(
                plan.isEmpty()
                        ? blocked("goals", "noPlan")
                        : plan.get().goals().isEmpty() ? open("goals", "noGoal") : done("goals"));
        if (plan.isEmpty() || latest.isEmpty()) {
            String why = plan.isEmpty() ? "noPlan" : "noResult";
            items.add(blocked("baseline", why));
            items.add(blocked("tracked", why));
            items.add(blocked("value", why));
            items.add(blocked("roi", why));
        } else {
            JsonNode result = latest.get().root();
            items.add(baseline(plan.get(), result));
            items.add(tracked(result));
            items.add(value(result));
            items.add("figures".equals(result.at("/roi/kind").asString("")) ? done("roi") : blocked("roi", "noRoi"));
        }
        items.add(
                versions.stream().anyMatch(run -> run.frozen().isPresent())
                        ? done("shared")
                        : open("shared", "notFrozen"));
        return new Checklist(items);
    }

    /**
     * A baseline: a pre-period in the plan and, for some measure, participants observed before the
     * first cohort — in a KPI series, or (a KPI observed per team, which has no series) in a
     * comparison the result computed from the KPI's observations over the plan's windows.
     */
    private static Item baseline(EvaluationPlan plan, JsonNode result) {
        if (!result.get("series").propertyNames().iterator().hasNext()) {
            if (!comparedOnKpiData(result)) {
                return blocked("baseline", "noSeries");
            }
            return plan.windows().preMonths() == 0 ? open("baseline", "noPrePeriod") : done("baseline");
        }
        if (plan.windows().preMonths() == 0) {
            return open("baseline", "noPrePeriod");
        }
        for (JsonNode series : result.get("series")) {
            JsonNode starts = series.path("cohortStarts");
            JsonNode points = series.at("/participants/points");
            if (starts.isArray() && !starts.isEmpty() && points.isArray()) {
                String first =
                        starts.get(0).path("periodStart").asString(starts.get(0).asString(""));
                for (JsonNode point : points) {
                    if (point.path("periodStart").asString("").compareTo(first) < 0) {
                        return done("baseline");
                    }
                }
            }
        }
        return open("baseline", "noPreData");
    }

    /** Skills (level 2), behaviour (level 3) and results (level 4) each have data. */
    private static Item tracked(JsonNode result) {
        boolean skills = result.at("/levels/learning").isArray()
                && !result.at("/levels/learning").isEmpty();
        boolean behaviour = result.at("/levels/application").isObject();
        boolean results = result.get("series").propertyNames().iterator().hasNext() || comparedOnKpiData(result);
        if (skills && behaviour && results) {
            return done("tracked");
        }
        return open("tracked", !skills ? "noSkills" : !behaviour ? "noBehaviour" : "noResults");
    }

    /**
     * Whether some measure's effect was computed from its KPI's observations: a candidate of a
     * comparison or a trend (tiers 1 and 2), credible or not, with a benefit.
     */
    private static boolean comparedOnKpiData(JsonNode result) {
        for (JsonNode measure : result.path("measures")) {
            List<JsonNode> candidates = new ArrayList<>();
            candidates.add(measure.path("headline"));
            measure.path("alternatives").forEach(candidates::add);
            for (JsonNode candidate : candidates) {
                if (candidate.path("tier").asInt(9) <= 2
                        && candidate.path("annualBenefit").isObject()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Some credible benefit converted to money. */
    private static Item value(JsonNode result) {
        BigDecimal benefits =
                new BigDecimal(result.at("/annualBenefits/value/amount").asString("0"));
        return benefits.signum() > 0 ? done("value") : open("value", "noBenefit");
    }

    private static Item done(String key) {
        return new Item(key, State.DONE, Optional.empty());
    }

    private static Item open(String key, String why) {
        return new Item(key, State.OPEN, Optional.of("steps.checklist.why." + why));
    }

    private static Item blocked(String key, String why) {
        return new Item(key, State.BLOCKED, Optional.of("steps.checklist.why." + why));
    }
}
