package nl.rendement.app.demo;

import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.people.EmployeeAttributes;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.NewEmployee;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.programme.ProgrammeType;
import nl.rendement.app.security.Scope;
import nl.rendement.app.security.Scopes;
import nl.rendement.app.security.UserDirectory;
import nl.rendement.engine.money.Money;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a generated organisation in one transaction: people and programmes through their stores,
 * the evaluation data (so far the cost ledger) through the importers ({@link DemoFrontDoor}).
 */
@Component
class DemoLoader {

    static final LocalDate UNITS_FROM = LocalDate.of(1980, 1, 1);
    private static final Currency EURO = Currency.getInstance("EUR");

    static final String OWNER = "director";

    /** The demo login limited to the first department (Verkoop), and the one limited to leadership. */
    static final String UNIT_SCOPED = "hrbp";

    static final String PROGRAMME_SCOPED = "programme-lead";

    private final OrgUnits units;
    private final Employees employees;
    private final DemoProgrammeLoader programmes;
    private final DemoFrontDoor frontDoor;

    private final Scopes scopes;
    private final UserDirectory users;

    DemoLoader(
            OrgUnits units,
            Employees employees,
            DemoProgrammeLoader programmes,
            DemoFrontDoor frontDoor,
            Scopes scopes,
            UserDirectory users) {
        this.frontDoor = frontDoor;
        this.units = units;
        this.employees = employees;
        this.programmes = programmes;
        this.scopes = scopes;
        this.users = users;
    }

    @Transactional
    void load(DemoOrganisation organisation) {
        Map<String, Long> unitIds = new HashMap<>();
        for (DemoOrganisation.Unit unit : organisation.units()) {
            OrgUnit added = units.add(
                    unit.code(), unit.name(), unit.kind(), unit.parentCode().map(unitIds::get), UNITS_FROM);
            unitIds.put(unit.code(), added.id());
        }
        Map<String, Long> employeeIds = new HashMap<>();
        for (DemoOrganisation.Person person : organisation.people()) {
            DemoOrganisation.Period first = person.periods().get(0);
            long id = employees
                    .hire(new NewEmployee(
                            person.pseudonym(),
                            Optional.of(person.employeeNumber()),
                            Optional.of(person.email()),
                            person.hireDate(),
                            attributes(first, unitIds, employeeIds)))
                    .id();
            employeeIds.put(person.employeeNumber(), id);
            person.periods().stream()
                    .skip(1)
                    .forEach(period -> employees.change(id, period.from(), attributes(period, unitIds, employeeIds)));
            person.exit().ifPresent(exit -> employees.leave(id, exit));
        }
        Map<ProgrammeType, Long> programmeIds = programmes.load(organisation.programmes(), employeeIds);
        frontDoor.load(organisation);
        limit(UNIT_SCOPED, new Scope(Set.of(unitIds.get(DemoStructure.departmentCode(0))), Set.of()));
        limit(PROGRAMME_SCOPED, new Scope(Set.of(), Set.of(programmeIds.get(ProgrammeType.LEADERSHIP))));
    }

    private void limit(String login, Scope scope) {
        long user = users.idOf(login)
                .orElseThrow(() -> new IllegalStateException("The demo login " + login + " is missing"));
        scopes.limit(DemoProgrammeLoader.ACTOR, user, scope);
    }

    private static EmployeeAttributes attributes(
            DemoOrganisation.Period period, Map<String, Long> unitIds, Map<String, Long> employeeIds) {
        return new EmployeeAttributes(
                unitIds.get(period.unitCode()),
                period.jobGroup(),
                period.managerNumber().map(employeeIds::get),
                Money.of(period.annualSalary(), EURO),
                period.fte(),
                period.contractHours());
    }
}
