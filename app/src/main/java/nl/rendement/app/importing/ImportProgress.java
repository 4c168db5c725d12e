package nl.rendement.app.importing;

/**
 * How far a long import step is, told while it runs: its phase and how many of how many units it
 * has done (the file's bytes while it is read, rows while they are checked or committed; a total of
 * 0 when it is not known yet). Told from the thread doing the work; an implementation that others
 * read must be safe for that.
 */
@FunctionalInterface
public interface ImportProgress {

    /** The steps of an import a person waits for. */
    enum Phase {
        READING,
        CHECKING,
        COMMITTING
    }

    void at(Phase phase, long done, long total);

    /** Progress nobody watches. */
    static ImportProgress none() {
        return (phase, done, total) -> {};
    }
}
