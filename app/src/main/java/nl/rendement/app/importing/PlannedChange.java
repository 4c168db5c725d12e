package nl.rendement.app.importing;

import java.util.Objects;
import java.util.Optional;

/**
 * What an import does to one subject of a row: add a value where there was none, change a different
 * one (keeping the old value, for undo), or nothing when the value is already there. The subject
 * is the key the row is about, as the user reads it ({@code Sales basics / Spring 2025}); the
 * employee is kept when the subject is a person's, so that erasing them removes the change.
 * Values are written by the kind that plans them (often an {@link ImportValue}).
 */
record PlannedChange(
        int row, String subject, Optional<Long> employeeId, Action action, Optional<String> oldValue, String newValue) {

    enum Action {
        ADD,
        CHANGE,
        SAME
    }

    PlannedChange {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(employeeId, "employeeId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(oldValue, "oldValue");
        Objects.requireNonNull(newValue, "newValue");
    }

    /** The change's action from the value it replaces: none is an add, an equal one nothing to do. */
    static PlannedChange of(int row, String subject, Optional<Long> employeeId, Optional<String> old, String value) {
        Action action = old.isEmpty() ? Action.ADD : old.get().equals(value) ? Action.SAME : Action.CHANGE;
        return new PlannedChange(row, subject, employeeId, action, old, value);
    }

    /** The employee whose subject this is; refused when the kind planned it without one. */
    long employee() {
        return employeeId.orElseThrow(() -> new IllegalStateException("no employee in change of row " + row));
    }
}
