package nl.rendement.app.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The demo's people as HR exports them, in the import formats (English headers): the org units,
 * then the history as HR snapshots that are not full (each lists only the people it tells
 * something new), one per day, in date order, then the leavers. A snapshot adds a newcomer with
 * its values from their hire date on and keeps a known person's changed values from its date on,
 * so every period is told on one day ({@link #snapshotDate}) and the stored history is the
 * generated one.
 */
final class DemoPeopleFiles {

    static final String ORG_UNITS = "demo-org-units.csv";
    static final String LEAVERS = "demo-leavers.csv";
    static final String CURRENCY = "EUR";

    static final List<String> SNAPSHOT_HEADER = List.of(
            "employee number",
            "email",
            "snapshot date",
            "hire date",
            "org unit",
            "job group",
            "manager",
            "annual salary",
            "currency",
            "fte",
            "contract hours");

    private DemoPeopleFiles() {}

    /** The org units, the snapshots in date order and the leavers. */
    static List<DemoFile> of(DemoOrganisation organisation) {
        List<DemoFile> files = new ArrayList<>();
        files.add(new DemoFile("org-units", ORG_UNITS, units(organisation)));
        snapshots(organisation)
                .forEach((day, rows) -> files.add(new DemoFile("hr-snapshot", snapshotName(day), DemoCsv.csv(writer -> {
                    writer.writeRecord(SNAPSHOT_HEADER);
                    rows.forEach(writer::writeRecord);
                }))));
        files.add(new DemoFile("leavers", LEAVERS, leavers(organisation)));
        return files;
    }

    static String snapshotName(LocalDate day) {
        return "demo-hr-snapshot-" + day + ".csv";
    }

    /**
     * The day a snapshot tells a period of a person: the day before the history for the state of
     * those hired before it (so that changes on the history's first day have a day of their own);
     * its first day for a change, always the 1st of a month; for a hire during the history, the
     * hire date when it is a 1st, else the month's last day (no one changes or leaves in their hire
     * month, so that day's state is the hire state, and the newcomer is added with it from the
     * hire date on).
     */
    static LocalDate snapshotDate(DemoOrganisation.Person person, int period, DemoSpec spec) {
        LocalDate from = person.periods().get(period).from();
        LocalDate historyStarts = spec.firstMonth().atDay(1);
        if (from.isBefore(historyStarts)) {
            return historyStarts.minusDays(1);
        }
        if (from.getDayOfMonth() == 1) {
            return from;
        }
        if (period > 0) {
            throw new IllegalStateException("A demo change falls on " + from + ", not on the 1st of a month");
        }
        return from.withDayOfMonth(from.lengthOfMonth());
    }

    /** Each snapshot's rows by its day, in date order; every person in the order of the organisation. */
    private static Map<LocalDate, List<List<String>>> snapshots(DemoOrganisation organisation) {
        Map<LocalDate, List<List<String>>> byDay = new TreeMap<>();
        for (DemoOrganisation.Person person : organisation.people()) {
            LocalDate previous = LocalDate.MIN;
            for (int index = 0; index < person.periods().size(); index++) {
                LocalDate day = snapshotDate(person, index, organisation.spec());
                if (!day.isAfter(previous)) {
                    throw new IllegalStateException("Two periods of a demo person fall to the snapshot of " + day);
                }
                previous = day;
                byDay.computeIfAbsent(day, none -> new ArrayList<>())
                        .add(row(person, person.periods().get(index), day));
            }
        }
        return byDay;
    }

    private static List<String> row(DemoOrganisation.Person person, DemoOrganisation.Period period, LocalDate day) {
        return List.of(
                person.employeeNumber(),
                person.email(),
                day.toString(),
                person.hireDate().toString(),
                period.unitCode(),
                period.jobGroup(),
                period.managerNumber().orElse(""),
                plain(period.annualSalary()),
                CURRENCY,
                plain(period.fte()),
                plain(period.contractHours()));
    }

    private static byte[] units(DemoOrganisation organisation) {
        return DemoCsv.csv(writer -> {
            writer.writeRecord("code", "name", "kind", "parent code", "valid from");
            organisation
                    .units()
                    .forEach(unit -> writer.writeRecord(
                            unit.code(),
                            unit.name(),
                            DemoFile.word(unit.kind().name()),
                            unit.parentCode().orElse(""),
                            DemoLoader.UNITS_FROM.toString()));
        });
    }

    private static byte[] leavers(DemoOrganisation organisation) {
        return DemoCsv.csv(writer -> {
            writer.writeRecord("employee number", "exit date", "reason");
            organisation
                    .people()
                    .forEach(person -> person.exit()
                            .ifPresent(exit -> writer.writeRecord(
                                    person.employeeNumber(),
                                    exit.lastDay().toString(),
                                    DemoFile.word(exit.reason().name()))));
        });
    }

    /** A number without trailing zeros: {@code 1}, {@code 0.8}, {@code 28.8}. */
    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
