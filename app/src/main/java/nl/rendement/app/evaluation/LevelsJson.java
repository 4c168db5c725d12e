package nl.rendement.app.evaluation;

import static nl.rendement.app.evaluation.TrailJson.aggregate;
import static nl.rendement.app.evaluation.TrailJson.array;
import static nl.rendement.app.evaluation.TrailJson.object;
import static nl.rendement.app.evaluation.TrailJson.optional;
import static nl.rendement.app.evaluation.TrailJson.reasons;
import static nl.rendement.app.evaluation.TrailJson.text;
import static nl.rendement.app.evaluation.TrailJson.trail;

import java.util.function.Function;
import nl.rendement.engine.LevelResults;
import nl.rendement.engine.levels.ApplicationResult;
import nl.rendement.engine.levels.EfficiencyResult;
import nl.rendement.engine.levels.Figure;
import nl.rendement.engine.levels.ItemReaction;
import nl.rendement.engine.levels.Part;
import nl.rendement.engine.levels.ReactionResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Levels 0, 1 and 3 as JSON, level 2 (a list of tests) by {@link LearningJson}: each figure with its n, the total it
 * is part of and its small-group mark (pages withhold marked figures by role; this document, for
 * the analyst, keeps them), or the reasons it could not be computed.
 */
final class LevelsJson {

    private LevelsJson() {}

    static JsonNode levels(LevelResults levels) {
        ObjectNode node = object();
        node.set("efficiency", optional(levels.efficiency(), LevelsJson::efficiency));
        node.set("reaction", optional(levels.reaction(), LevelsJson::reaction));
        node.set("learning", array(levels.learning(), LearningJson::test));
        return node.set("application", optional(levels.application(), LevelsJson::application));
    }

    /** {@code {"kind": "computed", "value", "n", "ofTotal", "mark", "trail"}} or {@code {"kind": "notComputable", "reasons"}}. */
    static <T> JsonNode figure(Figure<T> figure, Function<T, JsonNode> value) {
        if (figure instanceof Figure.Computed<T> computed) {
            ObjectNode node = object().put("kind", "computed");
            return node.setAll(aggregate(computed.aggregate(), value)).set("trail", trail(computed.trail()));
        }
        return object().put("kind", "notComputable").set("reasons", reasons(figure.reasons()));
    }

    static JsonNode statisticFigure(Figure<Double> figure) {
        return figure(figure, TrailJson::statistic);
    }

    private static JsonNode efficiency(EfficiencyResult efficiency) {
        ObjectNode node = object();
        node.set("participants", figure(efficiency.participants(), TrailJson::integer));
        node.set("completionRate", statisticFigure(efficiency.completionRate()));
        node.set("medianDaysToComplete", statisticFigure(efficiency.medianDaysToComplete()));
        node.set("meanDaysToComplete", statisticFigure(efficiency.meanDaysToComplete()));
        node.set("learningHours", figure(efficiency.learningHours(), TrailJson::decimal));
        node.set("learningHoursPerFte", figure(efficiency.learningHoursPerFte(), TrailJson::decimal));
        node.set("costPerParticipant", figure(efficiency.costPerParticipant(), TrailJson::money));
        node.set("costPerLearningHour", figure(efficiency.costPerLearningHour(), TrailJson::money));
        return node.set("spendOfPayroll", figure(efficiency.spendOfPayroll(), TrailJson::percentage));
    }

    private static JsonNode reaction(ReactionResult reaction) {
        ObjectNode node = object();
        node.set("items", array(reaction.items(), LevelsJson::item));
        node.set("netPromoterScore", statisticFigure(reaction.netPromoterScore()));
        node.set("promoters", statisticFigure(reaction.promoters()));
        node.set("detractors", statisticFigure(reaction.detractors()));
        return node.set("comments", aggregate(reaction.comments(), comments -> array(comments, TrailJson::text)));
    }

    private static JsonNode item(ItemReaction item) {
        ObjectNode node = object().put("item", item.item());
        node.set("mean", statisticFigure(item.mean()));
        node.set("distribution", array(item.distribution(), LevelsJson::part));
        node.set(
                "target",
                item.target().isPresent() ? TrailJson.statistic(item.target().getAsDouble()) : NullNode.getInstance());
        return node.put("status", item.status().name());
    }

    private static JsonNode application(ApplicationResult application) {
        ObjectNode node = object();
        node.set("applying", statisticFigure(application.applying()));
        node.set("frequency", array(application.frequency(), LevelsJson::part));
        node.set("barriers", array(application.barriers(), LevelsJson::part));
        node.set("enablers", array(application.enablers(), LevelsJson::part));
        return node.set("observedApplying", statisticFigure(application.observedApplying()));
    }

    /** An answer, category, barrier or enabler and its share of the total. */
    private static JsonNode part(Part part) {
        return object().set("label", text(part.label())).set("share", statisticFigure(part.share()));
    }
}
