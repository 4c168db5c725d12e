package nl.rendement.app.importing;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.EmployeeAttributes;
import nl.rendement.app.people.EmployeePeriod;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.engine.money.Money;

/** Turns stored periods into the values an HR snapshot keeps, and values back into attributes to store. */
final class PeriodValues {

    private final Employees employees;
    private final OrgUnits units;

    PeriodValues(Employees employees, OrgUnits units) {
        this.employees = employees;
        this.units = units;
    }

    /** The employee's period that contains the day, as a value. */
    Optional<PeriodValue> on(long employeeId, LocalDate day) {
        return employees.periodOn(employeeId, day).map(this::of);
    }

    PeriodValue of(EmployeePeriod period) {
        EmployeeAttributes attributes = period.attributes();
        return new PeriodValue(
                period.validFrom(),
                period.validTo(),
                units.byId(attributes.unitId()).map(OrgUnit::code).orElseThrow(),
                attributes.jobGroup(),
                attributes.managerId().flatMap(employees::byId).map(Employee::pseudonym),
                attributes.annualSalary().amount(),
                attributes.annualSalary().currency().getCurrencyCode(),
                attributes.fte(),
                attributes.contractHours());
    }

    /** The attributes to store; empty when the unit or the manager is no longer there. */
    Optional<EmployeeAttributes> attributes(PeriodValue value) {
        Optional<OrgUnit> unit = units.byCode(value.unit());
        Optional<Optional<Long>> manager = value.manager().isEmpty()
                ? Optional.of(Optional.empty())
                : employees.byPseudonym(value.manager().get()).map(employee -> Optional.of(employee.id()));
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
}
