package nl.rendement.app.importing;

import java.util.Objects;
import java.util.Optional;

/**
 * What an import does to one matched row: add a value where there was none, change a different
 * one (keeping the old value, for undo), or nothing when the value is already there.
 */
record PlannedChange(int row, long employeeId, Action action, Optional<String> oldValue, String newValue) {

    enum Action {
        ADD,
        CHANGE,
        SAME
    }

    PlannedChange {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(oldValue, "oldValue");
        Objects.requireNonNull(newValue, "newValue");
    }
}
