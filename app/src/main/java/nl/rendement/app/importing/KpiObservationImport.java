package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.KpiFormats.KPI;
import static nl.rendement.app.importing.formats.KpiFormats.PERIOD_START;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.importing.formats.KpiFormats;
import nl.rendement.app.kpi.Kpi;
import nl.rendement.app.kpi.KpiDefinitions;
import nl.rendement.app.kpi.KpiObservation;
import nl.rendement.app.kpi.KpiObservations;
import nl.rendement.app.kpi.ObservationKey;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.OrgUnits;
import org.springframework.stereotype.Component;

/**
 * KPI observations, each known by its KPI, its person or team and its period start: a new key adds
 * a value, another value or weight changes it (the old one kept for undo). Files can hold hundreds
 * of thousands of rows, so KPIs, teams, people and the stored observations are read once per file
 * and changes are written in batches.
 */
@Component
class KpiObservationImport implements KindImport {

    private final KpiDefinitions definitions;
    private final KpiObservations observations;
    private final Employees employees;
    private final OrgUnits units;

    KpiObservationImport(
            KpiDefinitions definitions, KpiObservations observations, Employees employees, OrgUnits units) {
        this.definitions = definitions;
        this.observations = observations;
        this.employees = employees;
        this.units = units;
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
    public void plan(List<Row> rows, ImportPlan plan, ImportOptions options) {
        ObservationValues values = values();
        ObservationRows reader = new ObservationRows(values.kpis(), values.teams(), EmployeeIndex.of(employees));
        Map<ObservationKey, KpiObservation> stored = observations.ofKpis(rows.stream()
                .map(row -> values.kpis().get(row.text(KPI).orElseThrow()))
                .filter(kpi -> kpi != null)
                .map(Kpi::id)
                .collect(Collectors.toSet()));
        Set<ObservationKey> seen = new HashSet<>();
        for (Row row : rows) {
            Optional<ObservationRows.Read> read = reader.read(row, plan);
            if (read.isEmpty()) {
                continue;
            }
            KpiObservation observation = read.get().observation();
            if (!seen.add(observation.key())) {
                plan.problem(
                        row,
                        PERIOD_START,
                        observation.key().periodStart().toString(),
                        read.get().employeeId(),
                        "importing.kpiObservations.duplicate");
                continue;
            }
            plan.change(
                    row,
                    read.get().subject(),
                    read.get().employeeId(),
                    Optional.ofNullable(stored.get(observation.key())).map(values::written),
                    values.written(observation));
        }
    }

    @Override
    public void apply(PlannedChange change, String user) {
        apply(List.of(change), user);
    }

    /** Adds and updates in two batches (every key of an import is its own, so their order does not matter). */
    @Override
    public void apply(List<PlannedChange> changes, String user) {
        ObservationValues values = values();
        List<KpiObservation> added = new ArrayList<>();
        List<KpiObservation> changed = new ArrayList<>();
        for (PlannedChange change : changes) {
            KpiObservation observation = values.observation(change, change.newValue());
            (change.action() == PlannedChange.Action.ADD ? added : changed).add(observation);
        }
        observations.add(added);
        observations.update(changed);
    }

    @Override
    public void revert(PlannedChange change, String user) {
        revert(List.of(change), user);
    }

    /** Refused whole if any observation is no longer what the import wrote; else removes and restores in batches. */
    @Override
    public void revert(List<PlannedChange> changes, String user) {
        ObservationValues values = values();
        List<KpiObservation> written = changes.stream()
                .map(change -> values.observation(change, change.newValue()))
                .toList();
        Map<ObservationKey, KpiObservation> now = observations.ofKpis(
                written.stream().map(observation -> observation.key().kpiId()).collect(Collectors.toSet()));
        List<ObservationKey> removed = new ArrayList<>();
        List<KpiObservation> restored = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            PlannedChange change = changes.get(i);
            ObservationKey key = written.get(i).key();
            if (!Optional.ofNullable(now.get(key)).map(values::written).equals(Optional.of(change.newValue()))) {
                throw new ImportRefused("importing.undo.changedSince", change.row());
            }
            change.oldValue()
                    .ifPresentOrElse(old -> restored.add(values.observation(change, old)), () -> removed.add(key));
        }
        observations.remove(removed);
        observations.update(restored);
    }

    private ObservationValues values() {
        return new ObservationValues(definitions.all(), units.all());
    }
}
