package nl.rendement.app.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.importing.formats.PeopleFormats;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.people.OrgUnits;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Org units: per row a code (the key), name, kind, parent code and lifetime. A code not yet stored
 * is added ('add'); a stored unit whose name, kind, parent or lifetime differs is corrected
 * ('change', its old values kept for undo); the same unit is nothing to do ('same').
 *
 * <p>A parent may be stored or be another row of the file, before or after its children: changes
 * are planned parents first, so that they can be applied in that order (and undone in the
 * reverse). Duplicate codes, an unknown parent, parents that go round in a circle, a unit that
 * begins when its parent does not exist, and a change that would leave a stored unit below one
 * outside its parent's lifetime are problems. Undo removes an added unit (refused while employees,
 * units below it or other data refer to it) and puts changed values back.
 */
@Component
class OrgUnitImport implements KindImport {

    private final OrgUnits units;

    OrgUnitImport(OrgUnits units) {
        this.units = units;
    }

    @Override
    public ImportFormat format() {
        return PeopleFormats.ORG_UNITS;
    }

    @Override
    public long held() {
        return units.all().size();
    }

    @Override
    public void plan(List<Row> rows, ImportPlan plan, ImportOptions options) {
        PlannedUnits planned = new PlannedUnits(stored(), UnitRow.read(rows, plan));
        List<UnitRow> order = planned.parentsFirst();
        UnitChecks.circles(order, planned, plan);
        for (UnitRow unit : order) {
            if (!plan.hasProblem(unit.row())) {
                UnitValue value = unit.value().orElseThrow();
                UnitChecks.parent(unit.row(), value, planned, plan);
                UnitChecks.children(unit.row(), value, planned.storedChildren(unit.code()), plan);
                plan.change(
                        unit.row(),
                        unit.code(),
                        Optional.empty(),
                        planned.stored(unit.code()).map(UnitValue::written),
                        value.written());
            }
        }
    }

    /** Adds or corrects the unit, unless it changed since the preview. */
    @Override
    public void apply(PlannedChange change, String user) {
        UnitValue next = UnitValue.parse(change.newValue());
        Optional<OrgUnit> now = units.byCode(change.subject());
        if (!now.map(this::value).map(UnitValue::written).equals(change.oldValue())
                || !parentExists(next, change.subject())) {
            throw new ImportRefused("importing.commit.changedSince", change.row());
        }
        Optional<Long> parent = next.parent().flatMap(units::byCode).map(OrgUnit::id);
        if (now.isEmpty()) {
            OrgUnit added = units.add(change.subject(), next.name(), next.kind(), parent, next.validFrom());
            next.validTo().ifPresent(end -> units.dissolve(added.id(), end));
        } else {
            units.correct(now.get().id(), next.name(), next.kind(), parent, next.validFrom(), next.validTo());
        }
    }

    /** Removes an added unit or puts the old values back, unless the unit changed since the import. */
    @Override
    public void revert(PlannedChange change, String user) {
        Optional<OrgUnit> now = units.byCode(change.subject());
        if (!now.map(this::value).map(UnitValue::written).equals(Optional.of(change.newValue()))) {
            throw new ImportRefused("importing.undo.changedSince", change.row());
        }
        if (change.oldValue().isEmpty()) {
            remove(now.get(), change.row());
            return;
        }
        UnitValue old = UnitValue.parse(change.oldValue().get());
        Optional<Long> parent = old.parent().flatMap(units::byCode).map(OrgUnit::id);
        if (old.parent().isPresent() && parent.isEmpty()) {
            throw new ImportRefused("importing.undo.changedSince", change.row());
        }
        units.correct(now.get().id(), old.name(), old.kind(), parent, old.validFrom(), old.validTo());
    }

    private void remove(OrgUnit unit, int row) {
        try {
            units.remove(unit.id());
        } catch (IllegalStateException | DataIntegrityViolationException inUse) {
            throw new ImportRefused("importing.org-units.undoReferenced", unit.code(), row);
        }
    }

    private boolean parentExists(UnitValue unit, String code) {
        return unit.parent()
                .map(parent -> units.byCode(parent)
                        .filter(stored -> !stored.code().equals(code) && stored.existsOn(unit.validFrom()))
                        .isPresent())
                .orElse(true);
    }

    private Map<String, UnitValue> stored() {
        List<OrgUnit> all = units.all();
        Map<Long, String> codes = all.stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::code));
        Map<String, UnitValue> stored = new HashMap<>();
        all.forEach(unit ->
                stored.put(unit.code(), UnitValue.of(unit, unit.parentId().map(codes::get))));
        return stored;
    }

    private UnitValue value(OrgUnit unit) {
        return UnitValue.of(unit, unit.parentId().flatMap(units::byId).map(OrgUnit::code));
    }
}
