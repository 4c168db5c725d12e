package nl.rendement.app.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plan as the JSON document it is stored and exchanged as, read back through the plan's own
 * checks, and the field-by-field difference of two documents. Unknown fields, values of the wrong
 * type and unknown choices are refused with the path of the field, never skipped.
 */
final class PlanDocuments {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private PlanDocuments() {}

    static String write(EvaluationPlan plan) {
        return JSON.writeValueAsString(Objects.requireNonNull(plan, "plan"));
    }

    static JsonNode tree(EvaluationPlan plan) {
        return JSON.valueToTree(plan);
    }

    /** A part of a plan (a section's value) as the plan's JSON writes it. */
    static JsonNode json(Object part) {
        return JSON.valueToTree(part);
    }

    static EvaluationPlan read(String document) {
        return read(parse(document));
    }

    static JsonNode parse(String document) {
        try {
            return JSON.readTree(document);
        } catch (JacksonException malformed) {
            throw new PlanRejected("", "plan.error.notJson", malformed.getOriginalMessage());
        }
    }

    /** The plan the document describes, through every check of the plan's records. */
    static EvaluationPlan read(JsonNode document) {
        try {
            return JSON.treeToValue(document, EvaluationPlan.class);
        } catch (ValueInstantiationException refused) {
            if (refused.getCause() instanceof PlanRejected rejected) {
                throw rejected;
            }
            String within = path(refused);
            String component =
                    refused.getCause() instanceof NullPointerException missing && missing.getMessage() != null
                            ? missing.getMessage()
                            : "";
            throw new PlanRejected(
                    within.isEmpty() || component.isEmpty() ? within + component : within + "." + component,
                    "plan.error.required");
        } catch (UnrecognizedPropertyException unknown) {
            throw new PlanRejected(path(unknown), "plan.error.unknownField", unknown.getPropertyName());
        } catch (InvalidFormatException wrong) {
            if (wrong.getTargetType() != null && wrong.getTargetType().isEnum()) {
                throw new PlanRejected(path(wrong), "plan.error.unknownValue", String.valueOf(wrong.getValue()));
            }
            throw new PlanRejected(path(wrong), "plan.error.wrongType");
        } catch (JacksonException wrong) {
            throw new PlanRejected(path(wrong), "plan.error.wrongType");
        }
    }

    /** The plan with one section replaced by the given JSON value (null or absent: none). */
    static EvaluationPlan replace(EvaluationPlan plan, PlanSection section, JsonNode value) {
        ObjectNode document = (ObjectNode) tree(plan);
        document.set(section.property(), value == null ? JSON.nullNode() : value);
        return read(document);
    }

    /** The JSON value of one section of the plan. */
    static JsonNode section(EvaluationPlan plan, PlanSection section) {
        return tree(plan).get(section.property());
    }

    /** Every field whose value differs between two documents, with its old and new JSON value. */
    static List<PlanChange> differences(String before, String after) {
        List<PlanChange> changes = new ArrayList<>();
        compare("", parse(before), parse(after), changes);
        return changes;
    }

    /** Objects and lists are compared member by member, also against an absent value, down to the plain values. */
    private static void compare(String path, JsonNode before, JsonNode after, List<PlanChange> changes) {
        if (container(before, after, JsonNode::isObject)) {
            Set<String> names = new TreeSet<>();
            if (!absent(before)) {
                names.addAll(before.propertyNames());
            }
            if (!absent(after)) {
                names.addAll(after.propertyNames());
            }
            for (String name : names) {
                compare(path.isEmpty() ? name : path + "." + name, member(before, name), member(after, name), changes);
            }
        } else if (container(before, after, JsonNode::isArray)) {
            for (int i = 0; i < Math.max(size(before), size(after)); i++) {
                compare(path + "[" + i + "]", element(before, i), element(after, i), changes);
            }
        } else if (!same(before, after)) {
            changes.add(new PlanChange(path, text(before), text(after)));
        }
    }

    /** Both of one kind (object or list), or one of that kind and the other absent. */
    private static boolean container(JsonNode before, JsonNode after, Predicate<JsonNode> kind) {
        return (absent(before) || kind.test(before))
                && (absent(after) || kind.test(after))
                && !(absent(before) && absent(after));
    }

    private static JsonNode member(JsonNode node, String name) {
        return absent(node) ? null : node.get(name);
    }

    private static JsonNode element(JsonNode node, int index) {
        return absent(node) ? null : node.get(index);
    }

    private static int size(JsonNode node) {
        return absent(node) ? 0 : node.size();
    }

    private static boolean same(JsonNode before, JsonNode after) {
        if (absent(before) || absent(after)) {
            return absent(before) && absent(after);
        }
        if (before.isNumber() && after.isNumber()) {
            return before.decimalValue().compareTo(after.decimalValue()) == 0;
        }
        return before.equals(after);
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull();
    }

    private static String text(JsonNode node) {
        if (absent(node)) {
            return null;
        }
        return node.isString() ? node.stringValue() : node.toString();
    }

    private static String path(JacksonException problem) {
        return problem.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? "." + reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
