package nl.rendement.engine.costs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.trail.Trail;

/** The sum of the reimbursements in the reporting currency, each named in the trail. */
final class ReimbursementCosting {

    private static final Comparator<Reimbursement> BY_DATE_THEN_ID =
            Comparator.comparing(Reimbursement::date).thenComparing(Reimbursement::id);

    private ReimbursementCosting() {}

    static Traced<Money> reimbursed(List<Reimbursement> reimbursements, Converter converter) {
        List<Step> steps = new ArrayList<>();
        Money sum = Money.zero(converter.target());
        for (Reimbursement reimbursement :
                reimbursements.stream().sorted(BY_DATE_THEN_ID).toList()) {
            steps.add(Step.of(
                    "cost.reimbursement",
                    "reimbursement",
                    reimbursement.id(),
                    "source",
                    reimbursement.source(),
                    "date",
                    reimbursement.date(),
                    "amount",
                    reimbursement.amount()));
            sum = sum.plus(converter.convert(reimbursement.amount(), steps));
        }
        steps.add(Step.of("cost.reimbursed", "reimbursements", reimbursements.size(), "reimbursed", sum));
        return new Traced<>(sum, new Trail(steps));
    }
}
