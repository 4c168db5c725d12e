package nl.rendement.app.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.UnitKind;
import nl.rendement.app.programme.DeliveryMode;
import nl.rendement.app.programme.ParticipantStatus;
import nl.rendement.app.programme.ProgrammeType;

/** A generated organisation: its units and its people with their history. Fictional throughout. */
public record DemoOrganisation(DemoSpec spec, List<Unit> units, List<Person> people, List<Programme> programmes) {

    public DemoOrganisation {
        Objects.requireNonNull(spec, "spec");
        units = List.copyOf(units);
        people = List.copyOf(people);
        programmes = List.copyOf(programmes);
    }

    /** A unit, its parent named by code. */
    public record Unit(String code, String name, UnitKind kind, Optional<String> parentCode) {}

    /** A person with the periods of what was true of them, oldest first. */
    public record Person(
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

    /**
     * A programme, whom it was meant for (its eligible population, as of each cohort's start) and
     * how its participants were chosen.
     */
    public record Programme(
            String name,
            ProgrammeType type,
            String description,
            String sponsor,
            String selection,
            Eligibility eligibility,
            DeliveryMode deliveryMode,
            Optional<LocalDate> dueDate,
            int targetLevel,
            List<String> lmsCourseIds,
            List<Cohort> cohorts) {

        public Programme {
            lmsCourseIds = List.copyOf(lmsCourseIds);
            cohorts = List.copyOf(cohorts);
        }
    }

    /** Who may take part: departments and job groups (empty: all), or only people hired recently. */
    public record Eligibility(Set<String> departments, Set<String> jobGroups, boolean newHiresOnly) {

        public Eligibility {
            departments = Set.copyOf(departments);
            jobGroups = Set.copyOf(jobGroups);
        }
    }

    /** One run of a programme and who enrolled in it. */
    public record Cohort(
            String name,
            LocalDate start,
            LocalDate end,
            DeliveryMode deliveryMode,
            String location,
            List<Enrolment> enrolments) {

        public Cohort {
            enrolments = List.copyOf(enrolments);
        }
    }

    /** A person's part in a cohort. */
    public record Enrolment(
            String employeeNumber,
            ParticipantStatus status,
            LocalDate enrolledOn,
            Optional<LocalDate> startedOn,
            Optional<LocalDate> completedOn,
            BigDecimal hours) {}
}
