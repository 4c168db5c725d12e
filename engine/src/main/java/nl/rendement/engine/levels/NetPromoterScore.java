package nl.rendement.engine.levels;

import java.util.List;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.value.Aggregate;
import nl.rendement.engine.value.Numbers;

/**
 * NPS = % promoters (9-10) - % detractors (0-6) of the 0-10 recommend answers, -100 to +100
 * (Reichheld 2003). Computed as (promoters - detractors) x 100 / answers, so that the score does
 * not carry the rounding of two percentages.
 */
final class NetPromoterScore {

    private final int answers;
    private final int promoters;
    private final int detractors;
    private final int k;

    NetPromoterScore(List<Integer> recommend, int k) {
        this.answers = recommend.size();
        this.promoters = (int) recommend.stream().filter(answer -> answer >= 9).count();
        this.detractors = (int) recommend.stream().filter(answer -> answer <= 6).count();
        this.k = k;
    }

    Figure<Double> score() {
        if (answers == 0) {
            return noAnswers();
        }
        double score = 100.0 * (promoters - detractors) / answers;
        return Figure.computed(
                Aggregate.of(score, answers, k),
                Step.of(
                        "level.nps",
                        "answers",
                        answers,
                        "promoters",
                        promoters,
                        "passives",
                        answers - promoters - detractors,
                        "detractors",
                        detractors,
                        "promotersPercent",
                        Numbers.toDecimal(Shares.percent(promoters, answers)),
                        "detractorsPercent",
                        Numbers.toDecimal(Shares.percent(detractors, answers)),
                        "nps",
                        Numbers.toDecimal(score)));
    }

    Figure<Double> promoters() {
        return answers == 0
                ? noAnswers()
                : Part.of("level.nps.part", "recommend", "9-10", promoters, answers, k)
                        .share();
    }

    Figure<Double> detractors() {
        return answers == 0
                ? noAnswers()
                : Part.of("level.nps.part", "recommend", "0-6", detractors, answers, k)
                        .share();
    }

    private static Figure<Double> noAnswers() {
        return Figure.notComputable(Reason.of("level.nps.noAnswers"));
    }
}
