package nl.rendement.app.evaluation.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programmes' evaluation runs and the result versions they made, kept in the database so
 * that a queued run survives a restart. Asking for a run only writes a row; the worker
 * ({@link RunWorker}) evaluates. A programme has at most one queued run: asking again while one
 * waits is that run.
 */
@Service
public class Runs {

    private static final String COLUMNS = "id, programme_id, state, cause, requested_by, requested_at, started_at,"
            + " finished_at, plan_revision, fingerprint, version, error, frozen_label, frozen_at, frozen_by, erased_rows,"
            + " erased_at";

    private final JdbcClient jdbc;
    private final StoredResults results;

    Runs(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.results = new StoredResults(jdbc);
    }

    /** Asks for a run of the programme; the queued one if there is one already. */
    @Transactional
    public Run request(long programmeId, String cause, String actor) {
        Optional<Run> waiting = jdbc.sql(
                        "select " + COLUMNS + " from evaluation_run where programme_id = ?" + " and state = 'queued'")
                .param(programmeId)
                .query(Runs::run)
                .optional();
        if (waiting.isPresent()) {
            return waiting.get();
        }
        jdbc.sql("insert into evaluation_run (programme_id, state, cause, requested_by, requested_at)"
                        + " values (?, 'queued', ?, ?, ?)")
                .params(programmeId, cause.length() > 200 ? cause.substring(0, 200) : cause, actor, now())
                .update();
        return jdbc.sql("select " + COLUMNS + " from evaluation_run where programme_id = ? and state = 'queued'")
                .param(programmeId)
                .query(Runs::run)
                .single();
    }

    /** Every programme with a plan gets a run, for a change of data that may concern any of them. */
    @Transactional
    public void requestForEveryPlan(String cause, String actor) {
        jdbc.sql("select programme_id from evaluation_plan order by programme_id")
                .query(Long.class)
                .list()
                .forEach(programme -> request(programme, cause, actor));
    }

    /** The programme's runs, the latest first. */
    public List<Run> of(long programmeId) {
        return jdbc.sql("select " + COLUMNS + " from evaluation_run where programme_id = ? order by id desc")
                .param(programmeId)
                .query(Runs::run)
                .list();
    }

