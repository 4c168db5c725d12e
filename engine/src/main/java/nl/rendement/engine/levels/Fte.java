package nl.rendement.engine.levels;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Full-time equivalents that learning hours are spread over: of the participants, or of the
 * population the programme serves (a department, the organisation). The trail names which.
 */
public record Fte(BigDecimal value, Basis basis) {

    public Fte {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(basis, "basis");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("FTE are not negative: " + value.toPlainString());
        }
    }

    public static Fte ofParticipants(String value) {
        return new Fte(new BigDecimal(value), Basis.PARTICIPANTS);
    }

    public static Fte ofPopulation(String value) {
        return new Fte(new BigDecimal(value), Basis.POPULATION);
    }

    /** Whose FTE they are. */
    public enum Basis {
        PARTICIPANTS,
        POPULATION
    }
}
