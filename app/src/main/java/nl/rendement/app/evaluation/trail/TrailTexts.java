package nl.rendement.app.evaluation.trail;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.rendement.app.system.Formats;
import nl.rendement.engine.money.Money;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The trail's codes, fact names and values in the reader's language: sentences from the
 * {@code trail} bundle, numbers through {@link Formats} (rounded only here, HALF_EVEN). An unknown
 * code or name is shown as it is, so that an older version's trail still reads.
 */
@Component
public class TrailTexts {

    /** Decimal facts that are percentages (a percentage-typed fact says so itself). */
    private static final Set<String> PERCENT_FACTS = Set.of(
            "roiPercent",
            "percent",
            "percentPre",
            "percentPost",
            "promotersPercent",
            "detractorsPercent",
            "roiAtLow",
            "roiAtHigh");

    /** Whole numbers that are names rather than amounts: 2025, not 2,025. */
    private static final Set<String> UNGROUPED_FACTS = Set.of("year", "seed");

    /** Figures whose plain number is a percentage. */
    private static final Set<String> PERCENT_FIGURES = Set.of(
            "roiPercent",
            "completionRate",
            "spendOfPayroll",
            "share",
            "promoters",
            "detractors",
            "applying",
            "observedApplying");

    private static final String NOT_A_NUMBER = "\u2013";

    private final MessageSource messages;
    private final Formats formats;

    public TrailTexts(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    public String sentence(String code) {
        return text("trail." + code).orElse(code);
    }

    String factName(String name) {
        return text("trail.fact." + name).orElse(name);
    }

    /** A figure's name from its field ("roiPercent"), or a cost category's ("DELIVERY"). */
    Optional<String> figureName(String field) {
        return text("trail.figure." + field)
                .or(() -> text("trail.value." + field).map(TrailTexts::capitalised));
    }

    /** A fact's value, {@code {"type": ..., "value": ...}}, formatted by its type. */
    public String fact(String name, JsonNode typed) {
        JsonNode value = typed.path("value");
        String type = typed.path("type").asString("text");
        if (type.equals("decimal") && PERCENT_FACTS.contains(name)) {
            return formats.percent(new BigDecimal(value.asString()));
        }
        if (type.equals("integer") && UNGROUPED_FACTS.contains(name)) {
            return value.asString();
        }
        return typed(type, value);
    }

    /** A figure's value; untyped in the result, so its field says whether a number is a percentage. */
    String figure(String field, JsonNode value) {
        if (value.isObject() && value.has("amount")) {
            return money(value);
        }
        if (value.isNumber() || isDecimal(value)) {
            BigDecimal number = value.isNumber() ? value.decimalValue() : new BigDecimal(value.asString());
            return PERCENT_FIGURES.contains(field) ? formats.percent(number) : decimal(number);
        }
        if (value.isBoolean()) {
            return yesOrNo(value.booleanValue());
        }
        return value.isNull() ? NOT_A_NUMBER : constant(value.asString());
    }

    private String typed(String type, JsonNode value) {
        return switch (type) {
            case "money" -> money(value);
            case "percentage" -> formats.percent(new BigDecimal(value.asString()));
            case "decimal" -> decimal(new BigDecimal(value.asString()));
            case "number" -> value.isNumber() ? decimal(value.decimalValue()) : NOT_A_NUMBER;
            case "integer" -> formats.number(value.decimalValue(), 0);
            case "boolean" -> yesOrNo(value.booleanValue());
            case "date" -> formats.date(LocalDate.parse(value.asString()));
            case "code", "text" -> constant(value.asString());
            case "list" ->
                StreamSupport.stream(value.spliterator(), false)
                        .map(item -> typed(item.path("type").asString("text"), item.path("value")))
                        .collect(Collectors.joining(", "));
            default -> value.asString();
        };
    }

    private String money(JsonNode money) {
        return formats.money(
                Money.of(money.path("amount").asString(), money.path("currency").asString()));
    }

    /** At most two decimals from 1 up; below 1 three significant digits, so that a p-value stays readable. */
    private String decimal(BigDecimal value) {
        BigDecimal shown = value.abs().compareTo(BigDecimal.ONE) >= 0 || value.signum() == 0
                ? value.setScale(
                        Math.min(2, Math.max(0, value.stripTrailingZeros().scale())), RoundingMode.HALF_EVEN)
                : value.round(new MathContext(3, RoundingMode.HALF_EVEN));
        return formats.decimal(shown);
    }

    /** An engine constant ("DELIVERY", "fewerThanK") in words; any other text as given. */
    private String constant(String value) {
        return value.matches("[A-Za-z][A-Za-z0-9_]*")
                ? text("trail.value." + value).orElse(value)
                : value;
    }

    private String yesOrNo(boolean value) {
        return text(value ? "common.yes" : "common.no").orElse(String.valueOf(value));
    }

    private static boolean isDecimal(JsonNode value) {
        return value.isString() && value.asString().matches("-?\\d+(\\.\\d+)?");
    }

    private Optional<String> text(String key) {
        return Optional.ofNullable(messages.getMessage(key, null, null, LocaleContextHolder.getLocale()));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
