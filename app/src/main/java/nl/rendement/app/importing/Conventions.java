package nl.rendement.app.importing;

import java.util.Objects;
import java.util.Optional;

/**
 * What the person importing a file declares about it. The values in the file decide first; a
 * declared convention only settles what they leave open: a number column whose every value reads
 * both ways ({@code 1,234}), or dates whose day and month are all 12 or less ({@code 03-04-2025}).
 * Without a declaration such a file is refused with a message saying so.
 */
public record Conventions(Optional<NumberStyle> numbers, Optional<DateOrder> dates) {

    /** How numbers group thousands and mark decimals. */
    public enum NumberStyle {
        /** {@code 1.234,5} */
        DUTCH,
        /** {@code 1,234.5} */
        ENGLISH
    }

    /** Which comes first in a date written with the year last. */
    public enum DateOrder {
        /** dd-mm-yyyy */
        DAY_MONTH,
        /** mm-dd-yyyy */
        MONTH_DAY
    }

    public Conventions {
        Objects.requireNonNull(numbers, "numbers");
        Objects.requireNonNull(dates, "dates");
    }

    /** Nothing declared: every undecided column or date is an error. */
    public static Conventions none() {
        return new Conventions(Optional.empty(), Optional.empty());
    }

    /** Dutch numbers ({@code 1.234,5}) and dd-mm-yyyy dates. */
    public static Conventions dutch() {
        return new Conventions(Optional.of(NumberStyle.DUTCH), Optional.of(DateOrder.DAY_MONTH));
    }

    public Conventions withNumbers(NumberStyle style) {
        return new Conventions(Optional.of(style), dates);
    }

    public Conventions withDates(DateOrder order) {
        return new Conventions(numbers, Optional.of(order));
    }
}
