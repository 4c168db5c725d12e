package nl.rendement.app.evaluation.steps;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * A group figure of the levels or a KPI series as the page shows it: its value and the people it
 * rests on, each linked to the trail; or the reasons it could not be computed. A figure marked as
 * resting on, or revealing, fewer than k people (one marker for both marks, docs/privacy.md) is
 * withheld, except from a reader who reads such figures (an analyst who sees the programme whole,
 * {@link ResultDocument#smallGroupsShown()}), who sees it marked as such. A figure the result does
 * not have at all is {@link #absent()}.
 *
 * @param value the value as the reader's language writes it; empty when withheld or absent
 * @param people {@code n}, and the total it is part of when there is one
 * @param smallGroup whether the value shown rests on, or reveals, fewer than k people
 */
public record LevelFigure(
        Optional<Shown> value, Optional<Shown> people, boolean withheld, boolean smallGroup, List<Shown> reasons) {

    private static final LevelFigure ABSENT =
            new LevelFigure(Optional.empty(), Optional.empty(), false, false, List.of());

    /**
     * The figure at {@code at}: {@code {"kind": "computed", "value", "n", "ofTotal", "mark"}}, the
     * same without a kind (level 2, KPI points), or {@code {"kind": "notComputable", "reasons"}}.
     *
     * @param trail the pointer of the object whose trail explains the figure
     */
    static LevelFigure of(
            ResultDocument result, String at, String trail, Function<JsonNode, String> format, ReasonText reasons) {
        Optional<JsonNode> found = result.at(at);
        if (found.isEmpty()) {
            return ABSENT;
        }
        JsonNode figure = found.get();
        if ("notComputable".equals(figure.path("kind").asString(""))) {
            return new LevelFigure(
                    Optional.empty(), Optional.empty(), false, false, reasons.all(result, at + "/reasons"));
        }
        boolean smallGroup = !"NONE".equals(figure.path("mark").asString("NONE"));
        if (smallGroup && !result.smallGroupsShown()) {
            return new LevelFigure(Optional.empty(), Optional.empty(), true, false, List.of());
        }
        JsonNode value = figure.get("value");
        Optional<Shown> shown =
                value == null || value.isNull() ? Optional.empty() : Optional.of(new Shown(format.apply(value), trail));
        return new LevelFigure(shown, people(figure, trail, reasons), false, smallGroup, List.of());
    }

    /** No figure: the result does not have it. */
    static LevelFigure none() {
        return ABSENT;
    }

    /** The figure at {@code at}, explained by its own trail. */
    static LevelFigure traced(ResultDocument result, String at, Function<JsonNode, String> format, ReasonText reasons) {
        return of(result, at, at, format, reasons);
    }

    private static Optional<Shown> people(JsonNode figure, String trail, ReasonText reasons) {
        JsonNode n = figure.get("n");
        if (n == null || n.isNull()) {
            return Optional.empty();
        }
        JsonNode total = figure.get("ofTotal");
        String text = total == null || total.isNull()
                ? reasons.message("steps.measuring.n", reasons.count(n.asLong()))
                : reasons.message("steps.measuring.nOf", reasons.count(n.asLong()), reasons.count(total.asLong()));
        return Optional.of(new Shown(text, trail));
    }

    public boolean absent() {
        return value.isEmpty() && people.isEmpty() && !withheld && reasons.isEmpty();
    }
}
