package nl.rendement.engine.costs;

import java.time.LocalDate;
import java.util.Objects;
import nl.rendement.engine.money.Money;

/**
 * Money received towards the programme (a sector training fund, a subsidy). A separate line, never
 * netted into a cost: the ROI is shown gross by default (conservative) and net of reimbursements
 * on request (METHOD §6).
 */
public record Reimbursement(String id, String source, Money amount, LocalDate date) {

    public Reimbursement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(date, "date");
        if (id.isBlank() || source.isBlank()) {
            throw new IllegalArgumentException("A reimbursement needs an id and its source");
        }
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A reimbursement is not negative: " + id);
        }
    }
}
