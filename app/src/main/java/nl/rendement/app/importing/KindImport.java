package nl.rendement.app.importing;

import java.util.List;

/**
 * A kind of data an import brings in one planned change at a time (leavers, programmes, HR
 * snapshots ...): it plans what a file's rows would do without changing anything, applies a planned change when the import
 * is committed, and takes it back when the import is undone. {@link Imports} runs all three in one
 * transaction each, so a kind never needs its own.
 *
 * <p>Changes are applied in the order they were planned and reverted in the reverse order; a kind
 * whose rows depend on each other (a unit and its parent) plans them in the order they can be
 * applied.
 */
non-sealed interface KindImport extends ImportKind {

    /**
     * Adds to the plan a change for every row that would change something (or keep the same
     * value) and a problem for every row that cannot be imported; reads stored data, changes none.
     */
    void plan(List<Row> rows, ImportPlan plan, ImportOptions options);

    /** Applies one planned add or change (never a 'same'). */
    void apply(PlannedChange change, String user);

    /**
     * Applies the planned adds and changes of a commit (never a 'same'), in the order given. A kind
     * whose files can hold many rows overrides this to write them in batches.
     */
    default void apply(List<PlannedChange> changes, String user) {
        changes.forEach(change -> apply(change, user));
    }

    /**
     * Takes the applied changes of an undo back, in the order given (last applied first), all or
     * none: a refusal of any one rolls the undo back. A kind whose files can hold many rows overrides
     * this to write them in batches.
     */
    default void revert(List<PlannedChange> changes, String user) {
        changes.forEach(change -> revert(change, user));
    }

    /**
     * Takes one applied change back: removes an added value, puts an old one back. Refused with
     * {@link ImportRefused} ({@code importing.undo.changedSince}) when the stored value is no longer
     * the one the import wrote.
     */
    void revert(PlannedChange change, String user);
}
