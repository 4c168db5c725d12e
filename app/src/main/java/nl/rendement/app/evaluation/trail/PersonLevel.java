package nl.rendement.app.evaluation.trail;

import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Facts that name a person or a response (a respondent's survey id, a person's pseudonym): shown
 * to analysts who see the programme whole, withheld from everyone else. The engine writes
 * {@code respondent} today (estimate steps); the other names are kept out should a step ever use
 * them. {@code subject} is not among them: in the engine's trails it names a survey item or group
 * ("relevance", "respondents"), never a person.
 */
public final class PersonLevel {

    static final Set<String> FACTS = Set.of("respondent", "person", "participant", "employee", "pseudonym");

    static final String WITHHELD = "withheld";

    private PersonLevel() {}

    static boolean names(String fact) {
        return FACTS.contains(fact);
    }

    /**
     * A result document (docs/evaluation-result.md) as readers of aggregates may have it: every
     * person-level fact's value is "withheld", and the per-person rows of a test
     * ({@code individuals}) are left out; figures are untouched.
     */
    public static String withheld(String result) {
        JsonNode tree = JsonMapper.shared().readTree(result);
        withhold(tree);
        return JsonMapper.shared().writeValueAsString(tree);
    }

    private static void withhold(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("individuals");
            if (object.path("name").isString() && names(object.get("name").asString()) && object.has("value")) {
                object.put("value", WITHHELD);
            }
            object.forEach(PersonLevel::withhold);
        } else if (node instanceof ArrayNode array) {
            array.forEach(PersonLevel::withhold);
        }
    }
}
