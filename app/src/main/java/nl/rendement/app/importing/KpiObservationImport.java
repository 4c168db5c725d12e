package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.KpiFormats.PERIOD_START;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.importing.formats.KpiFormats;
import nl.rendement.app.kpi.KpiDefinitions;
import nl.rendement.app.kpi.KpiObservation;
import nl.rendement.app.kpi.KpiObservations;
import nl.rendement.app.kpi.ObservationKey;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.OrgUnits;
import org.springframework.stereotype.Component;

/**
 * KPI observations, each known by its KPI, its person or team and its period start: a new key adds
 * a value, another value or weight changes it (the old one kept for undo). Files hold millions of
 * rows, so the preview streams the file, reads KPIs, teams and people once, reads a KPI's stored
 * observations the first time a row names it, and stages each checked row through the database's
 * bulk path ({@link ObservationStage}); the commit moves them in chunks of rows.
 */
@Component
class KpiObservationImport implements StagedImport {

    /** The rows checked between two reports of progress. */
    private static final int TOLD_EVERY = 10_000;

    private final KpiDefinitions definitions;
    private final KpiObservations observations;
    private final Employees employees;
    private final OrgUnits units;
    private final ObservationStage stage;

    KpiObservationImport(
            KpiDefinitions definitions,
            KpiObservations observations,
            Employees employees,
            OrgUnits units,
            ObservationStage stage) {
        this.definitions = definitions;
        this.observations = observations;
        this.employees = employees;
        this.units = units;
        this.stage = stage;
    }

    @Override
    public ImportFormat format() {
        return KpiFormats.KPI_OBSERVATIONS;
    }

    @Override
    public long held() {
        return observations.count();
    }

    @Override
    public Staging stage(long importId, TabularReader reader, Path file, ImportPlan plan, ImportProgress progress) {
        ObservationValues values = values();
        ObservationRows rows = new ObservationRows(values.kpis(), values.teams(), EmployeeIndex.of(employees));
        Map<Long, Map<ObservationKey, KpiObservation>> stored = new HashMap<>();
        Set<ObservationKey> seen = new HashSet<>();
        Map<PlannedChange.Action, Integer> counts = new EnumMap<>(PlannedChange.Action.class);
        int[] read = {0};
        AtomicInteger total = new AtomicInteger();
        TableProblems problems;
        ObservationStage.Writer writer = stage.writer(importId);
        try {
            problems = ReadAhead.readEach(
                    reader,
                    file,
                    plan.file(),
                    progress,
                    counted -> {
                        total.set(counted);
                        progress.at(ImportProgress.Phase.CHECKING, 0, counted);
                    },
                    row -> {
                        if (++read[0] % TOLD_EVERY == 0) {
                            progress.at(ImportProgress.Phase.CHECKING, read[0], total.get());
                        }
                        rows.read(row, plan).ifPresent(checked -> {
                            KpiObservation observation = checked.observation();
                            ObservationKey key = observation.key();
                            if (!seen.add(key)) {
                                plan.problem(
                                        row,
                                        PERIOD_START,
                                        key.periodStart().toString(),
                                        checked.employeeId(),
                                        "importing.kpiObservations.duplicate");
                                return;
                            }
                            if (!stored.containsKey(key.kpiId())) {
                                writer.flush();
                                stored.put(key.kpiId(), observations.ofKpis(List.of(key.kpiId())));
                            }
                            Optional<KpiObservation> old =
                                    Optional.ofNullable(stored.get(key.kpiId()).get(key));
                            PlannedChange.Action action = action(values, old, observation);
                            counts.merge(action, 1, Integer::sum);
                            writer.add(new ObservationStage.Staged(row.number(), action, observation, old));
                        });
                    });
            writer.close();
        } catch (RuntimeException failed) {
            writer.abort();
            throw failed;
        }
        if (problems.isEmpty()) {
            stage.analyse();
        } else {
            stage.remove(importId);
            counts.clear();
        }
        plan.rowsRead(read[0]);
        progress.at(ImportProgress.Phase.CHECKING, read[0], read[0]);
        return new Staging(problems, Imports.Changes.of(counts));
    }

    @Override
    public List<Imports.Changed> changed(long importId, int first) {
        List<Imports.Changed> changed = new ArrayList<>();
        shown(
                importId,
                Optional.of(PlannedChange.Action.CHANGE),
                first,
                row -> changed.add(new Imports.Changed(row.row(), row.subject(), row.before(), row.after())));
        return changed;
    }

    @Override
    public void each(long importId, Consumer<StagedChange> rows) {
        shown(importId, Optional.empty(), Integer.MAX_VALUE, rows);
    }

    /** The import's first staged rows of one action (all when empty), in file order, as its record shows them. */
    private void shown(long importId, Optional<PlannedChange.Action> action, int first, Consumer<StagedChange> rows) {
        ObservationValues values = values();
        stage.each(importId, action, first, read -> {
            ObservationStage.Staged staged = read.staged();
            rows.accept(new StagedChange(
                    staged.row(),
                    values.subject(staged.observation().key(), read.pseudonym()),
                    staged.action(),
                    staged.old().map(old -> shown(values, old)).orElse(""),
                    shown(values, staged.observation())));
        });
    }

    /**
     * Moves the staged rows into place a chunk of file rows at a time, telling the progress after
     * each; with many adds on PostgreSQL, the foreign keys are checked once for the whole table.
     */
    @Override
    public void commit(long importId, Imports.Changes counts, ImportProgress progress) {
        ObservationStage.Dropped dropped = stage.dropKeys(counts);
        chunks(importId, progress, counts, stage::addRows, stage::changeRows);
        stage.restoreKeys(dropped);
    }

    /** Takes the adds and changes back a chunk at a time; a kind of row the import has none of is not looked for. */
    @Override
    public void undo(long importId, Imports.Changes counts) {
        chunks(importId, ImportProgress.none(), counts, stage::removeAdded, stage::restoreChanged);
    }

    /** What is done to an import's staged rows of one action in a chunk of file rows, from (inclusive) to (exclusive). */
    private interface Chunk {
        void of(long importId, int from, int to);
    }

    /**
     * Runs over the staged rows' file rows in chunks, doing {@code adds} and {@code changes} to each
     * (not looking for a kind of row the import has none of), telling how many file rows are done
     * of how many.
     */
    private void chunks(long importId, ImportProgress progress, Imports.Changes counts, Chunk adds, Chunk changes) {
        int last = stage.lastRow(importId);
        long total = Math.max(0, last - 1);
        progress.at(ImportProgress.Phase.COMMITTING, 0, total);
        for (int from = 2; from <= last; from += ObservationStage.CHUNK) {
            int to = from + ObservationStage.CHUNK;
            if (counts.added() > 0) {
                adds.of(importId, from, to);
            }
            if (counts.changed() > 0) {
                changes.of(importId, from, to);
            }
            progress.at(ImportProgress.Phase.COMMITTING, Math.min(total, to - 2L), total);
        }
    }

    /** An add, or a change unless the stored observation reads the same as the row's (as every kind compares). */
    private static PlannedChange.Action action(
            ObservationValues values, Optional<KpiObservation> old, KpiObservation observation) {
        if (old.isEmpty()) {
            return PlannedChange.Action.ADD;
        }
        return values.written(old.get()).equals(values.written(observation))
                ? PlannedChange.Action.SAME
                : PlannedChange.Action.CHANGE;
    }

    private static String shown(ObservationValues values, KpiObservation observation) {
        return ImportValue.shown(values.written(observation));
    }

    private ObservationValues values() {
        return new ObservationValues(definitions.all(), units.all());
    }
}
