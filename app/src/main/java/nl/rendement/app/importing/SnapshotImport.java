package nl.rendement.app.importing;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.importing.formats.PeopleFormats;
import nl.rendement.app.organisation.Organisation;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.EmployeeAttributes;
import nl.rendement.app.people.EmployeeErased;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.people.UnitReach;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * HR snapshots: per row an employee (by employee number or email) as HR knows them on the
 * snapshot date ({@link SnapshotDate}): hire date, unit, job group, manager, salary, FTE and
 * contract hours.
 *
 * <ul>
 *   <li>A stored employee whose period on the snapshot date says the same is nothing to do
 *       ('same'). When it says something else, the snapshot adds history ('change', the period as
 *       it was kept for undo): that period ends the day before the snapshot date and a new one
 *       starts on it, lasting as long as the old one did (so a snapshot of a past day keeps what
 *       came after it); a period that starts on the snapshot date itself is corrected in place.
 *       Undo puts the period back and removes the new one.
 *   <li>A row whose number and email match no one adds a new employee ('add') with a generated
 *       pseudonym. Their first period starts on their hire date, not the snapshot date: the store
 *       keeps every employee's attributes from their hire date on (a day they worked without a
 *       period would drop them from every count), and the snapshot is the best knowledge of those
 *       days there is. Undo removes them, refused while they are referred to since (as a manager,
 *       a participant, by another committed import).
 *   <li>A hire date other than the stored one is a problem: an HR snapshot does not correct hire
 *       dates. So are a person hired after the snapshot date or gone before it, and an employee
 *       number and email that point at different employees.
 *   <li>The manager is an employee number or email of a stored employee employed on the snapshot
 *       date or of a newcomer in the same file; newcomers are added managers first.
 *   <li>In a full snapshot, everyone employed on the snapshot date whom no row names is a notice:
 *       a possible leaver, shown by pseudonym, never changed.
 * </ul>
 *
 * <p>Values name units by code and managers by pseudonym; erasing a manager removes their
 * pseudonym from every kept value, as erasure removes them from the periods.
 */
@Component
class SnapshotImport implements KindImport {

    private final Employees employees;
    private final OrgUnits units;
    private final ImportRecords records;
    private final Organisation organisation;
    private final PeriodValues values;
    private final Newcomers newcomers;
    private final RandomGenerator random = new SecureRandom();

    SnapshotImport(Employees employees, OrgUnits units, ImportRecords records, Organisation organisation) {
        this.employees = employees;
        this.units = units;
        this.records = records;
        this.organisation = organisation;
        this.values = PeriodValues.live(employees, units);
        this.newcomers = new Newcomers(employees, records, values);
    }

    @Override
    public ImportFormat format() {
        return PeopleFormats.HR_SNAPSHOT;
    }

    @Override
    public long held() {
        return employees.count(false);
    }

    @Override
    public void plan(List<Row> rows, ImportPlan plan, ImportOptions options) {
        Optional<LocalDate> day = rows.isEmpty() ? Optional.empty() : SnapshotDate.of(rows, plan, options);
        if (day.isEmpty()) {
            return;
        }
        Map<String, OrgUnit> byCode =
                units.all().stream().collect(Collectors.toMap(OrgUnit::code, Function.identity()));
        Currency currency = organisation.settings().reportingCurrency();
        EmployeeIndex people = EmployeeIndex.of(employees);
        SnapshotRows reader = new SnapshotRows(people, byCode, currency, random, day.get(), plan);
        List<SnapshotRow> read = reader.read(rows);
        PeriodValues stored = PeriodValues.readOnce(employees, units, people);
        keepWithin(options.reach(), read, byCode, stored, day.get(), plan);
        Managers managers = new Managers(people, day.get(), plan, read);
        managers.resolve();
        for (SnapshotRow row : managers.newcomersManagersFirst()) {
            if (!plan.hasProblem(row.row())) {
                PeriodValue period = row.period().withManager(managers.of(row));
                LocalDate hired = row.row().date(SnapshotRows.HIRE_DATE).orElseThrow();
                String value = new NewcomerValue(row.pseudonym(), row.number(), row.email(), hired, period).written();
                plan.change(row.row(), row.pseudonym(), Optional.empty(), Optional.empty(), value);
            }
        }
        for (SnapshotRow row : read) {
            if (row.stored().isPresent() && !plan.hasProblem(row.row())) {
                planPeriod(row.row(), row.stored().get(), row.period().withManager(managers.of(row)), stored, plan);
            }
        }
        if (options.fullSnapshot()) {
            possibleLeavers(day.get(), reader.mentioned(), plan);
        }
    }

    /** A row names the employee's unit, so a snapshot can be kept within some units. */
    @Override
    public boolean limitsToUnits() {
        return true;
    }

    /**
     * Within a limited reach, a row about someone outside it is a problem: the unit the row puts
     * them in, and for a stored employee the unit they are in on the snapshot date, must both be
     * reached, so that a limited sender can neither describe nor move anyone else.
     */
    private static void keepWithin(
            UnitReach reach,
            List<SnapshotRow> read,
            Map<String, OrgUnit> byCode,
            PeriodValues stored,
            LocalDate day,
            ImportPlan plan) {
        if (reach.everyUnit()) {
            return;
        }
        for (SnapshotRow row : read) {
            if (plan.hasProblem(row.row())) {
                continue;
            }
            Optional<String> now = row.stored()
                    .flatMap(employee -> stored.on(employee.id(), day))
                    .map(PeriodValue::unit);
            boolean outside = Stream.concat(Stream.of(row.period().unit()), now.stream())
                    .anyMatch(code -> !Optional.ofNullable(byCode.get(code))
                            .map(unit -> reach.includes(unit.id()))
                            .orElse(false));
            if (outside) {
                plan.problem(
                        row.row(),
                        SnapshotRows.UNIT,
                        row.row().text(SnapshotRows.UNIT).orElse(""),
                        row.employeeId(),
                        "importing.problem.outsideUnits");
            }
        }
    }

