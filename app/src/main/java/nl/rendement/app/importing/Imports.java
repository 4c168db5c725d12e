package nl.rendement.app.importing;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.people.EmployeeErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data in, in three steps: a preview reads the file and stores what it would do and every problem;
 * a commit applies it in one transaction (all valid rows, or nothing); an undo takes a committed
 * import back whole. Nothing is applied by a preview, and a file with problems is applied only
 * when the user chooses to import its valid rows.
 */
@Service
public class Imports {

    private final ImportRecords records;
    private final LeaverImport leavers;

    Imports(ImportRecords records, LeaverImport leavers) {
        this.records = records;
        this.leavers = leavers;
    }

    /** Reads a leavers file and stores its preview: the planned changes and every problem. */
    @Transactional
    public ImportRecord previewLeavers(Path file, String fileName, String user) {
        return previewLeavers(file, fileName, user, Conventions.none());
    }

    /** As {@link #previewLeavers(Path, String, String)}, with what the uploader declares about numbers and dates. */
    @Transactional
    public ImportRecord previewLeavers(Path file, String fileName, String user, Conventions declared) {
        TableResult read = TabularReader.of(LeaverImport.SCHEMA).with(declared).read(file, fileName);
        if (read instanceof TableResult.Problems unreadable) {
            List<TableProblem> problems = unreadable.problems().shown();
            int rows = (int) problems.stream().map(TableProblem::row).distinct().count();
            long id = records.add(LeaverImport.KIND, fileName, user, 0, rows, new ImportRecord.Identities(0, 0, 0));
            problems.forEach(problem -> records.addProblem(id, problem, Optional.empty()));
            return records.byId(id).orElseThrow();
        }
        ImportPlan plan = leavers.plan(fileName, ((TableResult.Rows) read).rows());
        long id =
                records.add(LeaverImport.KIND, fileName, user, plan.rows(), plan.rowsWithProblems(), plan.identities());
        plan.problems().forEach(problem -> records.addProblem(id, problem.problem(), problem.employeeId()));
        plan.changes().forEach(change -> records.addChange(id, change));
        return records.byId(id).orElseThrow();
    }

    /** Applies a previewed import: all of it, or with {@code onlyValidRows} the rows without problems. */
    @Transactional
    public ImportRecord commit(long id, boolean onlyValidRows, String user) {
        ImportRecord record = previewed(id);
        if (record.rowsRead() == 0) {
            throw new ImportRefused("importing.commit.nothingToImport");
        }
        if (record.hasProblems() && !onlyValidRows) {
            throw new ImportRefused("importing.commit.hasProblems", record.rowsWithProblems());
        }
        for (PlannedChange change : records.changes(id)) {
            if (change.action() != PlannedChange.Action.SAME) {
                leavers.apply(change);
            }
        }
        records.settle(id, ImportState.COMMITTED, user, onlyValidRows);
        return records.byId(id).orElseThrow();
    }

    /** Sets a previewed import aside: nothing of it is applied. */
    @Transactional
    public ImportRecord discard(long id, String user) {
        previewed(id);
        records.settle(id, ImportState.DISCARDED, user, false);
        return records.byId(id).orElseThrow();
    }

    /** Takes a committed import back whole, last row first; refused (changing nothing) if its data changed since. */
    @Transactional
    public ImportRecord undo(long id, String user) {
        ImportRecord record = record(id);
        if (record.state() != ImportState.COMMITTED) {
            throw new ImportRefused("importing.undo.notCommitted", id);
        }
        records.changes(id).stream()
                .filter(change -> change.action() != PlannedChange.Action.SAME)
                .sorted(Comparator.comparingInt(PlannedChange::row).reversed())
                .forEach(leavers::revert);
        records.undone(id, user);
        return records.byId(id).orElseThrow();
    }

    public Optional<ImportRecord> byId(long id) {
        return records.byId(id);
    }

    public List<ImportRecord> history() {
        return records.history();
    }

    public List<TableProblem> problems(long id) {
        return records.problems(id);
    }

    /** How many rows of the import add, change or keep a value. */
    public Changes changes(long id) {
        List<PlannedChange> all = records.changes(id);
        return new Changes(
                count(all, PlannedChange.Action.ADD),
                count(all, PlannedChange.Action.CHANGE),
                count(all, PlannedChange.Action.SAME));
    }

    /** Erasing an employee removes them from every import: their changes, kept old values and problems. */
    @EventListener
    void on(EmployeeErased erased) {
        records.forget(erased.employeeId());
    }

    public record Changes(int added, int changed, int same) {}

    private ImportRecord previewed(long id) {
        ImportRecord record = record(id);
        if (record.state() != ImportState.PREVIEWED) {
            throw new ImportRefused("importing.commit.notPreviewed", id);
        }
        return record;
    }

    private ImportRecord record(long id) {
        return records.byId(id).orElseThrow(() -> new ImportRefused("importing.noSuchImport", id));
    }

    private static int count(List<PlannedChange> changes, PlannedChange.Action action) {
        return (int)
                changes.stream().filter(change -> change.action() == action).count();
    }
}
