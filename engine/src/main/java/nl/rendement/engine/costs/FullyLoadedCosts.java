package nl.rendement.engine.costs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.rendement.engine.money.ExchangeRates;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.trail.Trail;
import nl.rendement.engine.value.Horizon;

/**
 * Fully loaded costs (METHOD §6; Phillips' principle 10, "fully load all costs"):
 *
 * <ul>
 *   <li>a line counts exclusive of VAT when VAT can be reclaimed, inclusive otherwise;
 *   <li>a prorated one-time line counts amount x participants evaluated / expected participants;
 *   <li>a yearly line counts amount x horizon years (6 months of a yearly licence is half of it);
 *   <li>participant time = sum of hours x annual salary x (1 + employer cost factor) / hours
 *       worked per FTE per year, over all participants (principle 6);
 *   <li>total = one-time + recurring per year x horizon years = the sum of the categories;
 *       net = total - reimbursements.
 * </ul>
 *
 * Amounts in another currency convert by an explicit rate, named in the trail. Nothing is rounded:
 * rounding happens only when a figure is shown. The result does not depend on the order of lines:
 * they are costed in order of date, then id.
 */
public final class FullyLoadedCosts {

    private static final Comparator<CostLine> BY_DATE_THEN_ID =
            Comparator.comparing(CostLine::date).thenComparing(CostLine::id);

    private FullyLoadedCosts() {}

    /**
     * The costs of a programme's evaluated participants in the reporting currency, or {@link
     * CostOutcome.NoCosts} naming every category that is neither present nor explicitly zero, every
     * currency without a rate, and every prorated line expecting fewer participants than evaluated.
     *
     * @param participantsEvaluated all participants of the evaluated programme run, respondents or
     *     not (principle 6); at least 1
     */
    public static CostOutcome calculate(
            CostLedger ledger, int participantsEvaluated, Horizon horizon, CostSettings settings, ExchangeRates rates) {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(rates, "rates");
        if (participantsEvaluated < 1) {
            throw new IllegalArgumentException("An evaluation has at least one participant: " + participantsEvaluated);
        }
        Converter converter = new Converter(rates, settings.reportingCurrency());
        List<Reason> reasons = CostChecks.reasons(ledger, participantsEvaluated, converter);
        if (!reasons.isEmpty()) {
            return new CostOutcome.NoCosts(reasons);
        }
        LineCosting lineCosting = new LineCosting(participantsEvaluated, horizon, settings.vatReclaimable(), converter);
        List<Contribution> contributions = new ArrayList<>();
        ledger.lines().stream().sorted(BY_DATE_THEN_ID).map(lineCosting::cost).forEach(contributions::add);
        ledger.participantTime()
                .map(time -> ParticipantTimeCosting.cost(time, settings, converter))
                .ifPresent(contributions::add);
        ledger.explicitlyZero()
                .forEach(category ->
                        contributions.add(Contribution.explicitZero(category, settings.reportingCurrency())));
        return costs(contributions, horizon, ReimbursementCosting.reimbursed(ledger.reimbursements(), converter));
    }

    private static CostOutcome.Costs costs(
            List<Contribution> contributions, Horizon horizon, Traced<Money> reimbursed) {
        Currency currency = reimbursed.value().currency();
        BigDecimal years = horizon.years();
        Map<CostCategory, Traced<Money>> categories = new EnumMap<>(CostCategory.class);
        for (CostCategory category : CostCategory.values()) {
            categories.put(category, category(category, contributions, years, currency));
        }
        Tally whole = Tally.of(contributions, currency);
        Money total = whole.over(years);
        Step totalStep = Step.of(
                "cost.total",
                "oneTime",
                whole.oneTime(),
                "recurringPerYear",
                whole.perYear(),
                "horizonMonths",
                horizon.months(),
                "years",
                years,
                "total",
                total);
        Money net = total.minus(reimbursed.value());
        Step netStep = Step.of("cost.net", "total", total, "reimbursed", reimbursed.value(), "net", net);
        Trail everyCategory = categories.values().stream().map(Traced::trail).reduce(Trail.EMPTY, Trail::then);
        return new CostOutcome.Costs(
                categories,
                whole.oneTime(),
                whole.perYear(),
                horizon,
                new Traced<>(total, everyCategory.then(totalStep)),
                reimbursed,
                Traced.of(net, totalStep, netStep));
    }

    private static Traced<Money> category(
            CostCategory category, List<Contribution> contributions, BigDecimal years, Currency currency) {
        Tally tally = Tally.of(
                contributions.stream()
                        .filter(contribution -> contribution.category() == category)
                        .toList(),
                currency);
        Money amount = tally.over(years);
        return new Traced<>(
                amount,
                tally.trail()
                        .then(Step.of(
                                "cost.category",
                                "category",
                                category,
                                "oneTime",
                                tally.oneTime(),
                                "recurringPerYear",
                                tally.perYear(),
                                "years",
                                years,
                                "amount",
                                amount)));
    }
}
