package nl.rendement.app.importing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What makes an org unit of a file impossible given the others: circles of parents, and lifetimes that do not fit. */
final class UnitChecks {

    private UnitChecks() {}

    /** Every row whose parent codes lead back to it. */
    static void circles(List<UnitRow> rows, PlannedUnits planned, ImportPlan plan) {
        for (UnitRow unit : rows) {
            planned.circle(unit.code())
                    .ifPresent(circle -> plan.problem(
                            unit.row(),
                            UnitRow.PARENT,
                            circle.get(1),
                            Optional.empty(),
                            "importing.org-units.circle",
                            String.join(" \u2192 ", circle)));
        }
    }

    /** The parent must exist (stored or in a sound row of the file) on the day the unit begins. */
    static void parent(Row row, UnitValue unit, PlannedUnits planned, ImportPlan plan) {
        if (unit.parent().isEmpty()) {
            return;
        }
        String code = unit.parent().get();
        Optional<Row> parentRow = planned.row(code).map(UnitRow::row);
        Optional<UnitValue> parent = planned.unit(code);
        if (parentRow.filter(plan::hasProblem).isPresent()) {
            plan.problem(
                    row,
                    UnitRow.PARENT,
                    code,
                    Optional.empty(),
                    "importing.org-units.parentNotImported",
                    code,
                    parentRow.get().number());
        } else if (parent.isEmpty()) {
            plan.problem(row, UnitRow.PARENT, code, Optional.empty(), "importing.org-units.unknownParent", code);
        } else if (unit.validFrom().isBefore(parent.get().validFrom())) {
            plan.problem(
                    row,
                    UnitRow.VALID_FROM,
                    unit.validFrom().toString(),
                    Optional.empty(),
                    "importing.org-units.beforeParent",
                    code,
                    parent.get().validFrom());
        } else if (!parent.get().existsOn(unit.validFrom())) {
            plan.problem(
                    row,
                    UnitRow.VALID_FROM,
                    unit.validFrom().toString(),
                    Optional.empty(),
                    "importing.org-units.afterParent",
                    code,
                    parent.get().validTo().orElseThrow());
        }
    }

    /** Stored units below this one that the file leaves as they are must still begin while it exists. */
    static void children(Row row, UnitValue unit, Map<String, UnitValue> children, ImportPlan plan) {
        children.forEach((code, child) -> {
            if (!unit.existsOn(child.validFrom())) {
                plan.problem(
                        row,
                        UnitRow.VALID_FROM,
                        unit.validFrom().toString(),
                        Optional.empty(),
                        "importing.org-units.childOutside",
                        code,
                        child.validFrom());
            }
        });
    }
}
