package nl.rendement.engine.levels;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.value.Aggregate;
import nl.rendement.engine.value.Numbers;
import org.apache.commons.statistics.descriptive.Mean;
import org.apache.commons.statistics.descriptive.Median;

/**
 * Level 0, efficiency (METHOD §1, after Phillips' input level): participants, completion rate,
 * time to complete, learning hours per FTE, cost per participant, cost per learning hour and spend
 * as % of payroll. Immutable; {@code k} is the anonymity threshold (default 5) by which each
 * figure is marked when it rests on 1 to k - 1 people.
 *
 * <ul>
 *   <li>completion rate = completed / enrolled x 100;
 *   <li>time to complete = median and mean of calendar days from start to completion, over the
 *       completers only (the others have no time to complete yet);
 *   <li>learning hours per FTE = sum of learning hours / FTE;
 *   <li>cost per participant = total costs / enrolled; cost per learning hour = total costs / sum
 *       of learning hours; spend as % of payroll = total costs / annual payroll x 100 (see {@link
 *       Spend}).
 * </ul>
 */
public record Efficiency(int k) {

    public static final int DEFAULT_K = 5;

    public Efficiency {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
    }

    public static Efficiency withDefaults() {
        return new Efficiency(DEFAULT_K);
    }

    public Efficiency withK(int value) {
        return new Efficiency(value);
    }

    public EfficiencyResult evaluate(EfficiencyInputs inputs) {
        List<Learner> learners = inputs.learners();
        int enrolled = learners.size();
        double[] days = learners.stream()
                .flatMap(learner -> learner.daysToComplete().stream())
                .mapToDouble(Long::doubleValue)
                .toArray();
        long started = learners.stream()
                .filter(learner -> learner.started().isPresent())
                .count();
        BigDecimal hours = learners.stream().map(Learner::learningHours).reduce(BigDecimal.ZERO, BigDecimal::add);
        Spend spend = new Spend(inputs, enrolled, hours, k);
        return new EfficiencyResult(
                Figure.computed(
                        Aggregate.of(enrolled, enrolled, k),
                        Step.of(
                                "level.participants",
                                "enrolled",
                                enrolled,
                                "started",
                                (int) started,
                                "completed",
                                days.length)),
                completionRate(days.length, enrolled),
                median(days, enrolled),
                mean(days, enrolled),
                Figure.computed(
                        Aggregate.of(hours, enrolled, k),
                        Step.of("level.learningHours", "learners", enrolled, "hours", hours)),
                spend.hoursPerFte(),
                spend.perParticipant(),
                spend.perLearningHour(),
                spend.ofPayroll());
    }

    private Figure<Double> completionRate(int completed, int enrolled) {
        if (enrolled == 0) {
            return Figure.notComputable(Reason.of("level.noParticipants"));
        }
        double rate = Shares.percent(completed, enrolled);
        return Figure.computed(
                Aggregate.part(rate, completed, enrolled, k),
                Step.of(
                        "level.completionRate",
                        "completed",
                        completed,
                        "enrolled",
                        enrolled,
                        "rate",
                        Numbers.toDecimal(rate)));
    }

    private Figure<Double> median(double[] days, int enrolled) {
        if (days.length == 0) {
            return noCompleters(enrolled);
        }
        double median = Median.withDefaults().evaluate(days.clone());
        return Figure.computed(
                Aggregate.of(median, days.length, k),
                Step.of(
                        "level.timeToComplete.median",
                        "completers",
                        days.length,
                        "medianDays",
                        Numbers.toDecimal(median)));
    }

    private Figure<Double> mean(double[] days, int enrolled) {
        if (days.length == 0) {
            return noCompleters(enrolled);
        }
        double mean = Mean.of(days).getAsDouble();
        long total = Math.round(Arrays.stream(days).sum());
        return Figure.computed(
                Aggregate.of(mean, days.length, k),
                Step.of(
                        "level.timeToComplete.mean",
                        "completers",
                        days.length,
                        "totalDays",
                        total,
                        "meanDays",
                        Numbers.toDecimal(mean)));
    }

    private static <T> Figure<T> noCompleters(int enrolled) {
        return Figure.notComputable(Reason.of("level.timeToComplete.noCompleters", "enrolled", enrolled));
    }
}
