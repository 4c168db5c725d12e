package nl.rendement.app.evaluation.steps;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import nl.rendement.app.evaluation.trail.TrailTexts;
import nl.rendement.app.plan.PlanRejected;
import nl.rendement.app.system.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;

/**
 * A stored reason or note ({@code {"code", "facts"}}) in the reader's language: the sentence of
 * {@code evaluate.reason.<code>} with its facts formatted as the trail page formats them, else the
 * trail's sentence for the code ({@link TrailTexts}).
 */
@Component
class ReasonText {

    private final MessageSource messages;
    private final TrailTexts texts;
    private final Formats formats;

    ReasonText(MessageSource messages, TrailTexts texts, Formats formats) {
        this.messages = messages;
        this.texts = texts;
        this.formats = formats;
    }

    String of(JsonNode reason) {
        String code = reason.get("code").asString();
        Object[] facts = StreamSupport.stream(reason.get("facts").spliterator(), false)
                .map(this::fact)
                .toArray();
        return messages.getMessage(
                "evaluate.reason." + code, facts, texts.sentence(code), LocaleContextHolder.getLocale());
    }

    /** A message of the bundles in the reader's language. */
    String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    /**
     * Makes a change to the plan and tells the next page how it went: saved, or refused in words
     * (what, where and why), with nothing stored.
     */
    void change(RedirectAttributes redirect, Supplier<?> change) {
        try {
            change.get();
            redirect.addFlashAttribute("notice", "steps.value.saved");
        } catch (PlanRejected refused) {
            redirect.addFlashAttribute("failureText", message(refused.messageKey(), refused.arguments()));
        }
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
        Map<String, Shown> sentences = new LinkedHashMap<>();
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

    /** A fact's value as the trail page writes it. */
    String fact(JsonNode fact) {
        return texts.fact(fact.path("name").asString(), fact);
    }
}
