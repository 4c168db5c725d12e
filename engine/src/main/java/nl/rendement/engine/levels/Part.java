package nl.rendement.engine.levels;

import java.util.Objects;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.value.Aggregate;
import nl.rendement.engine.value.Numbers;

/**
 * One labelled part of a shown total: an answer of a distribution, a barrier cited, the
 * promoters among those who answered. Its share is percent = count / total x 100, an {@link
 * Aggregate#part} with n = count, so that it is marked when the count or its complement (total -
 * count) is 1 to k - 1 (METHOD §1).
 *
 * @param label the answer or category, as given
 * @param share the percentage with its n (the count) and the total it is a part of
 */
public record Part(String label, Figure.Computed<Double> share) {

    public Part {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(share, "share");
    }

    /**
     * The part {@code count} of {@code total}; its trail is one step {@code code} with the facts
     * {@code subject}, label, count, total and percent.
     */
    static Part of(String code, String subject, String label, int count, int total, int k) {
        if (total < 1 || count < 0 || count > total) {
            throw new IllegalArgumentException("No share of " + count + " in " + total + " for " + label);
        }
        double percent = Shares.percent(count, total);
        Step step = Step.of(
                code,
                "subject",
                subject,
                "label",
                label,
                "count",
                count,
                "total",
                total,
                "percent",
                Numbers.toDecimal(percent));
        return new Part(label, Figure.computed(Aggregate.part(percent, count, total, k), step));
    }

    /** The count this part rests on. */
    public int count() {
        return share.aggregate().n();
    }

    /** The percentage of the total. */
    public double percent() {
        return share.value();
    }
}
