package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.KpiFormats.KPI;
import static nl.rendement.app.importing.formats.KpiFormats.PERIOD_START;
import static nl.rendement.app.importing.formats.KpiFormats.TEAM;
import static nl.rendement.app.importing.formats.KpiFormats.VALUE;
import static nl.rendement.app.importing.formats.KpiFormats.WEIGHT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.importing.formats.KpiFormats;
import nl.rendement.app.importing.formats.PersonColumns;
import nl.rendement.app.kpi.Kpi;
import nl.rendement.app.kpi.KpiDefinition;
import nl.rendement.app.kpi.KpiDefinitions;
import nl.rendement.app.kpi.KpiObservation;
import nl.rendement.app.kpi.ObservationKey;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.engine.measures.Aggregation;

/**
 * Reads the rows of one KPI observations file against the KPIs, teams and employees loaded once
 * for the whole file: a row becomes an observation, or problems that say why it cannot.
 */
final class ObservationRows {

    static final int PRECISION = 24;
    static final int SCALE = 6;

    private final Map<String, Kpi> kpis;
    private final Map<String, OrgUnit> teams;
    private final EmployeeIndex people;

    ObservationRows(Map<String, Kpi> kpis, Map<String, OrgUnit> teams, EmployeeIndex people) {
        this.kpis = kpis;
        this.teams = teams;
        this.people = people;
    }

    /** A row read: its observation, and its employee when it is a person's. */
    record Read(KpiObservation observation, Optional<Long> employeeId) {}

    /** The row's observation, or none when a problem keeps the row out. */
    Optional<Read> read(Row row, ImportPlan plan) {
        Optional<Subject> subject = subject(row, plan);
        Optional<Long> employeeId = subject.flatMap(Subject::employee).map(Employee::id);
        String code = row.text(KPI).orElseThrow();
        Optional<Kpi> kpi = Optional.ofNullable(kpis.get(code));
        if (kpi.isEmpty()) {
            plan.problem(row, KPI, code, employeeId, "importing.kpiObservations.unknownKpi", code);
        }
        LocalDate start = row.date(PERIOD_START).orElseThrow();
        BigDecimal value = row.decimal(VALUE).orElseThrow();
        Optional<BigDecimal> weight = row.decimal(WEIGHT);
        checkNumbers(row, plan, value, weight, employeeId);
        kpi.ifPresent(known -> checkAgainst(known.definition(), row, plan, start, weight, employeeId));
        subject.flatMap(Subject::employee)
                .ifPresent(employee -> kpi.ifPresent(known -> checkEmployment(known, employee, row, plan, start)));
        if (plan.hasProblem(row) || subject.isEmpty() || kpi.isEmpty()) {
            return Optional.empty();
        }
        ObservationKey key = new ObservationKey(kpi.get().id(), subject.get().key(), start);
        return Optional.of(new Read(new KpiObservation(key, value, weight), employeeId));
    }

    /** Whose value the row gives: a person's (matched by number or email) or a team's, never both. */
    private Optional<Subject> subject(Row row, ImportPlan plan) {
        Optional<String> number = row.text(PersonColumns.EMPLOYEE_NUMBER);
        Optional<String> email = row.text(PersonColumns.EMAIL);
        Optional<String> team = row.text(TEAM);
        if (team.isPresent() && (number.isPresent() || email.isPresent())) {
            plan.problem(row, TEAM, team.get(), Optional.empty(), "importing.kpiObservations.personAndTeam");
            return Optional.empty();
        }
        if (team.isPresent()) {
            Optional<OrgUnit> unit = Optional.ofNullable(teams.get(team.get()));
            if (unit.isEmpty()) {
                plan.problem(
                        row, TEAM, team.get(), Optional.empty(), "importing.kpiObservations.unknownTeam", team.get());
            }
            return unit.map(found -> new Subject(ObservationKey.Subject.team(found.id()), Optional.empty()));
        }
        if (number.isEmpty() && email.isEmpty()) {
            plan.problem(
                    row, PersonColumns.EMPLOYEE_NUMBER, "", Optional.empty(), "importing.kpiObservations.noSubject");
            return Optional.empty();
        }
        return plan.identify(row, PersonColumns.EMPLOYEE_NUMBER, PersonColumns.EMAIL, people.identity(number, email))
                .map(employee -> new Subject(ObservationKey.Subject.person(employee.id()), Optional.of(employee)));
    }