    public Optional<Run> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from evaluation_run where id = ?")
                .param(id)
                .query(Runs::run)
                .optional();
    }

    /** A result version: its number, the run that made it, and the result document. */
    public record Version(int number, Run run, String result) {}

    /** The programme's latest result version; its result as kept in memory (see {@link StoredResults}). */
    public Optional<Version> current(long programmeId) {
        return jdbc.sql("select " + COLUMNS + " from evaluation_run where programme_id = ?"
                        + " and version is not null order by version desc fetch first 1 rows only")
                .param(programmeId)
                .query(Runs::run)
                .optional()
                .map(results::version);
    }

    public Optional<Version> version(long programmeId, int number) {
        return jdbc.sql("select " + COLUMNS + " from evaluation_run where programme_id = ? and version = ?")
                .params(programmeId, number)
                .query(Runs::run)
                .optional()
                .map(results::version);
    }

    /** The evaluation file and tables a version was computed from, by name. */
    public EvaluationBundle files(long runId) {
        java.util.SortedMap<String, byte[]> files = new java.util.TreeMap<>();
        jdbc.sql("select name, content from evaluation_run_file where run_id = ?")
                .param(runId)
                .query(rs -> {
                    files.put(
                            rs.getString("name"),
                            rs.getString("content").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                });
        return new EvaluationBundle(files);
    }

    /** Every result version of the programme, the latest first. */
    public List<Version> versions(long programmeId) {
        return jdbc.sql("select " + COLUMNS + ", result from evaluation_run where programme_id = ?"
                        + " and version is not null order by version desc")
                .param(programmeId)
                .query((rs, n) -> new Version(rs.getInt("version"), run(rs, n), rs.getString("result")))
                .list();
    }

    /** The runs that made a version, the latest version first, without their results. */
    public List<Run> versionRuns(long programmeId) {
        return jdbc.sql("select " + COLUMNS + " from evaluation_run where programme_id = ? and version is not null"
                        + " order by version desc")
                .param(programmeId)
                .query(Runs::run)
                .list();
    }

    /**
     * Freezes a version as reported under a label; a frozen version's figures never change, and it
     * stays frozen under its first label.
     */
    @Transactional
    public Version freeze(long programmeId, int number, String label, String actor) {
        Version version = version(programmeId, number)
                .orElseThrow(() -> new RunRejected("version", "run.error.noVersion", number));
        if (version.run().frozen().isPresent()) {
            throw new RunRejected(
                    "version",
                    "run.error.frozen",
                    number,
                    version.run().frozen().get().label());
        }
        if (label == null || label.isBlank() || label.strip().length() > 200) {
            throw new RunRejected("label", "run.error.label");
        }
        jdbc.sql("update evaluation_run set frozen_label = ?, frozen_at = ?, frozen_by = ? where id = ?"
                        + " and frozen_label is null")
                .params(label.strip(), now(), actor, version.run().id())
                .update();
        return version(programmeId, number).orElseThrow();
    }

    /**
     * What changed in the programme's latest version since the latest frozen version before it:
     * the frozen version, and per figure its value then and now; none without such a version. Only
     * those two versions' results are read, and their comparison is kept.
     */
    public Optional<ChangedSince> changedSince(long programmeId) {
        List<Run> made = versionRuns(programmeId);
        if (made.isEmpty()) {
            return Optional.empty();
        }
        Run current = made.get(0);
        return made.stream()
                .skip(1)
                .filter(run -> run.frozen().isPresent())
                .findFirst()
                .map(frozen -> new ChangedSince(
                        results.version(frozen), results.version(current), results.changes(frozen, current)));
    }

    /** The latest version beside the frozen one before it, with every figure that differs. */
    public record ChangedSince(Version frozen, Version current, List<VersionChanges.FigureChange> changes) {}

    /** Takes the oldest queued run for the worker; none when none waits or another took it. */
    @Transactional
    Optional<Run> claim() {
        Optional<Long> oldest = jdbc.sql(
                        "select id from evaluation_run where state = 'queued' order by id" + " fetch first 1 rows only")
                .query(Long.class)
                .optional();
        if (oldest.isEmpty()) {
            return Optional.empty();
        }
        int taken = jdbc.sql(
                        "update evaluation_run set state = 'running', started_at = ? where id = ? and state = 'queued'")
                .params(now(), oldest.get())
                .update();
        return taken == 1 ? byId(oldest.get()) : Optional.empty();
    }

    /**
     * Records a finished run: a new version with its files and result when its fingerprint differs
     * from the latest version's, otherwise done without a version.
     */
    @Transactional
    Optional<Integer> finish(Run run, int planRevision, EvaluationBundle bundle, String result) {
        String fingerprint = bundle.fingerprint();
        Optional<Version> latest = current(run.programmeId());
        if (latest.flatMap(version -> version.run().fingerprint())
                .filter(fingerprint::equals)
                .isPresent()) {
            jdbc.sql("update evaluation_run set state = 'done', finished_at = ?, plan_revision = ?, fingerprint = ?"
                            + " where id = ?")
                    .params(now(), planRevision, fingerprint, run.id())
                    .update();
            return Optional.empty();
        }
        int number = latest.map(version -> version.number() + 1).orElse(1);
        jdbc.sql("update evaluation_run set state = 'done', finished_at = ?, plan_revision = ?, fingerprint = ?,"
                        + " version = ?, result = ? where id = ?")
                .params(now(), planRevision, fingerprint, number, result, run.id())
                .update();
        for (Map.Entry<String, byte[]> file : bundle.files().entrySet()) {
            jdbc.sql("insert into evaluation_run_file (run_id, name, content) values (?, ?, ?)")
                    .params(
                            run.id(),
                            file.getKey(),
                            new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                    .update();
        }
        return Optional.of(number);
    }

    @Transactional
    void fail(Run run, String error) {
        jdbc.sql("update evaluation_run set state = 'failed', finished_at = ?, error = ? where id = ?")
                .params(now(), error.length() > 4000 ? error.substring(0, 4000) : error, run.id())
                .update();
    }

    /** Runs a stopped instance left running go back to the queue. */
    @Transactional
    int requeueInterrupted() {
        return jdbc.sql("update evaluation_run set state = 'queued', started_at = null where state = 'running'")
                .update();
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private static Run run(ResultSet rs, int row) throws SQLException {
        int revision = rs.getInt("plan_revision");
        Optional<Integer> planRevision = rs.wasNull() ? Optional.empty() : Optional.of(revision);
        int version = rs.getInt("version");
        Optional<Integer> number = rs.wasNull() ? Optional.empty() : Optional.of(version);
        return new Run(
                rs.getLong("id"),
                rs.getLong("programme_id"),
                RunState.of(rs.getString("state")),
                rs.getString("cause"),
                rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                Optional.ofNullable(rs.getTimestamp("started_at")).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getTimestamp("finished_at")).map(Timestamp::toInstant),
                planRevision,
                Optional.ofNullable(rs.getString("fingerprint")),
                number,
                Optional.ofNullable(rs.getString("error")),
                Optional.ofNullable(rs.getString("frozen_label")).map(label -> {
                    try {
                        return new Run.Frozen(
                                label, rs.getTimestamp("frozen_at").toInstant(), rs.getString("frozen_by"));
                    } catch (SQLException failed) {
                        throw new IllegalStateException(failed);
                    }
                }),
                rs.getInt("erased_rows"),
                Optional.ofNullable(rs.getTimestamp("erased_at")).map(Timestamp::toInstant));
    }
}
