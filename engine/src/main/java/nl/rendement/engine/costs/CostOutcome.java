package nl.rendement.engine.costs;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.value.Horizon;

/** The fully loaded costs of a programme, or the reasons why they cannot be given. */
public sealed interface CostOutcome {

    /**
     * Costs in the reporting currency, per category and in total, each with its trail.
     *
     * @param categories every {@link CostCategory}, explicitly zero ones as 0
     * @param oneTime one-time costs (prorated where a line says so)
     * @param recurringPerYear yearly costs for one year, so that an NPV can discount later years
     * @param horizon the horizon the yearly costs are counted for
     * @param total one-time + recurring per year x horizon years: the gross costs, shown by default
     * @param reimbursed the reimbursements (sector training funds, subsidies)
     * @param net total - reimbursed, shown on request (METHOD §6)
     */
    record Costs(
            Map<CostCategory, Traced<Money>> categories,
            Money oneTime,
            Money recurringPerYear,
            Horizon horizon,
            Traced<Money> total,
            Traced<Money> reimbursed,
            Traced<Money> net)
            implements CostOutcome {

        public Costs {
            Objects.requireNonNull(oneTime, "oneTime");
            Objects.requireNonNull(recurringPerYear, "recurringPerYear");
            Objects.requireNonNull(horizon, "horizon");
            Objects.requireNonNull(total, "total");
            Objects.requireNonNull(reimbursed, "reimbursed");
            Objects.requireNonNull(net, "net");
            if (categories.size() != CostCategory.values().length) {
                throw new IllegalArgumentException("Costs name every category, not only " + categories.keySet());
            }
            categories = Collections.unmodifiableMap(new EnumMap<>(categories));
        }

        public Traced<Money> category(CostCategory category) {
            return categories.get(category);
        }
    }

    /** No costs: a category neither present nor explicitly zero, a missing rate, or nothing given. */
    record NoCosts(List<Reason> reasons) implements CostOutcome {

        public NoCosts {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("No costs needs a reason");
            }
        }
    }
}
