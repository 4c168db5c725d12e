package nl.rendement.engine.levels;

import java.math.BigDecimal;
import java.util.Objects;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.value.Percentage;

/**
 * Level 0, efficiency (METHOD §1; Phillips' input level). Each figure carries the people it rests
 * on and a trail; a figure the data do not allow carries its reasons instead. Figures from money,
 * hours and FTE are exact ({@code BigDecimal}); rates and days are statistics ({@code double}).
 *
 * @param participants the people enrolled
 * @param completionRate completed / enrolled x 100, a part of the enrolled
 * @param medianDaysToComplete median calendar days from start to completion, over completers
 * @param meanDaysToComplete mean of the same days
 * @param learningHours the learning hours of all enrolled
 * @param learningHoursPerFte learning hours / FTE (of the participants or of the population)
 * @param costPerParticipant total costs / enrolled: costs cover all participants (principle 6)
 * @param costPerLearningHour total costs / learning hours
 * @param spendOfPayroll total costs / annual payroll x 100
 */
public record EfficiencyResult(
        Figure.Computed<Integer> participants,
        Figure<Double> completionRate,
        Figure<Double> medianDaysToComplete,
        Figure<Double> meanDaysToComplete,
        Figure.Computed<BigDecimal> learningHours,
        Figure<BigDecimal> learningHoursPerFte,
        Figure<Money> costPerParticipant,
        Figure<Money> costPerLearningHour,
        Figure<Percentage> spendOfPayroll) {

    public EfficiencyResult {
        Objects.requireNonNull(participants, "participants");
        Objects.requireNonNull(completionRate, "completionRate");
        Objects.requireNonNull(medianDaysToComplete, "medianDaysToComplete");
        Objects.requireNonNull(meanDaysToComplete, "meanDaysToComplete");
        Objects.requireNonNull(learningHours, "learningHours");
        Objects.requireNonNull(learningHoursPerFte, "learningHoursPerFte");
        Objects.requireNonNull(costPerParticipant, "costPerParticipant");
        Objects.requireNonNull(costPerLearningHour, "costPerLearningHour");
        Objects.requireNonNull(spendOfPayroll, "spendOfPayroll");
    }
}
