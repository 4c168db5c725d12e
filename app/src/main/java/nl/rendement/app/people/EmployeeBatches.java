package nl.rendement.app.people;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.rendement.app.system.Batches;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes many employees and periods at once, for imports: in batches of a thousand rows. */
final class EmployeeBatches {

    private static final int BATCH = Batches.SIZE;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    EmployeeBatches(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Inserts the employees and their first periods; returns them in the order given. */
    List<Employee> hire(List<NewEmployee> hired) {
        List<Employee> added = new ArrayList<>();
        for (int from = 0; from < hired.size(); from += BATCH) {
            List<NewEmployee> some = hired.subList(from, Math.min(hired.size(), from + BATCH));
            batches.batchUpdate(
                    "insert into employee (pseudonym, employee_number, email, hire_date) values (?, ?, ?, ?)",
                    some.stream()
                            .map(hire -> new Object[] {
                                hire.pseudonym(),
                                hire.employeeNumber().orElse(null),
                                hire.email().orElse(null),
                                Date.valueOf(hire.hireDate())
                            })
                            .toList());
            Map<String, Employee> byPseudonym = jdbc
                    .sql("select " + EmployeeRows.COLUMNS + " from employee e where e.pseudonym in (:pseudonyms)")
                    .param(
                            "pseudonyms",
                            some.stream().map(NewEmployee::pseudonym).toList())
                    .query(EmployeeRows::row)
                    .list()
                    .stream()
                    .collect(Collectors.toMap(Employee::pseudonym, Function.identity()));
            List<Employee> employees =
                    some.stream().map(hire -> byPseudonym.get(hire.pseudonym())).toList();
            List<EmployeePeriod> first = new ArrayList<>();
            for (int i = 0; i < some.size(); i++) {
                NewEmployee hire = some.get(i);
                first.add(new EmployeePeriod(
                        employees.get(i).id(), hire.hireDate(), Optional.empty(), hire.attributes()));
            }
            open(first);
            added.addAll(employees);
        }
        return added;
    }

    /** Ends each period the day before {@code day} and opens the one that follows it, until the old one's end. */
    void split(LocalDate day, List<EmployeePeriod> containing, Map<Long, EmployeeAttributes> next) {
        inBatches(
                "update employee_period set valid_to = ? where employee_id = ? and valid_from = ?",
                containing,
                period -> new Object[] {Date.valueOf(day), period.employeeId(), Date.valueOf(period.validFrom())});
        open(containing.stream()
                .map(period ->
                        new EmployeePeriod(period.employeeId(), day, period.validTo(), next.get(period.employeeId())))
                .toList());
    }

    private void open(List<EmployeePeriod> periods) {
        inBatches(
                "insert into employee_period (employee_id, valid_from, valid_to, unit_id, job_group, manager_id,"
                        + " annual_salary, salary_currency, fte, contract_hours)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                periods,
                period -> {
                    EmployeeAttributes attributes = period.attributes();
                    return new Object[] {
                        period.employeeId(),
                        Date.valueOf(period.validFrom()),
                        period.validTo().map(Date::valueOf).orElse(null),
                        attributes.unitId(),
                        attributes.jobGroup(),
                        attributes.managerId().orElse(null),
                        attributes.annualSalary().amount(),
                        attributes.annualSalary().currency().getCurrencyCode(),
                        attributes.fte(),
                        attributes.contractHours()
                    };
                });
    }

    private <T> void inBatches(String sql, List<T> items, Function<T, Object[]> columns) {
        Batches.write(batches, sql, items, columns);
    }
}
