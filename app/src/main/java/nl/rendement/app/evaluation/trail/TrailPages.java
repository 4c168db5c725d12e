package nl.rendement.app.evaluation.trail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.evaluation.trail.TrailPage.ShownFact;
import nl.rendement.app.evaluation.trail.TrailPage.ShownStep;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds a figure in a stored result (docs/evaluation-result.md) by its JSON pointer (RFC 6901) and
 * turns its trail into a {@link TrailPage} for one reader. A figure is an object with a
 * {@code trail} array; anything else is not a figure. What the reader may not see is left out of
 * the page, not hidden in it: person-level facts, and every value of a figure marked as resting on
 * fewer than k people.
 */
@Component
class TrailPages {

    private final TrailTexts texts;

    TrailPages(TrailTexts texts) {
        this.texts = texts;
    }

    /**
     * The figure's page; a reason or note (a step of its own) is shown as its one step. Empty when
     * the pointer is malformed or leads to neither.
     */
    Optional<TrailPage> of(String result, String pointer, Reader reader) {
        if (pointer == null || !pointer.startsWith("/")) {
            return Optional.empty();
        }
        JsonNode document = JsonMapper.shared().readTree(result);
        JsonNode figure;
        try {
            figure = document.at(JsonPointer.compile(pointer));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        JsonNode trail;
        if (figure.path("trail").isArray()) {
            trail = figure.get("trail");
        } else if (figure.path("code").isString() && figure.path("facts").isArray()) {
            trail = JsonMapper.shared().createArrayNode().add(figure);
        } else {
            return Optional.empty();
        }
        boolean withheld = reader != Reader.PERSON_LEVEL && smallGroup(figure);
        String field = FigurePointer.field(pointer);
        Optional<String> value = figure.has("value") && !withheld
                ? Optional.of(texts.figure(field, figure.get("value")))
                : Optional.empty();
        List<ShownStep> reasons = new ArrayList<>(steps(figure.path("reasons"), reader, withheld));
        reasons.addAll(steps(figure.path("notes"), reader, withheld));
        return Optional.of(new TrailPage(
                label(document, pointer, field), pointer, value, withheld, steps(trail, reader, withheld), reasons));
    }

    private List<ShownStep> steps(JsonNode steps, Reader reader, boolean withheld) {
        List<ShownStep> shown = new ArrayList<>();
        for (JsonNode step : steps) {
            String code = step.path("code").asString();
            List<ShownFact> facts = new ArrayList<>();
            for (JsonNode fact : step.path("facts")) {
                facts.add(fact(fact, reader, withheld));
            }
            shown.add(new ShownStep(code, texts.sentence(code), facts));
        }
        return shown;
    }

    private ShownFact fact(JsonNode fact, Reader reader, boolean withheld) {
        String name = fact.path("name").asString();
        String label = texts.factName(name);
        if (withheld || (reader != Reader.PERSON_LEVEL && PersonLevel.names(name))) {
            return ShownFact.withheld(name, label);
        }
        return new ShownFact(name, label, texts.fact(name, fact), false);
    }

    /** The figure's name; a measure's figures add the measure's name, the pointer when there is no name. */
    private String label(JsonNode document, String pointer, String field) {
        String name = texts.figureName(field).orElse(pointer);
        return FigurePointer.measure(pointer)
                .map(index -> document.path("measures").path(index).path("name"))
                .filter(JsonNode::isString)
                .map(measure -> name + ": " + measure.asString())
                .orElse(name);
    }

    private static boolean smallGroup(JsonNode figure) {
        JsonNode mark = figure.path("mark");
        return mark.isString() && !mark.asString().equals("NONE");
    }
}
