package nl.rendement.app.costs;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.costs.Recurrence;
import nl.rendement.engine.money.Money;

/**
 * One line of a programme's cost ledger, kept in its own currency: the amount excluding VAT and
 * the VAT beside it, one-time or yearly, a one-time cost optionally shared over the participants
 * expected in the programme's life. A reimbursement is one-time, never prorated, and says where
 * the money came from.
 *
 * @param lineId the ledger's reference, unique within the programme
 */
public record CostLine(
        String lineId,
        LineCategory category,
        Optional<String> description,
        Money amount,
        Money vat,
        Recurrence recurrence,
        Optional<Integer> expectedParticipants,
        LocalDate date) {

    public CostLine {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(expectedParticipants, "expectedParticipants");
        Objects.requireNonNull(date, "date");
        if (lineId == null || lineId.isBlank()) {
            throw new IllegalArgumentException("A cost line needs an id");
        }
        if (amount.isNegative() || vat.isNegative()) {
            throw new IllegalArgumentException("A cost line is not negative: " + lineId);
        }
        if (!amount.currency().equals(vat.currency())) {
            throw new IllegalArgumentException("The VAT of line " + lineId + " is in another currency");
        }
        if (expectedParticipants
                .filter(n -> n < 1 || recurrence != Recurrence.ONE_TIME)
                .isPresent()) {
            throw new IllegalArgumentException("Only a one-time cost is shared over participants: " + lineId);
        }
        if (category == LineCategory.REIMBURSEMENT
                && (recurrence != Recurrence.ONE_TIME || expectedParticipants.isPresent() || description.isEmpty())) {
            throw new IllegalArgumentException("A reimbursement is one-time and names its source: " + lineId);
        }
    }
}
