package nl.rendement.app.people;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The store of employees and their history. Every attribute is read "as of" a day, so that a
 * promotion after a programme never changes what was true before it.
 */
@Repository
public class Employees {

    private final JdbcClient jdbc;
    private final EmployeePeriods periods;
    private final EmployeeBatches batches;
    private final PeopleChanges changes;

    Employees(JdbcClient jdbc, JdbcTemplate batches, PeopleChanges changes) {
        this.jdbc = jdbc;
        this.periods = new EmployeePeriods(jdbc);
        this.batches = new EmployeeBatches(jdbc, batches);
        this.changes = changes;
    }

    /** Records a new employee with what is true of them from the hire date. */
    @Transactional
    public Employee hire(NewEmployee hired) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into employee (pseudonym, employee_number, email, hire_date) values (?, ?, ?, ?)")
                .params(
                        hired.pseudonym(),
                        hired.employeeNumber().orElse(null),
                        hired.email().orElse(null),
                        Date.valueOf(hired.hireDate()))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        periods.open(id, hired.hireDate(), hired.attributes());
        changes.changed();
        return byId(id).orElseThrow();
    }

    /** Records new employees as {@link #hire} records each, in batches (for imports); returned in the order given. */
    @Transactional
    public List<Employee> hire(List<NewEmployee> hired) {
        List<Employee> added = batches.hire(hired);
        changes.changed();
        return added;
    }

    /**
     * From {@code day} on, the employee's attributes are {@code next}; the current period ends the
     * day before. Changes come in date order: a day on or before the current period's start is refused.
     */
    @Transactional
    public void change(long id, LocalDate day, EmployeeAttributes next) {
        Employee employee = byId(id).orElseThrow(() -> new IllegalArgumentException("No employee " + id));
        if (!employee.employedOn(day)) {
            throw new IllegalArgumentException("Employee " + employee.pseudonym() + " is not employed on " + day);
        }
        EmployeePeriod current = periods.current(id);
        if (!day.isAfter(current.validFrom())) {
            throw new IllegalArgumentException("A change on " + day + " must come after " + current.validFrom());
        }
        periods.close(id, current.validFrom(), day);
        periods.open(id, day, next);
        changes.changed();
    }

    /**
     * From {@code day} on, until the end of the period that contains it, the employee's attributes
     * are {@code next}: that period ends the day before. Unlike {@link #change}, the day may lie in
     * the past; what comes after the period stays as it is. Refused on the period's first day (see
     * {@link #correct}) and on a day without a period.
     */
    @Transactional
    public void split(long id, LocalDate day, EmployeeAttributes next) {
        EmployeePeriod containing = periods.containing(id, day)
                .orElseThrow(() -> new IllegalArgumentException("Employee " + id + " has no period on " + day));
        if (!day.isAfter(containing.validFrom())) {
            throw new IllegalArgumentException("A split on " + day + " must come after " + containing.validFrom());
        }
        periods.close(id, containing.validFrom(), day);
        periods.open(id, day, next);
        periods.end(id, day, containing.validTo());
        changes.changed();
    }

    /** {@link #split} for many employees on one day, by id, in batches (for imports). */
    @Transactional
    public void split(LocalDate day, Map<Long, EmployeeAttributes> next) {
        Map<Long, EmployeePeriod> on = periods.containing(day, List.copyOf(next.keySet()));
        List<EmployeePeriod> containing = new ArrayList<>();
        next.keySet().forEach(id -> {
            EmployeePeriod period = on.get(id);
            if (period == null) {
                throw new IllegalArgumentException("Employee " + id + " has no period on " + day);
            }
            if (!day.isAfter(period.validFrom())) {
                throw new IllegalArgumentException("A split on " + day + " must come after " + period.validFrom());
            }
            containing.add(period);
        });
        batches.split(day, containing, next);
        changes.changed();
    }

    /** Takes back a {@link #split}: the period starting on {@code day} goes and the one before it lasts until its end. */
    @Transactional
    public void join(long id, LocalDate day) {
        EmployeePeriod later = periods.starting(id, day)
                .orElseThrow(() -> new IllegalArgumentException("Employee " + id + " has no period from " + day));
        EmployeePeriod earlier = periods.ending(id, day)
                .orElseThrow(() -> new IllegalArgumentException("Employee " + id + " has no period until " + day));
        periods.delete(id, day);
        periods.end(id, earlier.validFrom(), later.validTo());
        changes.changed();
    }

    /** Replaces what is true of the employee in the period that starts on {@code validFrom}, keeping its dates. */
    public void correct(long id, LocalDate validFrom, EmployeeAttributes attributes) {
        if (periods.starting(id, validFrom).isEmpty()) {
            throw new IllegalArgumentException("Employee " + id + " has no period from " + validFrom);
        }
        periods.replace(id, validFrom, attributes);
        changes.changed();
    }

    /** The employee's period that contains {@code day}, whether or not they worked here then. */
    public Optional<EmployeePeriod> periodOn(long id, LocalDate day) {
        return periods.containing(id, day);
    }

    /** Every employee's period that contains {@code day}, by employee id: for a whole import, in one query. */
    public Map<Long, EmployeePeriod> periodsOn(LocalDate day) {
        return periods.containing(day);
    }

    /**
     * Removes an employee recorded by mistake, with their periods: not an erasure, which keeps a
     * record that it happened. Refused while another employee's period names them as manager; the
     * database refuses it while anything else refers to them.
     */
    @Transactional
    public void remove(long id) {
        long managed = jdbc.sql("select count(*) from employee_period where manager_id = ? and employee_id <> ?")
                .params(id, id)
                .query(Long.class)
                .single();
        if (managed > 0) {
            throw new IllegalStateException("Employee " + id + " manages someone");
        }
        jdbc.sql("delete from employee_period where employee_id = ?").param(id).update();
        jdbc.sql("delete from employee where id = ?").param(id).update();
        changes.changed();
    }

    /** The employee leaves after {@code exit.lastDay()}; their current period ends then. */
    @Transactional
    public void leave(long id, Employee.Exit exit) {
        Employee employee = byId(id).orElseThrow(() -> new IllegalArgumentException("No employee " + id));
        if (employee.exit().isPresent()) {
            throw new IllegalArgumentException(
                    "Employee " + employee.pseudonym() + " cannot leave on " + exit.lastDay());
        }
        recordExit(id, Optional.of(exit));
    }

    /**
     * Sets, moves or (when empty) withdraws the employee's exit, as an import that corrects or is
     * undone does: their last period ends the day after the last day worked, or is open again.
     */
    @Transactional
    public void recordExit(long id, Optional<Employee.Exit> exit) {
        Employee employee = byId(id).orElseThrow(() -> new IllegalArgumentException("No employee " + id));
        EmployeePeriod last = periods.last(id);
        if (exit.filter(leaving -> leaving.lastDay().isBefore(last.validFrom())).isPresent()) {
            throw new IllegalArgumentException("Employee " + employee.pseudonym() + " cannot leave on "
                    + exit.get().lastDay());
        }
        jdbc.sql("update employee set exit_date = ?, exit_reason = ? where id = ?")
                .params(
                        exit.map(leaving -> Date.valueOf(leaving.lastDay())).orElse(null),
                        exit.map(leaving -> leaving.reason().databaseValue()).orElse(null),
                        id)
                .update();
        periods.end(id, last.validFrom(), exit.map(leaving -> leaving.lastDay().plusDays(1)));
        changes.changed();
    }

    public Optional<Employee> byId(long id) {
        return EmployeeRows.one(jdbc, "id", id);
    }

    public Optional<Employee> byPseudonym(String pseudonym) {
        return EmployeeRows.one(jdbc, "pseudonym", pseudonym);
    }

    public Optional<Employee> byEmployeeNumber(String employeeNumber) {
        return EmployeeRows.one(jdbc, "employee_number", employeeNumber);
    }

    /** The employees with this email address, ignoring case: one, or more when HR wrote it in two cases. */
    public List<Employee> byEmail(String email) {
        return jdbc.sql("select " + EmployeeRows.COLUMNS + " from employee e where lower(e.email) = ?")
                .param(email.toLowerCase(Locale.ROOT))
                .query(EmployeeRows::row)
                .list();
    }

    /** Every employee, for matching the rows of a large import without a query per row. */
    public List<Employee> all() {
        return jdbc.sql("select " + EmployeeRows.COLUMNS + " from employee e order by e.id")
                .query(EmployeeRows::row)
                .list();
    }

    /** What was true of the employee on {@code day}; empty when they did not work here then. */
    public Optional<EmployeeAttributes> asOf(long id, LocalDate day) {
        return byId(id).filter(employee -> employee.employedOn(day))
                .flatMap(employee -> periods.containing(id, day))
                .map(EmployeePeriod::attributes);
    }

    /** The periods of the employee in units the reach allows, oldest first. */
    public List<EmployeePeriod> history(long id, UnitReach reach) {
        return periods.all(id, reach);
    }

    /** Everyone employed on {@code day} in a unit the reach allows, with what was true of them then. */
    public List<Snapshot> employedOn(LocalDate day, UnitReach reach) {
        return periods.employedOn(day, reach);
    }

    /** Whether anyone is employed on {@code day}, in any unit. */
    boolean anyoneEmployedOn(LocalDate day) {
        return periods.anyoneEmployedOn(day);
    }

    /**
     * Everyone whose last day falls from {@code first} to {@code last}, in a unit the reach allows
     * on that day, with what was true of them then.
     */
    public List<Snapshot> leftBetween(LocalDate first, LocalDate last, UnitReach reach) {
        return periods.leftBetween(first, last, reach);
    }

    /** Whether any employee has been recorded, ever. */
    public boolean any() {
        return jdbc.sql("select count(*) from employee").query(Long.class).single() > 0;
    }

    /** The latest last day of anyone who left. */
    public Optional<LocalDate> lastExit() {
        return jdbc.sql("select max(exit_date) from employee")
                .query((rs, n) -> Optional.ofNullable(rs.getDate(1)).map(Date::toLocalDate))
                .single();
    }

    /** An employee with their attributes on one day. */
    public record Snapshot(Employee employee, EmployeeAttributes attributes) {}

    /** How many employees Rendement holds, and how many of them have left. */
    public long count(boolean leftOnly) {
        return jdbc.sql("select count(*) from employee" + (leftOnly ? " where exit_date is not null" : ""))
                .query(Long.class)
                .single();
    }
}