    /** Adds the newcomer, or the history of a stored employee, unless it changed since the preview. */
    @Override
    public void apply(PlannedChange change, String user) {
        apply(List.of(change), user);
    }

    /**
     * Adds the newcomers and the history of stored employees, each unless it changed since the
     * preview, reading the employees, units and periods once for the whole commit.
     */
    @Override
    public void apply(List<PlannedChange> changes, String user) {
        EmployeeIndex people = EmployeeIndex.of(employees);
        PeriodValues read = PeriodValues.readOnce(employees, units, people);
        NewcomerHires hires = new NewcomerHires(employees, people, read);
        Map<LocalDate, Map<Long, EmployeeAttributes>> splits = new TreeMap<>();
        for (PlannedChange change : changes) {
            if (change.oldValue().isEmpty()) {
                hires.add(change);
            } else {
                hires.hireWaiting();
                applyHistory(change, read, splits);
            }
        }
        hires.hireWaiting();
        splits.forEach(employees::split);
        records.claim(hires.claims());
    }

    /** Corrects the period in place, or keeps the split for the end of the commit (so that splits are written in batches). */
    private void applyHistory(
            PlannedChange change, PeriodValues read, Map<LocalDate, Map<Long, EmployeeAttributes>> splits) {
        PeriodValue old = PeriodValue.parse(change.oldValue().orElseThrow());
        PeriodValue next = PeriodValue.parse(change.newValue());
        long id = change.employee();
        Optional<EmployeeAttributes> attributes = read.attributes(next);
        if (!written(read.on(id, next.from())).equals(Optional.of(old.written())) || attributes.isEmpty()) {
            throw new ImportRefused("importing.commit.changedSince", change.row());
        }
        read.written(id);
        if (old.from().equals(next.from())) {
            employees.correct(id, next.from(), attributes.get());
        } else {
            splits.computeIfAbsent(next.from(), day -> new LinkedHashMap<>()).put(id, attributes.get());
        }
    }

    /** Removes the newcomer or puts the period back, unless what the import wrote changed since. */
    @Override
    public void revert(PlannedChange change, String user) {
        if (change.oldValue().isEmpty()) {
            newcomers.unhire(change);
            return;
        }
        PeriodValue old = PeriodValue.parse(change.oldValue().get());
        PeriodValue next = PeriodValue.parse(change.newValue());
        long id = change.employee();
        boolean split = !old.from().equals(next.from());
        Optional<String> before = split ? written(values.on(id, next.from().minusDays(1))) : Optional.empty();
        Optional<String> splitOff = split
                ? Optional.of(old.dated(old.from(), Optional.of(next.from())).written())
                : Optional.empty();
        Optional<EmployeeAttributes> attributes = values.attributes(old);
        if (!written(values.on(id, next.from())).equals(Optional.of(next.written()))
                || !before.equals(splitOff)
                || attributes.isEmpty()) {
            throw new ImportRefused("importing.undo.changedSince", change.row());
        }
        if (split) {
            employees.join(id, next.from());
        } else {
            employees.correct(id, old.from(), attributes.get());
        }
    }

    /**
     * Erasing someone removes them where a snapshot names them as a manager: their pseudonym from
     * every kept value (as their periods lose the link) and the problems whose manager cell shows
     * their number or email.
     */
    @EventListener
    void on(EmployeeErased erased) {
        employees.byId(erased.employeeId()).ifPresent(manager -> {
            records.removeFromValues(PeriodValue.managerField(manager.pseudonym()));
            records.forgetProblemsShowing(Stream.of(manager.employeeNumber(), manager.email())
                    .flatMap(Optional::stream)
                    .toList());
        });
    }

    private void planPeriod(Row row, Employee employee, PeriodValue file, PeriodValues stored, ImportPlan plan) {
        LocalDate day = file.from();
        PeriodValue now = stored.on(employee.id(), day)
                .orElseThrow(() -> new IllegalStateException("Employee " + employee.id() + " has no period on " + day));
        PeriodValue next = now.sameAttributes(file) ? now : file.dated(day, now.to());
        plan.change(row, employee.pseudonym(), Optional.of(employee.id()), Optional.of(now.written()), next.written());
    }

    private void possibleLeavers(LocalDate day, Set<Long> mentioned, ImportPlan plan) {
        employees.employedOn(day, UnitReach.EVERY_UNIT).stream()
                .map(Employees.Snapshot::employee)
                .filter(employee -> !mentioned.contains(employee.id()))
                .forEach(employee -> plan.notice(
                        0,
                        "",
                        employee.pseudonym(),
                        Optional.of(employee.id()),
                        "importing.hr-snapshot.possibleLeaver",
                        day));
    }

    private static Optional<String> written(Optional<PeriodValue> value) {
        return value.map(PeriodValue::written);
    }
}
