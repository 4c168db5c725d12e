package nl.rendement.app.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.UnitKind;

/** A generated organisation: its units and its people with their history. Fictional throughout. */
public record DemoOrganisation(DemoSpec spec, List<Unit> units, List<Person> people) {

    public DemoOrganisation {
        Objects.requireNonNull(spec, "spec");
        units = List.copyOf(units);
        people = List.copyOf(people);
    }

    /** A unit, its parent named by code. */
    public record Unit(String code, String name, UnitKind kind, Optional<String> parentCode) {}

    /** A person with the periods of what was true of them, oldest first. */
    public record Person(
            String pseudonym,
            String employeeNumber,
            String email,
            LocalDate hireDate,
            Optional<Employee.Exit> exit,
            List<Period> periods) {

        public Person {
            periods = List.copyOf(periods);
        }
    }

    /** From {@code from} on: unit, job group, manager (by employee number), salary, FTE, hours. */
    public record Period(
            LocalDate from,
            String unitCode,
            String jobGroup,
            Optional<String> managerNumber,
            BigDecimal annualSalary,
            BigDecimal fte,
            BigDecimal contractHours) {}
}
