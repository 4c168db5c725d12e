package nl.rendement.app.people;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rendement.engine.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The periods of employees' attributes: open, close, and read them by day. */
final class EmployeePeriods {

    private static final String COLUMNS = "p.employee_id, p.valid_from, p.valid_to, p.unit_id, p.job_group,"
            + " p.manager_id, p.annual_salary, p.salary_currency, p.fte, p.contract_hours";
    private static final String CONTAINS = "p.valid_from <= ? and (p.valid_to is null or p.valid_to > ?)";

    private final JdbcClient jdbc;

    EmployeePeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void open(long employeeId, LocalDate from, EmployeeAttributes attributes) {
        jdbc.sql("insert into employee_period (employee_id, valid_from, unit_id, job_group, manager_id,"
                        + " annual_salary, salary_currency, fte, contract_hours) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        employeeId,
                        Date.valueOf(from),
                        attributes.unitId(),
                        attributes.jobGroup(),
                        attributes.managerId().orElse(null),
                        attributes.annualSalary().amount(),
                        attributes.annualSalary().currency().getCurrencyCode(),
                        attributes.fte(),
                        attributes.contractHours())
                .update();
    }

    void close(long employeeId, LocalDate validFrom, LocalDate validTo) {
        jdbc.sql("update employee_period set valid_to = ? where employee_id = ? and valid_from = ?")
                .params(Date.valueOf(validTo), employeeId, Date.valueOf(validFrom))
                .update();
    }

    /** The employee's latest period, open or closed. */
    EmployeePeriod last(long employeeId) {
        return jdbc.sql("select " + COLUMNS + " from employee_period p where p.employee_id = ?"
                        + " order by p.valid_from desc fetch first 1 rows only")
                .param(employeeId)
                .query(EmployeePeriods::row)
                .optional()
                .orElseThrow(() -> new IllegalStateException("Employee " + employeeId + " has no period"));
    }

    /** Ends the period that starts on {@code validFrom} before {@code validTo}, or leaves it open (null). */
    void end(long employeeId, LocalDate validFrom, Optional<LocalDate> validTo) {
        jdbc.sql("update employee_period set valid_to = ? where employee_id = ? and valid_from = ?")
                .params(validTo.map(Date::valueOf).orElse(null), employeeId, Date.valueOf(validFrom))
                .update();
    }

    /** Replaces the attributes of the period that starts on {@code validFrom}, keeping its dates. */
    void replace(long employeeId, LocalDate validFrom, EmployeeAttributes attributes) {
        jdbc.sql("update employee_period set unit_id = ?, job_group = ?, manager_id = ?, annual_salary = ?,"
                        + " salary_currency = ?, fte = ?, contract_hours = ? where employee_id = ? and valid_from = ?")
                .params(
                        attributes.unitId(),
                        attributes.jobGroup(),
                        attributes.managerId().orElse(null),
                        attributes.annualSalary().amount(),
                        attributes.annualSalary().currency().getCurrencyCode(),
                        attributes.fte(),
                        attributes.contractHours(),
                        employeeId,
                        Date.valueOf(validFrom))
                .update();
    }

    void delete(long employeeId, LocalDate validFrom) {
        jdbc.sql("delete from employee_period where employee_id = ? and valid_from = ?")
                .params(employeeId, Date.valueOf(validFrom))
                .update();
    }

    /** The period that starts on {@code validFrom}. */
    Optional<EmployeePeriod> starting(long employeeId, LocalDate validFrom) {
        return jdbc.sql("select " + COLUMNS + " from employee_period p where p.employee_id = ? and p.valid_from = ?")
                .params(employeeId, Date.valueOf(validFrom))
                .query(EmployeePeriods::row)
                .optional();
    }

    /** The period that ends where another starts on {@code validTo}. */
    Optional<EmployeePeriod> ending(long employeeId, LocalDate validTo) {
        return jdbc.sql("select " + COLUMNS + " from employee_period p where p.employee_id = ? and p.valid_to = ?")
                .params(employeeId, Date.valueOf(validTo))
                .query(EmployeePeriods::row)
                .optional();
    }

    EmployeePeriod current(long employeeId) {
        return jdbc.sql("select " + COLUMNS + " from employee_period p where p.employee_id = ? and p.valid_to is null")
                .param(employeeId)
                .query(EmployeePeriods::row)
                .optional()
                .orElseThrow(() -> new IllegalStateException("Employee " + employeeId + " has no open period"));
    }

    Optional<EmployeePeriod> containing(long employeeId, LocalDate day) {
        return jdbc.sql("select " + COLUMNS + " from employee_period p where p.employee_id = ? and " + CONTAINS)
                .params(employeeId, Date.valueOf(day), Date.valueOf(day))
                .query(EmployeePeriods::row)
                .optional();
    }

