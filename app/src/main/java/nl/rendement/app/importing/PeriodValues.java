package nl.rendement.app.importing;

import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.EmployeeAttributes;
import nl.rendement.app.people.EmployeePeriod;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.engine.money.Money;

/**
 * Turns stored periods into the values an HR snapshot keeps, and values back into attributes to
 * store. {@link #live} asks the stores each time; {@link #readOnce} reads the units, the employees
 * (an {@link EmployeeIndex}) and every period of a day once, for a whole file, and asks the store
 * again only for employees written since ({@link #written}).
 */
final class PeriodValues {

    private final Employees employees;
    private final OrgUnits units;
    private final Optional<EmployeeIndex> people;
    private final Map<Long, OrgUnit> unitsById = new HashMap<>();
    private final Map<String, OrgUnit> unitsByCode = new HashMap<>();
    private final Map<LocalDate, Map<Long, EmployeePeriod>> periodsByDay = new HashMap<>();
    private final Set<Long> written = new HashSet<>();

    private PeriodValues(Employees employees, OrgUnits units, Optional<EmployeeIndex> people) {
        this.employees = employees;
        this.units = units;
        this.people = people;
        if (people.isPresent()) {
            units.all().forEach(unit -> {
                unitsById.put(unit.id(), unit);
                unitsByCode.put(unit.code(), unit);
            });
        }
    }

    static PeriodValues live(Employees employees, OrgUnits units) {
        return new PeriodValues(employees, units, Optional.empty());
    }

    /** Reads once what a whole file needs; the employees are those of {@code people}, which the import keeps up to date. */
    static PeriodValues readOnce(Employees employees, OrgUnits units, EmployeeIndex people) {
        return new PeriodValues(employees, units, Optional.of(people));
    }

    /** The employee's period that contains the day, as a value. */
    Optional<PeriodValue> on(long employeeId, LocalDate day) {
        if (people.isEmpty() || written.contains(employeeId)) {
            return employees.periodOn(employeeId, day).map(this::of);
        }
        return Optional.ofNullable(
                        periodsByDay.computeIfAbsent(day, employees::periodsOn).get(employeeId))
                .map(this::of);
    }

    /** The employee's periods are being written: read them from the store from now on. */
    void written(long employeeId) {
        written.add(employeeId);
    }

    PeriodValue of(EmployeePeriod period) {
        EmployeeAttributes attributes = period.attributes();
        return new PeriodValue(
                period.validFrom(),
                period.validTo(),
                unitById(attributes.unitId()).map(OrgUnit::code).orElseThrow(),
                attributes.jobGroup(),
                attributes.managerId().flatMap(this::employee).map(Employee::pseudonym),
                attributes.annualSalary().amount(),
                attributes.annualSalary().currency().getCurrencyCode(),
                attributes.fte(),
                attributes.contractHours());
    }

    /** The attributes to store; empty when the unit or the manager is no longer there. */
    Optional<EmployeeAttributes> attributes(PeriodValue value) {
        Optional<OrgUnit> unit = unitByCode(value.unit());
        Optional<Optional<Long>> manager = value.manager().isEmpty()
                ? Optional.of(Optional.empty())
                : byPseudonym(value.manager().get()).map(employee -> Optional.of(employee.id()));
        if (unit.isEmpty() || manager.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EmployeeAttributes(
                unit.get().id(),
                value.jobGroup(),
                manager.get(),
                Money.of(value.salary(), Currency.getInstance(value.currency())),
                value.fte(),
                value.contractHours()));
    }

    private Optional<OrgUnit> unitById(long id) {
        return people.isPresent() ? Optional.ofNullable(unitsById.get(id)) : units.byId(id);
    }

    private Optional<OrgUnit> unitByCode(String code) {
        return people.isPresent() ? Optional.ofNullable(unitsByCode.get(code)) : units.byCode(code);
    }

    private Optional<Employee> employee(long id) {
        return people.map(index -> index.byId(id)).orElseGet(() -> employees.byId(id));
    }

    private Optional<Employee> byPseudonym(String pseudonym) {
        return people.map(index -> index.byPseudonym(pseudonym)).orElseGet(() -> employees.byPseudonym(pseudonym));
    }
}
