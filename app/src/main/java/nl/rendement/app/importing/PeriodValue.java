package nl.rendement.app.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What is true of an employee in one period, as an HR snapshot keeps it: the days it lasts from
 * and (exclusive) until, the unit's code, job group, the manager's pseudonym, salary with its
 * currency, FTE and contract hours. Numbers are written in plain notation without trailing zeros,
 * so a stored {@code 1.0000} and a file's {@code 1} are the same value.
 */
record PeriodValue(
        LocalDate from,
        Optional<LocalDate> to,
        String unit,
        String jobGroup,
        Optional<String> manager,
        BigDecimal salary,
        String currency,
        BigDecimal fte,
        BigDecimal contractHours) {

    PeriodValue {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(jobGroup, "jobGroup");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(salary, "salary");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(fte, "fte");
        Objects.requireNonNull(contractHours, "contractHours");
    }

    /** The same attributes for other days. */
    PeriodValue dated(LocalDate first, Optional<LocalDate> until) {
        return new PeriodValue(first, until, unit, jobGroup, manager, salary, currency, fte, contractHours);
    }

    PeriodValue withManager(Optional<String> pseudonym) {
        return new PeriodValue(from, to, unit, jobGroup, pseudonym, salary, currency, fte, contractHours);
    }

    /** Whether the attributes (everything but the days) are the same. */
    boolean sameAttributes(PeriodValue other) {
        return written().equals(other.dated(from, to).written());
    }

    /** {@code {"from":"2025-03-31","unit":"SALES-NL","job group":"B","manager":"P-7K3Q9XMD",...}}. */
    String written() {
        return put(ImportValue.builder().put("from", from).put("to", to)).written();
    }

    static PeriodValue parse(String written) {
        ImportValue value = ImportValue.parse(written);
        return read(
                value, LocalDate.parse(value.require("from")), value.get("to").map(LocalDate::parse));
    }

    /**
     * Adds the attributes to a value being built, in a fixed order; the manager always follows the
     * job group, so that {@link #managerField} is found with its leading comma.
     */
    ImportValue.Builder put(ImportValue.Builder value) {
        return value.put("unit", unit)
                .put("job group", jobGroup)
                .put("manager", manager)
                .put("annual salary", salary)
                .put("currency", currency)
                .put("fte", fte)
                .put("contract hours", contractHours);
    }

    /** The attributes of a value, for the given days. */
    static PeriodValue read(ImportValue value, LocalDate from, Optional<LocalDate> to) {
        return new PeriodValue(
                from,
                to,
                value.require("unit"),
                value.require("job group"),
                value.get("manager"),
                new BigDecimal(value.require("annual salary")),
                value.require("currency"),
                new BigDecimal(value.require("fte")),
                new BigDecimal(value.require("contract hours")));
    }

    /** The text a kept value holds for a manager, with its leading comma: {@code ,"manager":"P-7K3Q9XMD"}. */
    static String managerField(String pseudonym) {
        String alone = ImportValue.builder().put("manager", pseudonym).written();
        return "," + alone.substring(1, alone.length() - 1);
    }
}
