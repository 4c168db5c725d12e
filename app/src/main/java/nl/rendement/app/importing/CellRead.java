package nl.rendement.app.importing;

import java.util.List;
import java.util.Optional;

/** A cell read as its column's type: a value (empty for a blank optional cell) or why not. */
sealed interface CellRead {

    record Value(Optional<Object> value) implements CellRead {}

    record Wrong(String reason, List<Object> arguments) implements CellRead {}

    static CellRead of(Object value) {
        return new Value(Optional.of(value));
    }

    static CellRead blank() {
        return new Value(Optional.empty());
    }

    static CellRead wrong(String reason, Object... arguments) {
        return new Wrong(reason, List.of(arguments));
    }
}
