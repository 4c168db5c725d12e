package nl.rendement.app.evaluation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.trail.Trail;
import nl.rendement.engine.value.Aggregate;
import nl.rendement.engine.value.Percentage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The building blocks of the result's JSON (docs/evaluation-result.md): money, exact decimals,
 * statistics, traced figures, trails, reasons and facts. Exact values (money, ratios, percentages,
 * {@code BigDecimal}) are plain decimal strings with every digit; statistics ({@code double}) are
 * JSON numbers, or null when not finite.
 */
final class TrailJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TrailJson() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array() {
        return NODES.arrayNode();
    }

    static <T> ArrayNode array(Collection<T> items, Function<T, JsonNode> each) {
        ArrayNode array = array();
        items.forEach(item -> array.add(each.apply(item)));
        return array;
    }

    static JsonNode text(String text) {
        return NODES.stringNode(text);
    }

    static JsonNode optionalText(Optional<String> text) {
        return text.map(TrailJson::text).orElseGet(NODES::nullNode);
    }

    static <T> JsonNode optional(Optional<T> value, Function<T, JsonNode> present) {
        return value.map(present).orElseGet(NODES::nullNode);
    }

    static JsonNode code(Enum<?> constant) {
        return text(constant.name());
    }

    static JsonNode decimal(BigDecimal value) {
        return text(value.toPlainString());
    }

    static JsonNode statistic(double value) {
        return Double.isFinite(value) ? NODES.numberNode(value) : NODES.nullNode();
    }

    static JsonNode integer(int value) {
        return NODES.numberNode(value);
    }

    static JsonNode money(Money money) {
        return object().put("amount", money.amount().toPlainString())
                .put("currency", money.currency().getCurrencyCode());
    }

    static JsonNode percentage(Percentage percentage) {
        return decimal(percentage.value());
    }

    /** A figure and the steps it came from: {@code {"value": ..., "trail": [...]}}. */
    static <T> JsonNode traced(Traced<T> traced, Function<T, JsonNode> value) {
        return object().set("value", value.apply(traced.value())).set("trail", trail(traced.trail()));
    }

    static JsonNode tracedMoney(Traced<Money> traced) {
        return traced(traced, TrailJson::money);
    }

    static JsonNode tracedDecimal(Traced<BigDecimal> traced) {
        return traced(traced, TrailJson::decimal);
    }

    /** A group figure: its value, the people it rests on, the total it is part of and its mark. */
    static <T> ObjectNode aggregate(Aggregate<T> aggregate, Function<T, JsonNode> value) {
        ObjectNode node = object().set("value", value.apply(aggregate.value()));
        return node.put("n", aggregate.n())
                .set("ofTotal", optional(aggregate.ofTotal(), TrailJson::integer))
                .put("mark", aggregate.mark().name());
    }

    static ArrayNode trail(Trail trail) {
        return array(trail.steps(), TrailJson::step);
    }

    static ArrayNode reasons(List<Reason> reasons) {
        return array(reasons, reason -> step(reason.step()));
    }

    static JsonNode reason(Reason reason) {
        return step(reason.step());
    }

    static JsonNode step(Step step) {
        return object().put("code", step.code()).set("facts", array(step.facts(), FactJson::fact));
    }
}
