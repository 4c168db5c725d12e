package nl.rendement.app.importing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.importing.formats.PeopleFormats;

/**
 * The day an HR snapshot describes: its {@code snapshot date} column, the same in every row that
 * fills it, or, when the file lacks that column (or leaves it blank), the date given on upload. A
 * file with neither, or whose date differs from the one given on upload, is a problem for the
 * whole file; a row with another date is a problem of that row.
 */
final class SnapshotDate {

    static final Column COLUMN = PeopleFormats.SNAPSHOT_DATE;

    private SnapshotDate() {}

    static Optional<LocalDate> of(List<Row> rows, ImportPlan plan, ImportOptions options) {
        Optional<LocalDate> first = rows.stream()
                .map(row -> row.date(COLUMN))
                .flatMap(Optional::stream)
                .findFirst();
        Optional<LocalDate> given = options.snapshotDate();
        if (first.isEmpty() && given.isEmpty()) {
            plan.fileProblem(rows, COLUMN.english(), "", "importing.hr-snapshot.noDate");
            return Optional.empty();
        }
        if (first.isPresent() && given.filter(day -> !day.equals(first.get())).isPresent()) {
            plan.fileProblem(
                    rows,
                    rows.get(0).header(COLUMN),
                    first.get().toString(),
                    "importing.hr-snapshot.dateConflict",
                    first.get(),
                    given.get());
            return Optional.empty();
        }
        first.ifPresent(day -> rows.forEach(row -> row.date(COLUMN)
                .filter(written -> !written.equals(day))
                .ifPresent(written -> plan.problem(
                        row, COLUMN, written.toString(), Optional.empty(), "importing.hr-snapshot.otherDate", day))));
        return first.or(() -> given);
    }
}
