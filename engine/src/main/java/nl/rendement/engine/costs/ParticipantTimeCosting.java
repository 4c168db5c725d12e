package nl.rendement.engine.costs;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.value.Numbers;

/**
 * Participant time = sum over participants of hours x annual salary x (1 + employer cost factor) /
 * hours worked per FTE per year (METHOD §6), taken per salary currency: the sum of hours x salary
 * first, one division, then one conversion. Its step gives totals only, never one person's salary.
 */
final class ParticipantTimeCosting {

    private ParticipantTimeCosting() {}

    static Contribution cost(ParticipantTime time, CostSettings settings, Converter converter) {
        Map<Currency, List<Attendance>> bySalaryCurrency = time.attendances().stream()
                .collect(groupingBy(
                        attendance -> attendance.annualSalary().currency(),
                        () -> new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode)),
                        toList()));
        List<Step> steps = new ArrayList<>();
        Money total = Money.zero(settings.reportingCurrency());
        for (Map.Entry<Currency, List<Attendance>> group : bySalaryCurrency.entrySet()) {
            Money cost = groupCost(group.getKey(), group.getValue(), settings, steps);
            total = total.plus(converter.convert(cost, steps));
        }
        return new Contribution(CostCategory.PARTICIPANT_TIME, total, Money.zero(total.currency()), steps);
    }

    private static Money groupCost(
            Currency currency, List<Attendance> attendances, CostSettings settings, List<Step> steps) {
        BigDecimal hours = BigDecimal.ZERO;
        BigDecimal salaryTimesHours = BigDecimal.ZERO;
        for (Attendance attendance : attendances) {
            hours = hours.add(attendance.hours());
            salaryTimesHours = salaryTimesHours.add(
                    attendance.hours().multiply(attendance.annualSalary().amount()));
        }
        BigDecimal loaded = salaryTimesHours.multiply(
                BigDecimal.ONE.add(settings.employerCostFactor().fraction()));
        Money cost = new Money(Numbers.divide(loaded, settings.hoursWorkedPerFteYear()), currency);
        steps.add(Step.of(
                "cost.participantTime",
                "participants",
                attendances.stream().map(Attendance::participantId).distinct().count(),
                "hours",
                hours,
                "salaryTimesHours",
                new Money(salaryTimesHours, currency),
                "employerCostFactor",
                settings.employerCostFactor(),
                "hoursWorkedPerFteYear",
                settings.hoursWorkedPerFteYear(),
                "cost",
                cost));
        return cost;
    }
}
