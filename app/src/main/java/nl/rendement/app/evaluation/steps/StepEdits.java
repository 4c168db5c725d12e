package nl.rendement.app.evaluation.steps;

import java.math.BigDecimal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.rendement.app.plan.EvaluationPlans;
import nl.rendement.app.plan.PlanRejected;
import nl.rendement.app.plan.PlanSection;
import nl.rendement.app.system.Formats;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a step page changes the plan: adds an item to or removes one from a list section, reads a
 * form's choices, and makes the change with a reason, telling the step page it returns to how it
 * went (saved, or refused in words with nothing stored).
 */
@Component
class StepEdits {

    private final EvaluationPlans plans;
    private final ReasonText texts;
    private final Formats formats;

    StepEdits(EvaluationPlans plans, ReasonText texts, Formats formats) {
        this.plans = plans;
        this.texts = texts;
        this.formats = formats;
    }

    /** The list section with one item added at its end. */
    <T> EvaluationPlans.StoredPlan add(
            Principal user, long id, int revision, PlanSection section, List<T> items, T added, String reason) {
        List<T> changed = new ArrayList<>(items);
        changed.add(added);
        return plans.editList(user.getName(), id, revision, section, changed, reason);
    }

    /** The list section without the item at {@code index} (404 when there is none). */
    <T> EvaluationPlans.StoredPlan remove(
            Principal user, long id, int revision, PlanSection section, List<T> items, int index, String reason) {
        if (index < 0 || index >= items.size()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<T> changed = new ArrayList<>(items);
        changed.remove(index);
        return plans.editList(user.getName(), id, revision, section, changed, reason);
    }

    /** Makes the change and goes back to the step's page; a refusal comes back in words, nothing stored. */
    String change(long id, Step step, RedirectAttributes redirect, Supplier<?> change) {
        texts.change(redirect, change);
        return "redirect:/programmes/" + id + "/steps/" + step.path();
    }

    /** A number as the reader's language writes it ("12,5" in Dutch); refused in words when it is none. */
    BigDecimal decimal(String text, String field) {
        return formats.parseDecimal(text)
                .orElseThrow(() ->
                        new PlanRejected(field, text.isBlank() ? "plan.error.required" : "steps.error.number", text));
    }

    /** A whole number as the reader's language writes it, refused in words when it is none. */
    int whole(String text, String field) {
        BigDecimal number = decimal(text, field);
        try {
            return number.intValueExact();
        } catch (ArithmeticException notWhole) {
            throw new PlanRejected(field, "steps.error.whole", text);
        }
    }

    /** A form's choice of one of an enum's constants, refused with the field when it is none of them. */
    static <E extends Enum<E>> E choice(String given, Class<E> type, String field) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(given))
                .findFirst()
                .orElseThrow(() -> new PlanRejected(field, "plan.error.unknownValue", given));
    }

    /** A form's ticked boxes as a set of an enum's constants; none ticked, the browser sends none (null). */
    static <E extends Enum<E>> Set<E> choices(List<String> given, Class<E> type, String field) {
        Set<E> chosen = EnumSet.noneOf(type);
        Optional.ofNullable(given).orElse(List.of()).forEach(name -> chosen.add(choice(name, type, field)));
        return chosen;
    }
}
