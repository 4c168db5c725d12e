package nl.rendement.engine.levels;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.value.Aggregate;
import nl.rendement.engine.value.Numbers;
import nl.rendement.engine.value.Percentage;

/**
 * Level 0 figures from money, hours and FTE, exact (34 significant digits, rounded only when
 * shown): hours / FTE, costs / enrolled, costs / hours, costs / payroll x 100. Each rests on the
 * enrolled; every reason that applies is given at once.
 */
final class Spend {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EfficiencyInputs inputs;
    private final int enrolled;
    private final BigDecimal hours;
    private final int k;

    Spend(EfficiencyInputs inputs, int enrolled, BigDecimal hours, int k) {
        this.inputs = inputs;
        this.enrolled = enrolled;
        this.hours = hours;
        this.k = k;
    }

    Figure<BigDecimal> hoursPerFte() {
        Optional<Fte> fte = inputs.fte();
        if (fte.isEmpty()) {
            return Figure.notComputable(Reason.of("level.hoursPerFte.noFte"));
        }
        if (fte.get().value().signum() == 0) {
            return Figure.notComputable(
                    Reason.of("level.hoursPerFte.zeroFte", "basis", fte.get().basis()));
        }
        BigDecimal perFte = Numbers.divide(hours, fte.get().value());
        return figure(
                perFte,
                Step.of(
                        "level.hoursPerFte",
                        "hours",
                        hours,
                        "fte",
                        fte.get().value(),
                        "basis",
                        fte.get().basis(),
                        "hoursPerFte",
                        perFte));
    }

    Figure<Money> perParticipant() {
        List<Reason> reasons = costsReasons();
        if (enrolled == 0) {
            reasons.add(Reason.of("level.noParticipants"));
        }
        if (!reasons.isEmpty()) {
            return new Figure.NotComputable<>(reasons);
        }
        Money costs = inputs.costs().orElseThrow();
        Money each = Money.of(Numbers.divide(costs.amount(), BigDecimal.valueOf(enrolled)), costs.currency());
        return figure(
                each,
                Step.of(
                        "level.costPerParticipant",
                        "costs",
                        costs,
                        "participants",
                        enrolled,
                        "costPerParticipant",
                        each));
    }

    Figure<Money> perLearningHour() {
        List<Reason> reasons = costsReasons();
        if (hours.signum() == 0) {
            reasons.add(Reason.of("level.costPerLearningHour.noHours", "learners", enrolled));
        }
        if (!reasons.isEmpty()) {
            return new Figure.NotComputable<>(reasons);
        }
        Money costs = inputs.costs().orElseThrow();
        Money perHour = Money.of(Numbers.divide(costs.amount(), hours), costs.currency());
        return figure(
                perHour,
                Step.of("level.costPerLearningHour", "costs", costs, "hours", hours, "costPerLearningHour", perHour));
    }

    Figure<Percentage> ofPayroll() {
        List<Reason> reasons = costsReasons();
        Optional<Money> payroll = inputs.payroll();
        if (payroll.isEmpty()) {
            reasons.add(Reason.of("level.spendOfPayroll.noPayroll"));
        } else if (payroll.get().amount().signum() == 0) {
            reasons.add(Reason.of("level.spendOfPayroll.zeroPayroll", "payroll", payroll.get()));
        }
        if (!reasons.isEmpty()) {
            return new Figure.NotComputable<>(reasons);
        }
        Money costs = inputs.costs().orElseThrow();
        Percentage share = new Percentage(
                Numbers.divide(costs.amount().multiply(HUNDRED), payroll.get().amount()));
        return figure(
                share, Step.of("level.spendOfPayroll", "costs", costs, "payroll", payroll.get(), "percent", share));
    }

    private List<Reason> costsReasons() {
        List<Reason> reasons = new ArrayList<>();
        if (inputs.costs().isEmpty()) {
            reasons.add(Reason.of("level.noCosts"));
        }
        return reasons;
    }

    private <T> Figure<T> figure(T value, Step step) {
        return Figure.computed(Aggregate.of(value, enrolled, k), step);
    }
}
