package nl.rendement.engine.value;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Over how many months benefits are counted. Phillips' principle 9: one year unless the user
 * chooses another horizon and records why; the justification is shown in the trail.
 */
public record Horizon(int months, Optional<String> justification) {

    public static final Horizon ONE_YEAR = new Horizon(12, Optional.empty());

    public Horizon {
        Objects.requireNonNull(justification, "justification");
        if (months < 1 || months > 120) {
            throw new IllegalArgumentException("A horizon runs from 1 to 120 months: " + months);
        }
        if (months != 12 && justification.filter(text -> !text.isBlank()).isEmpty()) {
            throw new IllegalArgumentException("A horizon other than one year needs a justification");
        }
    }

    public static Horizon months(int months, String justification) {
        return new Horizon(months, Optional.of(justification));
    }

    /** The horizon in years: 6 months is 0.5. */
    public BigDecimal years() {
        return Numbers.divide(BigDecimal.valueOf(months), BigDecimal.valueOf(12));
    }

    public boolean longerThanAYear() {
        return months > 12;
    }
}
