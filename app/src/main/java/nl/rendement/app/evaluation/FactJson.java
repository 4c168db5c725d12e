package nl.rendement.app.evaluation;

import static nl.rendement.app.evaluation.TrailJson.array;
import static nl.rendement.app.evaluation.TrailJson.decimal;
import static nl.rendement.app.evaluation.TrailJson.money;
import static nl.rendement.app.evaluation.TrailJson.object;
import static nl.rendement.app.evaluation.TrailJson.percentage;
import static nl.rendement.app.evaluation.TrailJson.statistic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Stream;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Fact;
import nl.rendement.engine.value.Percentage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A step's fact as JSON: its name, its type and its value, {@code {"name": "attribution", "type":
 * "percentage", "value": "60"}}, so that a reader need not guess what a value is.
 */
final class FactJson {

    private FactJson() {}

    static JsonNode fact(Fact fact) {
        return object().put("name", fact.name()).setAll(typed(fact.value()));
    }

    /** A fact's value with its type, so that a reader need not guess: {@code {"type": "money", ...}}. */
    private static ObjectNode typed(Object value) {
        ObjectNode node = object();
        if (value instanceof Money money) {
            return node.put("type", "money").set("value", money(money));
        }
        if (value instanceof Percentage percentage) {
            return node.put("type", "percentage").set("value", percentage(percentage));
        }
        if (value instanceof BigDecimal decimal) {
            return node.put("type", "decimal").set("value", decimal(decimal));
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return node.put("type", "integer").put("value", ((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return node.put("type", "number").set("value", statistic(((Number) value).doubleValue()));
        }
        if (value instanceof Boolean bool) {
            return node.put("type", "boolean").put("value", bool);
        }
        if (value instanceof LocalDate date) {
            return node.put("type", "date").put("value", date.toString());
        }
        if (value instanceof Enum<?> constant) {
            return node.put("type", "code").put("value", constant.name());
        }
        if (value instanceof Currency currency) {
            return node.put("type", "currency").put("value", currency.getCurrencyCode());
        }
        if (value instanceof Collection<?> values) {
            return node.put("type", "list").set("value", array(ordered(values), FactJson::typed));
        }
        return node.put("type", "text").put("value", String.valueOf(value));
    }

    /** A list in its order; a set without one sorted, so that the output does not vary from run to run. */
    private static List<?> ordered(Collection<?> values) {
        Stream<?> stream = values.stream();
        if (values instanceof Set<?> && !(values instanceof SortedSet<?>) && !(values instanceof LinkedHashSet<?>)) {
            stream = stream.sorted(Comparator.comparing(String::valueOf));
        }
        return stream.toList();
    }
}
