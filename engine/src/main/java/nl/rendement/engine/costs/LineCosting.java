package nl.rendement.engine.costs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.value.Horizon;
import nl.rendement.engine.value.Numbers;

/**
 * One cost line's contribution: VAT counted or left out, converted to the reporting currency, then
 * prorated (amount x participants evaluated / expected participants) or, when yearly, counted for
 * the horizon (amount x horizon years).
 */
final class LineCosting {

    private final int participantsEvaluated;
    private final Horizon horizon;
    private final boolean vatReclaimable;
    private final Converter converter;

    LineCosting(int participantsEvaluated, Horizon horizon, boolean vatReclaimable, Converter converter) {
        this.participantsEvaluated = participantsEvaluated;
        this.horizon = horizon;
        this.vatReclaimable = vatReclaimable;
        this.converter = converter;
    }

    Contribution cost(CostLine line) {
        List<Step> details = new ArrayList<>();
        Money base = converter.convert(withOrWithoutVat(line, details), details);
        Money zero = Money.zero(base.currency());
        if (line.recurrence() == Recurrence.YEARLY) {
            Money forHorizon = base.times(horizon.years());
            details.add(Step.of(
                    "cost.recurring",
                    "line",
                    line.id(),
                    "perYear",
                    base,
                    "horizonMonths",
                    horizon.months(),
                    "years",
                    horizon.years(),
                    "amount",
                    forHorizon));
            return contribution(line, zero, base, forHorizon, details);
        }
        Money share = line.proration()
                .map(proration -> prorated(line, base, proration, details))
                .orElse(base);
        return contribution(line, share, zero, share, details);
    }

    private Money withOrWithoutVat(CostLine line, List<Step> details) {
        if (vatReclaimable) {
            details.add(
                    Step.of("cost.vatExcluded", "line", line.id(), "vat", line.vat(), "amount", line.amountExclVat()));
            return line.amountExclVat();
        }
        Money inclusive = line.amountExclVat().plus(line.vat());
        details.add(Step.of("cost.vatIncluded", "line", line.id(), "vat", line.vat(), "amount", inclusive));
        return inclusive;
    }

    /** Multiplied first, divided once, never rounded: 48,000 x 30 / 70, not 686 x 30. */
    private Money prorated(CostLine line, Money amount, Proration proration, List<Step> details) {
        BigDecimal evaluated = BigDecimal.valueOf(participantsEvaluated);
        BigDecimal expected = BigDecimal.valueOf(proration.expectedParticipants());
        Money share = new Money(Numbers.divide(amount.amount().multiply(evaluated), expected), amount.currency());
        details.add(Step.of(
                "cost.prorated",
                "line",
                line.id(),
                "amount",
                amount,
                "expectedParticipants",
                proration.expectedParticipants(),
                "participantsEvaluated",
                participantsEvaluated,
                "share",
                share));
        return share;
    }

    private static Contribution contribution(
            CostLine line, Money oneTime, Money perYear, Money counted, List<Step> details) {
        List<Step> steps = new ArrayList<>();
        steps.add(Step.of(
                "cost.line",
                "line",
                line.id(),
                "category",
                line.category(),
                "description",
                line.description(),
                "date",
                line.date(),
                "recurrence",
                line.recurrence(),
                "amountExclVat",
                line.amountExclVat(),
                "vat",
                line.vat(),
                "counted",
                counted));
        steps.addAll(details);
        return new Contribution(line.category(), oneTime, perYear, steps);
    }
}
