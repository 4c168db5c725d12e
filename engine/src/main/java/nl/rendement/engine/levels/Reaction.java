package nl.rendement.engine.levels;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.value.Aggregate;
import nl.rendement.engine.value.Numbers;

/**
 * Level 1, reaction (METHOD §1): per 1-5 item the mean = sum of answers / n, the distribution of
 * answers (count and % of n per answer 1-5) and whether mean >= target, compared exactly as sum >=
 * target x n in decimals; the Net Promoter Score from the 0-10 recommend question only (Reichheld, "The One
 * Number You Need to Grow", Harvard Business Review, December 2003): NPS = % promoters (9-10) - %
 * detractors (0-6), from -100 to +100, so 30% promoters and 20% detractors give +10; comments
 * verbatim as a list. Immutable; every figure is marked by the small-group rule with {@code k}
 * (default 5).
 */
public record Reaction(int k) {

    public Reaction {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
    }

    public static Reaction withDefaults() {
        return new Reaction(Efficiency.DEFAULT_K);
    }

    public Reaction withK(int value) {
        return new Reaction(value);
    }

    public ReactionResult evaluate(ReactionSurvey survey) {
        List<String> comments = survey.comments().stream()
                .filter(comment -> !comment.isBlank())
                .sorted()
                .toList();
        NetPromoterScore nps = new NetPromoterScore(survey.recommend(), k);
        return new ReactionResult(
                survey.items().stream().map(this::item).toList(),
                nps.score(),
                nps.promoters(),
                nps.detractors(),
                Aggregate.of(comments, comments.size(), k));
    }

    private ItemReaction item(RatingItem item) {
        int n = item.answers().size();
        if (n == 0) {
            Figure<Double> none = Figure.notComputable(Reason.of("level.reaction.noAnswers", "item", item.name()));
            ItemReaction.Target status =
                    item.target().isPresent() ? ItemReaction.Target.UNKNOWN : ItemReaction.Target.NONE;
            return new ItemReaction(item.name(), none, List.of(), item.target(), status);
        }
        int sum = item.answers().stream().mapToInt(Integer::intValue).sum();
        double mean = (double) sum / n;
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of(
                "level.reaction.mean", "item", item.name(), "answers", n, "sum", sum, "mean", Numbers.toDecimal(mean)));
        ItemReaction.Target status = ItemReaction.Target.NONE;
        if (item.target().isPresent()) {
            double target = item.target().getAsDouble();
            boolean met =
                    BigDecimal.valueOf(sum).compareTo(Numbers.toDecimal(target).multiply(BigDecimal.valueOf(n))) >= 0;
            status = met ? ItemReaction.Target.MET : ItemReaction.Target.NOT_MET;
            steps.add(Step.of(
                    "level.reaction.target",
                    "item",
                    item.name(),
                    "mean",
                    Numbers.toDecimal(mean),
                    "target",
                    Numbers.toDecimal(target),
                    "met",
                    met));
        }
        Figure<Double> figure = Figure.computed(Aggregate.of(mean, n, k), steps.toArray(Step[]::new));
        return new ItemReaction(item.name(), figure, distribution(item), item.target(), status);
    }

    private List<Part> distribution(RatingItem item) {
        List<Part> parts = new ArrayList<>();
        for (int answer = RatingItem.LOWEST; answer <= RatingItem.HIGHEST; answer++) {
            int chosen = answer;
            int count = (int) item.answers().stream().filter(a -> a == chosen).count();
            parts.add(Part.of(
                    "level.reaction.answer",
                    item.name(),
                    String.valueOf(answer),
                    count,
                    item.answers().size(),
                    k));
        }
        return parts;
    }
}
