package nl.rendement.engine.levels;

import java.util.List;
import java.util.Objects;
import nl.rendement.engine.value.Aggregate;

/**
 * Level 1, reaction (METHOD §1).
 *
 * @param items per 1-5 item, in the order given
 * @param netPromoterScore % promoters - % detractors of the 0-10 recommend answers, -100 to +100
 * @param promoters the answers 9-10, a part of the recommend answers
 * @param detractors the answers 0-6, a part of the recommend answers
 * @param comments the comments verbatim, blank ones left out, in alphabetical order so that their
 *     order does not follow the respondents'; n = the number of comments, marked below k
 */
public record ReactionResult(
        List<ItemReaction> items,
        Figure<Double> netPromoterScore,
        Figure<Double> promoters,
        Figure<Double> detractors,
        Aggregate<List<String>> comments) {

    public ReactionResult {
        items = List.copyOf(items);
        Objects.requireNonNull(netPromoterScore, "netPromoterScore");
        Objects.requireNonNull(promoters, "promoters");
        Objects.requireNonNull(detractors, "detractors");
        Objects.requireNonNull(comments, "comments");
    }
}
