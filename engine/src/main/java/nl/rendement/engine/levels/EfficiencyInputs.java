package nl.rendement.engine.levels;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.costs.CostOutcome;
import nl.rendement.engine.money.CurrencyMismatchException;
import nl.rendement.engine.money.Money;

/**
 * What level 0 rests on (METHOD §1): the people enrolled, the FTE that learning hours are spread
 * over, the programme's total (fully loaded) costs and the annual payroll of the population the
 * spend is compared with. FTE, costs and payroll may be missing; the figures that need them then
 * say so. Costs and payroll are in one currency.
 */
public record EfficiencyInputs(
        List<Learner> learners, Optional<Fte> fte, Optional<Money> costs, Optional<Money> payroll) {

    public EfficiencyInputs {
        learners = List.copyOf(learners);
        Objects.requireNonNull(fte, "fte");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(payroll, "payroll");
        if (learners.stream().map(Learner::id).distinct().count() != learners.size()) {
            throw new IllegalArgumentException("A learner is enrolled once");
        }
        if (costs.filter(Money::isNegative).isPresent()
                || payroll.filter(Money::isNegative).isPresent()) {
            throw new IllegalArgumentException("Costs and payroll are not negative");
        }
        if (costs.isPresent()
                && payroll.isPresent()
                && !costs.get().currency().equals(payroll.get().currency())) {
            throw new CurrencyMismatchException(
                    costs.get().currency(), payroll.get().currency());
        }
    }

    /** Learners only; add FTE, costs and payroll with the {@code with} methods. */
    public static EfficiencyInputs of(List<Learner> learners) {
        return new EfficiencyInputs(learners, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public EfficiencyInputs withFte(Fte value) {
        return new EfficiencyInputs(learners, Optional.of(value), costs, payroll);
    }

    public EfficiencyInputs withCosts(Money total) {
        return new EfficiencyInputs(learners, fte, Optional.of(total), payroll);
    }

    /** The gross fully loaded costs (METHOD §6), the default for every cost figure. */
    public EfficiencyInputs withCosts(CostOutcome.Costs fullyLoaded) {
        return withCosts(fullyLoaded.total().value());
    }

    public EfficiencyInputs withPayroll(Money annualPayroll) {
        return new EfficiencyInputs(learners, fte, costs, Optional.of(annualPayroll));
    }
}
