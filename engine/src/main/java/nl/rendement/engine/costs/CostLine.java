package nl.rendement.engine.costs;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.money.Money;

/**
 * One cost of a programme, entered exclusive of VAT with its VAT beside it; whether the VAT counts
 * is an organisation setting ({@link CostSettings#vatReclaimable()}). A one-time line may be
 * {@linkplain Proration prorated}; a yearly line is counted for the horizon (METHOD §6).
 */
public record CostLine(
        String id,
        CostCategory category,
        String description,
        Money amountExclVat,
        Money vat,
        Recurrence recurrence,
        Optional<Proration> proration,
        LocalDate date) {

    public CostLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(amountExclVat, "amountExclVat");
        Objects.requireNonNull(vat, "vat");
        Objects.requireNonNull(recurrence, "recurrence");
        Objects.requireNonNull(proration, "proration");
        Objects.requireNonNull(date, "date");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A cost line needs an id");
        }
        if (amountExclVat.isNegative() || vat.isNegative()) {
            throw new IllegalArgumentException("A cost is not negative: line " + id);
        }
        if (!vat.currency().equals(amountExclVat.currency())) {
            throw new IllegalArgumentException("The VAT of line " + id + " is in another currency than its amount");
        }
        if (proration.isPresent() && recurrence != Recurrence.ONE_TIME) {
            throw new IllegalArgumentException("Only a one-time cost can be prorated: line " + id);
        }
    }

    public static CostLine oneTime(
            String id, CostCategory category, String description, Money amountExclVat, Money vat, LocalDate date) {
        return new CostLine(id, category, description, amountExclVat, vat, Recurrence.ONE_TIME, Optional.empty(), date);
    }

    public static CostLine yearly(
            String id, CostCategory category, String description, Money amountExclVat, Money vat, LocalDate date) {
        return new CostLine(id, category, description, amountExclVat, vat, Recurrence.YEARLY, Optional.empty(), date);
    }

    /** This one-time line shared over the participants expected in the programme's life. */
    public CostLine proratedOver(int expectedParticipants) {
        return new CostLine(
                id,
                category,
                description,
                amountExclVat,
                vat,
                recurrence,
                Optional.of(Proration.over(expectedParticipants)),
                date);
    }
}