    /** Every employee's period that contains the day, by employee id. */
    Map<Long, EmployeePeriod> containing(LocalDate day) {
        Map<Long, EmployeePeriod> found = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from employee_period p where " + CONTAINS)
                .params(Date.valueOf(day), Date.valueOf(day))
                .query(EmployeePeriods::row)
                .list()
                .forEach(period -> found.put(period.employeeId(), period));
        return found;
    }

    /** The period that contains the day of each of these employees (a thousand at a time), by employee id. */
    Map<Long, EmployeePeriod> containing(LocalDate day, List<Long> employeeIds) {
        Map<Long, EmployeePeriod> found = new HashMap<>();
        for (int from = 0; from < employeeIds.size(); from += 1_000) {
            jdbc.sql("select " + COLUMNS + " from employee_period p where p.employee_id in (:employees)"
                            + " and p.valid_from <= :day and (p.valid_to is null or p.valid_to > :day)")
                    .param("employees", employeeIds.subList(from, Math.min(employeeIds.size(), from + 1_000)))
                    .param("day", Date.valueOf(day))
                    .query(EmployeePeriods::row)
                    .list()
                    .forEach(period -> found.put(period.employeeId(), period));
        }
        return found;
    }

    List<EmployeePeriod> all(long employeeId, UnitReach reach) {
        if (reach.noUnit()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from employee_period p where p.employee_id = :employee"
                        + (reach.everyUnit() ? "" : " and p.unit_id in (:units)")
                        + " order by p.valid_from")
                .params(reach.unitIds()
                        .<Map<String, Object>>map(units -> Map.of("employee", employeeId, "units", units))
                        .orElseGet(() -> Map.of("employee", employeeId)))
                .query(EmployeePeriods::row)
                .list();
    }

    private static final String EMPLOYED = "e.hire_date <= :day and (e.exit_date is null or e.exit_date >= :day)"
            + " and p.valid_from <= :day and (p.valid_to is null or p.valid_to > :day)";

    List<Employees.Snapshot> employedOn(LocalDate day, UnitReach reach) {
        return snapshots(EMPLOYED, Map.of("day", Date.valueOf(day)), reach);
    }

    /** Whether anyone at all is employed on the day, without reading who. */
    boolean anyoneEmployedOn(LocalDate day) {
        return jdbc.sql("select count(*) from employee e join employee_period p on p.employee_id = e.id where "
                                + EMPLOYED)
                        .param("day", Date.valueOf(day))
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Employees.Snapshot> leftBetween(LocalDate first, LocalDate last, UnitReach reach) {
        return snapshots(
                "e.exit_date >= :first and e.exit_date <= :last"
                        + " and p.valid_from <= e.exit_date and (p.valid_to is null or p.valid_to > e.exit_date)",
                Map.of("first", Date.valueOf(first), "last", Date.valueOf(last)),
                reach);
    }

    /** Employees joined to one period each by a fixed condition, within the units the reach allows. */
    private List<Employees.Snapshot> snapshots(String condition, Map<String, Object> params, UnitReach reach) {
        if (reach.noUnit()) {
            return List.of();
        }
        Map<String, Object> all = new HashMap<>(params);
        reach.unitIds().ifPresent(units -> all.put("units", units));
        return jdbc.sql("select " + EmployeeRows.COLUMNS + ", " + COLUMNS
                        + " from employee e join employee_period p on p.employee_id = e.id where " + condition
                        + (reach.everyUnit() ? "" : " and p.unit_id in (:units)")
                        + " order by e.pseudonym")
                .params(all)
                .query((rs, n) -> new Employees.Snapshot(
                        EmployeeRows.row(rs, n), row(rs, n).attributes()))
                .list();
    }

    private static EmployeePeriod row(ResultSet rs, int rowNum) throws SQLException {
        long manager = rs.getLong("manager_id");
        Optional<Long> managerId = rs.wasNull() ? Optional.empty() : Optional.of(manager);
        Date validTo = rs.getDate("valid_to");
        return new EmployeePeriod(
                rs.getLong("employee_id"),
                rs.getDate("valid_from").toLocalDate(),
                Optional.ofNullable(validTo).map(Date::toLocalDate),
                new EmployeeAttributes(
                        rs.getLong("unit_id"),
                        rs.getString("job_group"),
                        managerId,
                        Money.of(
                                rs.getBigDecimal("annual_salary"),
                                Currency.getInstance(rs.getString("salary_currency"))),
                        rs.getBigDecimal("fte"),
                        rs.getBigDecimal("contract_hours")));
    }
}
