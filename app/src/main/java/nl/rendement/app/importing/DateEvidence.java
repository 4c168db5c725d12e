package nl.rendement.app.importing;

import java.util.Optional;
import nl.rendement.app.importing.Conventions.DateOrder;

/**
 * What a file's year-last dates say about their order, across all its date columns: a first
 * number above 12 can only be a day, a second number above 12 only a day too. Dates such as
 * {@code 03-04-2025} say nothing and leave the order to the declared convention.
 */
final class DateEvidence {

    private String dayFirst = "";
    private String monthFirst = "";
    private String ambiguous = "";

    void add(String text) {
        Dates.leadingPair(text).ifPresent(pair -> {
            if (pair[0] > 12 && pair[1] <= 12 && dayFirst.isEmpty()) {
                dayFirst = text.strip();
            } else if (pair[1] > 12 && pair[0] <= 12 && monthFirst.isEmpty()) {
                monthFirst = text.strip();
            } else if (pair[0] <= 12 && pair[1] <= 12 && pair[0] != pair[1] && ambiguous.isEmpty()) {
                ambiguous = text.strip();
            }
        });
    }

    boolean isMixed() {
        return !dayFirst.isEmpty() && !monthFirst.isEmpty();
    }

    /** The file's order, or empty when its dates leave it open and nothing is declared. */
    Optional<DateOrder> decide(Optional<DateOrder> declared) {
        if (!dayFirst.isEmpty()) {
            return Optional.of(DateOrder.DAY_MONTH);
        }
        if (!monthFirst.isEmpty()) {
            return Optional.of(DateOrder.MONTH_DAY);
        }
        if (ambiguous.isEmpty()) {
            return Optional.of(declared.orElse(DateOrder.DAY_MONTH));
        }
        return declared;
    }

    String dayFirstExample() {
        return dayFirst;
    }

    String monthFirstExample() {
        return monthFirst;
    }

    String ambiguousExample() {
        return ambiguous;
    }
}
