package nl.rendement.engine.costs;

import java.math.BigDecimal;
import java.util.Objects;
import nl.rendement.engine.money.Money;

/**
 * The hours one participant spent in training and their annual salary: all fixed annual pay per
 * FTE, as the organisation defines it (METHOD §6).
 */
public record Attendance(String participantId, BigDecimal hours, Money annualSalary) {

    public Attendance {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(annualSalary, "annualSalary");
        if (hours.signum() < 0 || annualSalary.isNegative()) {
            throw new IllegalArgumentException("Hours and salary are not negative: participant " + participantId);
        }
    }

    public static Attendance of(String participantId, String hours, Money annualSalary) {
        return new Attendance(participantId, new BigDecimal(hours), annualSalary);
    }
}
