package nl.rendement.app.importing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.people.EmployeeErased;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Data in, in three steps: a preview reads the file and stores what it would do and every problem;
 * a commit applies it in one transaction (all valid rows, or nothing); an undo takes a committed
 * import back whole. Nothing is applied by a preview, and a file with problems is applied only
 * when the user chooses to import its valid rows.
 */
@Service
public class Imports {

    private final ImportRecords records;
    private final Map<String, ImportKind> kinds;
    private final ApplicationEventPublisher events;
    private final CommitCheckpoints checkpoints;
    private final TransactionTemplate transactions;

    Imports(
            ImportRecords records,
            List<ImportKind> kinds,
            ApplicationEventPublisher events,
            CommitCheckpoints checkpoints,
            PlatformTransactionManager transactionManager) {
        this.records = records;
        this.events = events;
        this.checkpoints = checkpoints;
        this.transactions = new TransactionTemplate(transactionManager);
        this.kinds = kinds.stream()
                .collect(Collectors.toUnmodifiableMap(kind -> kind.format().kind(), kind -> kind));
    }

    /** The format of a kind that can be uploaded. */
    public ImportFormat format(String kind) {
        return kind(kind).format();
    }

    /** How many of each kind Rendement holds now, by the kind's code. */
    public Map<String, Long> held() {
        return kinds.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, kind -> kind.getValue().held()));
    }

    /** Whether an import of the kind can be limited to some org units (see {@link ImportOptions#reach()}). */
    public boolean limitsToUnits(String kind) {
        return kind(kind).limitsToUnits();
    }

    /** The kinds of data that can be uploaded, by their code. */
    public Set<String> kinds() {
        return kinds.keySet();
    }

    /** Reads a file of this kind and stores its preview: the planned changes and every problem. */
    @Transactional
    public ImportRecord preview(String kind, Path file, String fileName, String user) {
        return preview(kind, file, fileName, user, ImportOptions.none());
    }

    /**
     * As {@link #preview(String, Path, String, String)}, with what the uploader says about the
     * file: its conventions, its header mapping and, for an HR snapshot, its date and fullness.
     * Starts and reads in one transaction: a refusal leaves no record.
     */
    @Transactional
    public ImportRecord preview(String kind, Path file, String fileName, String user, ImportOptions options) {
        return read(start(kind, fileName, user, options), file, options, ImportProgress.none());
    }

    /**
     * The first half of a preview that runs in the background: checks that the options suit the
     * kind and stores the import as {@link ImportState#READING}, so that a page can show it while
     * {@link #read} runs. Refused (storing nothing) when the options do not suit the kind.
     */
    @Transactional
    public long start(String kind, String fileName, String user, ImportOptions options) {
        ImportKind importer = kind(kind);
        if (!options.reach().everyUnit()) {
            if (!importer.limitsToUnits()) {
                throw new ImportRefused("importing.reach.kind");
            }
            if (options.fullSnapshot()) {
                throw new ImportRefused("importing.reach.full");
            }
        }
        return records.add(kind, fileName, user, options.mapping());
    }

    /**
     * The second half: reads the file of an import being read, stores the planned changes and every
     * problem, and makes it {@link ImportState#PREVIEWED}; tells how far it is while it runs.
     */
    @Transactional
    public ImportRecord read(long id, Path file, ImportOptions options, ImportProgress progress) {
        ImportRecord record = record(id);
        if (record.state() != ImportState.READING) {
            throw new ImportRefused("importing.read.notReading", id);
        }
        ImportKind importer = kind(record.kind());
        progress.at(ImportProgress.Phase.READING, 0, 0);
        TabularReader reader = TabularReader.of(importer.format().schema())
                .with(options.conventions())
                .mapped(options.mapping());
        if (importer instanceof StagedImport staged) {
            ImportPlan plan = new ImportPlan(record.fileName(), 0);
            StagedImport.Staging staging = staged.stage(id, reader, file, plan, progress);
            return staging.unreadable().isEmpty()
                    ? planned(id, plan, List.of(), staging.counts())
                    : unreadable(id, staging.unreadable().shown());
        }
        TableResult read = reader.read(file, record.fileName(), progress);
        if (read instanceof TableResult.Problems unreadable) {
            return unreadable(id, unreadable.problems().shown());
        }
        List<Row> rows = ((TableResult.Rows) read).rows();
        ImportPlan plan = new ImportPlan(record.fileName(), rows.size());
        ((KindImport) importer).plan(rows, plan, options);
        progress.at(ImportProgress.Phase.CHECKING, rows.size(), rows.size());
        return planned(id, plan, plan.changes(), Changes.counted(plan.changes()));
    }

    /** Stores what a plan found: the counts, the problems and the planned changes, and the import is previewed. */
    private ImportRecord planned(long id, ImportPlan plan, List<PlannedChange> changes, Changes actions) {
        records.read(id, plan.rows(), plan.rowsWithProblems(), plan.identities(), actions);
        records.addProblems(id, plan.problems());
        records.addChanges(id, changes);
        return records.byId(id).orElseThrow();
    }

    /** Stores the problems that keep a whole file from being read; nothing of it can be imported. */
    private ImportRecord unreadable(long id, List<TableProblem> problems) {
        int rows = (int) problems.stream().map(TableProblem::row).distinct().count();
        records.read(id, 0, rows, new ImportRecord.Identities(0, 0, 0), new Changes(0, 0, 0));
        records.addProblems(
                id,
                problems.stream()
                        .map(problem -> new ImportPlan.Problem(problem, Optional.empty(), false))
                        .toList());
        return records.byId(id).orElseThrow();
    }

    /**
     * Marks an import whose reading or commit stopped before its end (its background task failed)
     * as interrupted; an import in any other state is left as it is.
     */
    @Transactional
    public void interrupted(long id) {
        records.interrupt(id);
    }

    /** Applies a previewed import: all of it, or with {@code onlyValidRows} the rows without problems. */
    public ImportRecord commit(long id, boolean onlyValidRows, String user) {
        return commit(id, onlyValidRows, user, ImportProgress.none());
    }

    /**
     * As {@link #commit(long, boolean, String)}, telling how far it is while it runs. Outside a
     * caller's transaction the import is first marked {@link ImportState#COMMITTING} in a
     * transaction of its own, then applied in one transaction: a crash leaves stored data as it was
     * and the mark behind, which the next start turns into {@link ImportState#INTERRUPTED} (see
     * {@link InterruptedImports}); a refusal or failure takes the mark back. Inside a caller's
     * transaction (the demo loader's) it is applied as part of that one.
     */
    public ImportRecord commit(long id, boolean onlyValidRows, String user, ImportProgress progress) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return apply(committable(id, onlyValidRows), onlyValidRows, user, progress);
        }
        ImportRecord record = transactions.execute(claim -> {
            ImportRecord committable = committable(id, onlyValidRows);
            records.committing(id);
            return committable;
        });
        try {
            return transactions.execute(apply -> {
                ImportRecord committed = apply(record, onlyValidRows, user, checkpoints.watching(id, progress));
                checkpoints.reached(id, CommitCheckpoints.Point.LAST_BATCH_BEFORE_COMMIT);
                return committed;
            });
        } catch (RuntimeException failed) {
            transactions.executeWithoutResult(back -> records.notCommitted(id));
            throw failed;
        }
    }

    /** Applies an import found committable, in the caller's transaction. */
    private ImportRecord apply(ImportRecord record, boolean onlyValidRows, String user, ImportProgress progress) {
        long id = record.id();
        ImportKind importer = kind(record.kind());
        if (importer instanceof StagedImport staged) {
            staged.commit(id, records.actions(id), progress);
        } else {
            List<PlannedChange> changes = applicable(records.changes(id));
            progress.at(ImportProgress.Phase.COMMITTING, 0, changes.size());
            ((KindImport) importer).apply(changes, user);
            progress.at(ImportProgress.Phase.COMMITTING, changes.size(), changes.size());
        }
        records.settle(id, ImportState.COMMITTED, user, onlyValidRows);
        events.publishEvent(new ImportApplied(id, record.kind(), user));
        return records.byId(id).orElseThrow();
    }

    /** The import, when it can be committed as asked: previewed (or interrupted), with rows, and without problems unless only valid rows go. */
    private ImportRecord committable(long id, boolean onlyValidRows) {
        ImportRecord record = previewed(id);
        if (record.rowsRead() == 0) {
            throw new ImportRefused("importing.commit.nothingToImport");
        }
        if (record.hasProblems() && !onlyValidRows) {
            throw new ImportRefused("importing.commit.hasProblems", record.rowsWithProblems());
        }
        return record;
    }

    /** Sets a previewed import aside: nothing of it is applied. */
    @Transactional
    public ImportRecord discard(long id, String user) {
        previewed(id);
        records.settle(id, ImportState.DISCARDED, user, false);
        return records.byId(id).orElseThrow();
    }

    /** Takes a committed import back whole, last change first; refused (changing nothing) if its data changed since. */
    @Transactional
    public ImportRecord undo(long id, String user) {
        ImportRecord record = record(id);
        if (record.state() != ImportState.COMMITTED) {
            throw new ImportRefused("importing.undo.notCommitted", id);
        }
        ImportKind importer = kind(record.kind());
        if (importer instanceof StagedImport staged) {
            staged.undo(id, records.actions(id));
        } else {
            List<PlannedChange> applied = new ArrayList<>(applicable(records.changes(id)));
            Collections.reverse(applied);
            ((KindImport) importer).revert(applied, user);
        }
        records.undone(id, user);
        events.publishEvent(new ImportApplied(id, record.kind(), user));
        return records.byId(id).orElseThrow();
    }

    public Optional<ImportRecord> byId(long id) {
        return records.byId(id);
    }

    public List<ImportRecord> history() {
        return records.history();
    }

    public List<TableProblem> problems(long id) {
        return records.problems(id, false);
    }

    /** What the import tells without it being a problem, such as possible leavers. */
    public List<TableProblem> notices(long id) {
        return records.problems(id, true);
    }

    /** The rows whose stored value the import changes (or changed), each with the value before and after. */
    public List<Changed> changed(long id) {
        return changed(id, Integer.MAX_VALUE);
    }

    /**
     * The first {@code first} rows (in file order) whose stored value the import changes: what a page
     * shows of an import that may change a million values (the changes download has them all).
     */
    public List<Changed> changed(long id, int first) {
        Optional<StagedImport> staged = staged(id);
        if (staged.isPresent()) {
            return records.actions(id).changed() == 0 ? List.of() : staged.get().changed(id, first);
        }
        return records.changes(id).stream()
                .filter(change -> change.action() == PlannedChange.Action.CHANGE)
                .limit(first)
                .map(change -> new Changed(
                        change.row(),
                        change.subject(),
                        change.oldValue().map(ImportValue::shown).orElse(""),
                        ImportValue.shown(change.newValue())))
                .toList();
    }

    /** How many rows of the import add, change or keep a value. */
    public Changes changes(long id) {
        return records.actions(id);
    }

    /** Erasing an employee removes them from every import: their changes, kept old values and problems. */
    @EventListener
    void on(EmployeeErased erased) {
        records.forget(erased.employeeId());
    }

    public record Changes(int added, int changed, int same) {

        /** The counts of planned changes by action. */
        static Changes counted(List<PlannedChange> changes) {
            Map<PlannedChange.Action, Integer> counts = new EnumMap<>(PlannedChange.Action.class);
            changes.forEach(change -> counts.merge(change.action(), 1, Integer::sum));
            return of(counts);
        }

        /** The counts by action (an action none has is absent). */
        static Changes of(Map<PlannedChange.Action, Integer> counts) {
            return new Changes(
                    counts.getOrDefault(PlannedChange.Action.ADD, 0),
                    counts.getOrDefault(PlannedChange.Action.CHANGE, 0),
                    counts.getOrDefault(PlannedChange.Action.SAME, 0));
        }
    }

    /** A changed value as the preview shows it. */
    public record Changed(int row, String subject, String before, String after) {}

    /** The import, when it can be committed or set aside: previewed, or interrupted (nothing of it was applied). */
    private ImportRecord previewed(long id) {
        ImportRecord record = record(id);
        if (record.state() != ImportState.PREVIEWED && record.state() != ImportState.INTERRUPTED) {
            throw new ImportRefused("importing.commit.notPreviewed", id);
        }
        return record;
    }

    /** The import's kind when it stages its rows (then its changes are read from there). */
    Optional<StagedImport> staged(long id) {
        return records.byId(id)
                .map(record -> kinds.get(record.kind()))
                .filter(StagedImport.class::isInstance)
                .map(StagedImport.class::cast);
    }

    private ImportKind kind(String kind) {
        ImportKind importer = kinds.get(kind);
        if (importer == null) {
            throw new ImportRefused("importing.noSuchKind", kind);
        }
        return importer;
    }

    private ImportRecord record(long id) {
        return records.byId(id).orElseThrow(() -> new ImportRefused("importing.noSuchImport", id));
    }

    /** The changes that do something: adds and changes, not the 'same' ones. */
    private static List<PlannedChange> applicable(List<PlannedChange> changes) {
        return changes.stream()
                .filter(change -> change.action() != PlannedChange.Action.SAME)
                .toList();
    }
}
