package nl.rendement.app.evaluation.steps;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import nl.rendement.app.system.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A stored reason or note ({@code {"code", "facts"}}) in the reader's language: the sentence of
 * {@code evaluate.reason.<code>} with its facts formatted by type, else that of {@code trail.<code>},
 * else the code itself.
 */
@Component
class ReasonText {

    private final MessageSource messages;
    private final Formats formats;

    ReasonText(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    String of(JsonNode reason) {
        String code = reason.get("code").asString();
        Object[] facts = StreamSupport.stream(reason.get("facts").spliterator(), false)
                .map(this::fact)
                .toArray();
        Locale locale = LocaleContextHolder.getLocale();
        String trail = messages.getMessage("trail." + code, facts, code, locale);
        return messages.getMessage("evaluate.reason." + code, facts, trail, locale);
    }

    /** A message of the bundles in the reader's language. */
    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /**
     * The reasons at {@code at} in the result, each sentence once in their order, each with the
     * pointer of the reason it says (the trail page shows a reason as its one step).
     */
    List<Shown> all(ResultDocument result, String at) {
        JsonNode reasons = result.root().at(at);
        if (!reasons.isArray()) {
            return List.of();
        }
        java.util.Map<String, Shown> sentences = new java.util.LinkedHashMap<>();
        for (int i = 0; i < reasons.size(); i++) {
            String sentence = of(reasons.get(i));
            sentences.putIfAbsent(sentence, new Shown(sentence, at + "/" + i));
        }
        return List.copyOf(sentences.values());
    }

    /** A count of people or periods as the page writes it. */
    String count(long count) {
        return formats.number(BigDecimal.valueOf(count), 0);
    }

    /** A fact's value as the page writes it. */
    String fact(JsonNode fact) {
        JsonNode value = fact.get("value");
        return switch (fact.get("type").asString()) {
            case "money" -> formats.money(ResultDocument.money(value));
            case "percentage" -> formats.percent(ResultDocument.decimal(value));
            case "decimal", "number" ->
                formats.number(
                        ResultDocument.decimal(value),
                        Math.min(
                                2,
                                Math.max(
                                        0,
                                        ResultDocument.decimal(value)
                                                .stripTrailingZeros()
                                                .scale())));
            case "integer" -> formats.number(BigDecimal.valueOf(value.asLong()), 0);
            case "date" -> formats.date(java.time.LocalDate.parse(value.asString()));
            case "code" ->
                messages.getMessage(
                        "steps.code." + value.asString(), null, value.asString(), LocaleContextHolder.getLocale());
            case "list" ->
                StreamSupport.stream(value.spliterator(), false).map(this::fact).collect(Collectors.joining(", "));
            default -> value.asString();
        };
    }
}