    private static void checkNumbers(
            Row row, ImportPlan plan, BigDecimal value, Optional<BigDecimal> weight, Optional<Long> employeeId) {
        if (!Numeric.fits(value, PRECISION, SCALE)) {
            plan.problem(row, VALUE, value.toPlainString(), employeeId, "importing.kpiObservations.tooPrecise");
        }
        weight.filter(w -> w.signum() < 0)
                .ifPresent(w -> plan.problem(
                        row, WEIGHT, w.toPlainString(), employeeId, "importing.kpiObservations.negativeWeight"));
        weight.filter(w -> !Numeric.fits(w, PRECISION, SCALE))
                .ifPresent(w -> plan.problem(
                        row, WEIGHT, w.toPlainString(), employeeId, "importing.kpiObservations.tooPrecise"));
    }

    /** The period start is the first day of the KPI's period; a ratio or weighted mean has its weight. */
    private static void checkAgainst(
            KpiDefinition kpi,
            Row row,
            ImportPlan plan,
            LocalDate start,
            Optional<BigDecimal> weight,
            Optional<Long> employeeId) {
        if (!kpi.startsPeriod(start)) {
            String period = KpiDefinitions.code(kpi.period());
            plan.problem(
                    row,
                    PERIOD_START,
                    start.toString(),
                    employeeId,
                    "importing.kpiObservations.notPeriodStart",
                    kpi.code(),
                    word(period, true),
                    word(period, false),
                    kpi.period().start(start));
        }
        if (kpi.aggregation() == Aggregation.RATIO_OF_SUMS
                && weight.filter(w -> w.signum() > 0).isEmpty()) {
            plan.problem(
                    row,
                    WEIGHT,
                    weight.map(BigDecimal::toPlainString).orElse(""),
                    employeeId,
                    "importing.kpiObservations.ratioNeedsWeight",
                    kpi.code());
        }
        if (kpi.aggregation() == Aggregation.WEIGHTED_MEAN && weight.isEmpty()) {
            plan.problem(row, WEIGHT, "", employeeId, "importing.kpiObservations.meanNeedsWeight", kpi.code());
        }
    }

    /** A person's value belongs to a period in which they worked here, at least in part. */
    private static void checkEmployment(Kpi kpi, Employee employee, Row row, ImportPlan plan, LocalDate start) {
        Optional<Long> id = Optional.of(employee.id());
        if (kpi.definition().period().end(start).isBefore(employee.hireDate())) {
            plan.problem(
                    row,
                    PERIOD_START,
                    start.toString(),
                    id,
                    "importing.kpiObservations.beforeHire",
                    employee.hireDate());
        }
        employee.exit()
                .filter(exit -> start.isAfter(exit.lastDay()))
                .ifPresent(exit -> plan.problem(
                        row,
                        PERIOD_START,
                        start.toString(),
                        id,
                        "importing.kpiObservations.afterExit",
                        exit.lastDay()));
    }

    private static String word(String period, boolean english) {
        return KpiFormats.PERIODS.stream()
                .filter(choice -> choice.code().equals(period))
                .findFirst()
                .map(choice ->
                        english ? choice.words().english() : choice.words().dutch())
                .orElseThrow();
    }

    /** A row's subject: its key and the person, if any. */
    private record Subject(ObservationKey.Subject key, Optional<Employee> employee) {}
}
