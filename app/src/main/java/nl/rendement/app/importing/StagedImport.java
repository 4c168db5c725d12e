package nl.rendement.app.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A kind whose files hold millions of rows (KPI observations). Its preview streams the file, never
 * holding it, and stages every checked row in the database through the database's bulk path; its
 * commit moves the staged rows into place set-wise, in chunks that tell the progress, and its undo
 * and reports read the staged rows. {@link Imports} runs each in one transaction, as for a
 * {@link KindImport}.
 */
non-sealed interface StagedImport extends ImportKind {

    /**
     * Reads the file row by row with {@code reader}, stages each row without a problem as import
     * {@code importId}'s, and adds every problem (and the identity report) to the plan.
     *
     * @return the problems that keep the whole file from being read (then nothing stays staged), or
     *     how many staged rows add, change or keep a value (counted as they are staged; the import
     *     keeps the counts)
     */
    Staging stage(long importId, TabularReader reader, Path file, ImportPlan plan, ImportProgress progress);

    /** What staging a file found: the problems that keep the whole file from being read, and the staged rows' counts. */
    record Staging(TableProblems unreadable, Imports.Changes counts) {}

    /** The staged rows that change a stored value, each with the value before and after, in file order. */
    List<Imports.Changed> changed(long importId, int first);

    /** Every staged row, in file order, as the record of what the import does or did. */
    void each(long importId, Consumer<StagedChange> rows);

    /**
     * Applies the staged rows; refused ({@code importing.commit.changedSincePreview}) when stored
     * data changed since the preview so that a staged row no longer does what it showed.
     */
    void commit(long importId, Imports.Changes counts, ImportProgress progress);

    /** Takes a committed import back; refused ({@code importing.undo.changedSince}) when its values changed since. */
    void undo(long importId, Imports.Changes counts);

    /** One staged row as the record of an import shows it; {@code before} empty for an add. */
    record StagedChange(int row, String subject, PlannedChange.Action action, String before, String after) {}
}
