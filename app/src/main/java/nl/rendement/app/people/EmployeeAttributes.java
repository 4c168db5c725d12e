package nl.rendement.app.people;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.money.Money;

/**
 * What HR records about an employee that changes over time: unit, job group, manager, annual
 * salary, FTE (1 = full time) and contract hours per week. Numbers compare by value (32 = 32.00): FTE is kept with four decimals, contract hours with two, as stored.
 */
public record EmployeeAttributes(
        long unitId,
        String jobGroup,
        Optional<Long> managerId,
        Money annualSalary,
        BigDecimal fte,
        BigDecimal contractHours) {

    private static final BigDecimal MAX_FTE = new BigDecimal("1.5");
    private static final BigDecimal MAX_HOURS = new BigDecimal("80");

    public EmployeeAttributes {
        Objects.requireNonNull(jobGroup, "jobGroup");
        Objects.requireNonNull(managerId, "managerId");
        Objects.requireNonNull(annualSalary, "annualSalary");
        Objects.requireNonNull(fte, "fte");
        Objects.requireNonNull(contractHours, "contractHours");
        if (jobGroup.isBlank() || jobGroup.length() > 64) {
            throw new IllegalArgumentException("A job group has 1 to 64 characters");
        }
        if (annualSalary.isNegative()) {
            throw new IllegalArgumentException("An annual salary cannot be negative");
        }
        if (fte.signum() <= 0 || fte.compareTo(MAX_FTE) > 0) {
            throw new IllegalArgumentException("FTE must be above 0 and at most 1.5: " + fte);
        }
        if (contractHours.signum() <= 0 || contractHours.compareTo(MAX_HOURS) > 0) {
            throw new IllegalArgumentException("Contract hours must be above 0 and at most 80: " + contractHours);
        }
        fte = atScale(fte, 4, "FTE");
        contractHours = atScale(contractHours, 2, "Contract hours");
    }

    private static BigDecimal atScale(BigDecimal value, int decimals, String what) {
        try {
            return value.setScale(decimals, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException tooPrecise) {
            throw new IllegalArgumentException(what + " has at most " + decimals + " decimals: " + value);
        }
    }
}
