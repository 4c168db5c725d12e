package nl.rendement.app.evaluation.run;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.ConcurrentLruCache;

/**
 * The result documents of the most recently read versions, and what changed between the pairs of
 * versions most recently compared, kept in memory for the step pages that read them on every
 * request (a result is 0.2–0.8 MB of JSON). A version's result never changes, except when an
 * erasure scrubs it, which also stamps the version's {@code erasedAt}: that stamp is part of the
 * key, so a scrubbed version is read afresh. The same text instance is handed out for a version
 * as long as it is kept, so that what the pages keep by the text finds it at once.
 */
final class StoredResults {

    /** Results kept: a few versions per programme. */
    private static final int KEPT = 32;

    private final JdbcClient jdbc;
    private final ConcurrentLruCache<Stored, String> results = new ConcurrentLruCache<>(KEPT, this::read);
    private final ConcurrentLruCache<Compared, List<VersionChanges.FigureChange>> changes =
            new ConcurrentLruCache<>(KEPT, this::compare);

    StoredResults(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version the run made, with its result. */
    Runs.Version version(Run run) {
        return new Runs.Version(run.version().orElseThrow(), run, results.get(Stored.of(run)));
    }

    /** Every figure that differs between the two versions' results. */
    List<VersionChanges.FigureChange> changes(Run before, Run after) {
        return changes.get(new Compared(Stored.of(before), Stored.of(after)));
    }

    private String read(Stored version) {
        return jdbc.sql("select result from evaluation_run where id = ?")
                .param(version.run())
                .query(String.class)
                .single();
    }

    private List<VersionChanges.FigureChange> compare(Compared pair) {
        return List.copyOf(VersionChanges.between(results.get(pair.before()), results.get(pair.after())));
    }

    /** A version's result as stored: by its run, and by its latest erasure. */
    private record Stored(long run, Optional<Instant> erasedAt) {

        static Stored of(Run run) {
            return new Stored(run.id(), run.erasedAt());
        }
    }

    private record Compared(Stored before, Stored after) {}
}
