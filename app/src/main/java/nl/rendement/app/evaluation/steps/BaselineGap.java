package nl.rendement.app.evaluation.steps;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A method of a measure that is not credible in the result: its reasons, each linked to its
 * pointer, and the action that fills the gap for each kind of reason where one is clear.
 *
 * @param method the isolation method's constant
 * @param actions what fills the gap, in the reader's language, each once
 */
public record BaselineGap(String measure, String method, int tier, List<Shown> reasons, List<String> actions) {

    /**
     * The reason codes whose action is clear, and that action's message key suffix. Too few people
     * need more data or longer windows; groups that differed need a comparison limited to similar
     * units; estimates need their basis asked for; a unit without a value needs one on the Value step.
     */
    private static final Map<String, String> ACTIONS = Map.of(
            "control.notCredible.tooFew", "moreData",
            "control.notEstimable.tooFew", "moreData",
            "control.notEstimable.noCohort", "moreData",
            "control.notCredible.noPrePeriod", "prePeriod",
            "control.notCredible.smd", "similarUnits",
            "estimate.notCredible.lowResponseRate", "moreAnswers",
            "estimate.notCredible.noIncludedEstimate", "basis",
            "conversion.noValue", "value");

    /** Every candidate, headline or alternative, of every measure that is not credible. */
    static List<BaselineGap> all(ResultDocument result, ReasonText reasons) {
        List<BaselineGap> gaps = new ArrayList<>();
        JsonNode measures = result.root().path("measures");
        for (int i = 0; i < measures.size(); i++) {
            JsonNode measure = measures.get(i);
            String at = "/measures/" + i;
            String name = measure.path("name").asString();
            if (result.at(at + "/headline").isPresent()) {
                gap(result, name, at + "/headline", reasons).ifPresent(gaps::add);
            }
            for (int j = 0; j < measure.path("alternatives").size(); j++) {
                gap(result, name, at + "/alternatives/" + j, reasons).ifPresent(gaps::add);
            }
        }
        return gaps;
    }

    private static Optional<BaselineGap> gap(ResultDocument result, String measure, String at, ReasonText reasons) {
        JsonNode candidate = result.root().at(at);
        if (candidate.path("credible").asBoolean(true)) {
            return Optional.empty();
        }
        Set<String> actions = new LinkedHashSet<>();
        for (JsonNode reason : candidate.path("reasons")) {
            String action = ACTIONS.get(reason.path("code").asString(""));
            if (action != null) {
                actions.add(reasons.message("steps.baseline.action." + action));
            }
        }
        return Optional.of(new BaselineGap(
                measure,
                candidate.path("method").asString(),
                candidate.path("tier").asInt(),
                reasons.all(result, at + "/reasons"),
                List.copyOf(actions)));
    }
}
