package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import nl.rendement.app.importing.CommitCheckpoints.Point;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Crash-proof commits (issue 12), on every supported database (subclasses pick it): the packaged
 * application, run as a process of its own, previews an import of 200,000 KPI observations; then,
 * started again for each point the commit says it reached (the first batch written, half way, the
 * last batch before the transaction ends) and waiting there, it commits the import and is killed
 * with SIGKILL. After each kill every table reads as before the commit, row for row, and the import
 * is still marked committing; the next start finds it interrupted and can commit it again. Started
 * once more without a pause, the commit completes. Each start's log is kept under
 * target/import-crash (see docs/importing.md, crash-proof commits).
 */
abstract class ImportCrashContract {

    static final Path FOLDER = Path.of("target", "import-crash");

    private static final int ROWS = CrashImportFixture.ROWS;
    private static final Duration START_LIMIT = Duration.ofMinutes(2);
    private static final Duration PAUSE_LIMIT = Duration.ofMinutes(2);

    /** The database the application and the test share, and how to reach it. */
    record Database(String name, String url, String user, String password) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        List<String> arguments() {
            return List.of(
                    "--rendement.db.url=" + url, "--rendement.db.user=" + user, "--rendement.db.password=" + password);
        }
    }

    /** A new, empty database. */
    abstract Database database() throws IOException;

    private Database database;
    private int starts;

    /**
     * The first administrator, made at the first start from the environment as an operator would:
     * until one exists every call, the import API's too, is refused. A random password, never in a
     * command line or a log.
     */
    private final Map<String, String> administrator = Map.of("RENDEMENT_ADMIN_PASSWORD", "crash-" + UUID.randomUUID());

    /** The import the test commits, the token that made it, and every table before its commit. */
    private record Previewed(long id, String secret, Map<String, TableChecksums.Table> before) {}

    @Test
    void aCommitKilledAtEachCheckpointChangesNoTableAndIsCommittedAfterTheRestarts() throws Exception {
        long began = System.nanoTime();
        database = database();
        Previewed previewed = previewed();
        String state = "PREVIEWED";
        for (Point point : Point.values()) {
            try (AppProcess app = start(Optional.of(point))) {
                ImportApiClient api = new ImportApiClient(app.base(), previewed.secret());
                assertThat(api.read(previewed.id()).get("state").asString()).isEqualTo(state);
                killDuringCommit(app, api, previewed.id(), point);
            }
            assertUnchanged(previewed);
            state = "INTERRUPTED";
        }
        committedToTheEnd(previewed);
        System.out.printf(
                Locale.ROOT,
                "Import crash test on %s: %d starts, %.1f s in all%n",
                database.name(),
                starts,
                (System.nanoTime() - began) / 1e9);
    }

    /**
     * The first start, without a pause (every commit waits at a pause, the teams' and the KPI's
     * too): a token, the teams, the KPI and the observations' preview; then a graceful stop, and
     * every table as it is before the commit.
     */
    private Previewed previewed() throws Exception {
        String secret;
        long id;
        try (AppProcess app = start(Optional.empty())) {
            try (Connection connection = database.connect()) {
                secret = ImportApiClient.issueToken(
                        connection, "crash test", List.of("org-units", "kpi-definitions", "kpi-observations"));
            }
            id = previewedObservations(new ImportApiClient(app.base(), secret));
            app.stop();
        }
        try (Connection connection = database.connect()) {
            return new Previewed(id, secret, TableChecksums.of(connection));
        }
    }

    /** The last start, without a pause: the interrupted import commits every row; then a graceful stop. */
    private void committedToTheEnd(Previewed previewed) throws Exception {
        try (AppProcess app = start(Optional.empty())) {
            ImportApiClient api = new ImportApiClient(app.base(), previewed.secret());
            assertThat(api.read(previewed.id()).get("state").asString()).isEqualTo("INTERRUPTED");
            assertThat(api.commit(previewed.id()).get("state").asString()).isEqualTo("COMMITTED");
            try (Connection connection = database.connect();
                    Statement statement = connection.createStatement();
                    ResultSet count = statement.executeQuery("select count(*) from kpi_observation")) {
                count.next();
                assertThat(count.getLong(1))
                        .isEqualTo(previewed.before().get("kpi_observation").rows() + ROWS);
            }
            app.stop();
        }
    }

    /** Imports the teams and the KPI, then previews the observations file; returns the preview's id. */
    private static long previewedObservations(ImportApiClient api) throws IOException, InterruptedException {
        committed(api, api.rows("org-units", CrashImportFixture.units()));
        committed(api, api.rows("kpi-definitions", CrashImportFixture.kpi()));
        JsonNode preview = api.upload("kpi-observations", "observations.csv", CrashImportFixture.observations());
        assertThat(preview.get("state").asString()).isEqualTo("PREVIEWED");
        assertThat(preview.get("rowsRead").asInt()).isEqualTo(ROWS);
        assertThat(preview.get("rowsWithProblems").asInt()).isZero();
        assertThat(preview.get("changes").get("added").asInt()).isEqualTo(ROWS);
        return preview.get("id").asLong();
    }

    private static void committed(ImportApiClient api, JsonNode preview) throws IOException, InterruptedException {
        assertThat(preview.get("rowsWithProblems").asInt()).isZero();
        assertThat(api.commit(preview.get("id").asLong()).get("state").asString())
                .isEqualTo("COMMITTED");
    }

    /**
     * Commits in the background, waits until the application says it waits at the point, checks that
     * the commit has not answered, and kills the application there.
     */
    private static void killDuringCommit(AppProcess app, ImportApiClient api, long id, Point point)
            throws InterruptedException {
        CompletableFuture<HttpResponse<String>> commit = api.commitInBackground(id);
        app.awaitLog("Import " + id + " commit paused at " + point, PAUSE_LIMIT);
        assertThat(commit).as("the commit's answer before the kill").isNotDone();
        assertThat(app.alive()).isTrue();
        assertThat(app.kill()).as("exit code after SIGKILL").isEqualTo(AppProcess.KILLED);
        assertThat(commit).as("the commit's answer").failsWithin(Duration.ofSeconds(30));
    }

    /** Every table reads as before the commit, and the import is still marked as being committed. */
    private void assertUnchanged(Previewed previewed) throws SQLException {
        try (Connection connection = database.connect()) {
            assertThat(TableChecksums.of(connection)).isEqualTo(previewed.before());
            try (PreparedStatement state =
                    connection.prepareStatement("select state from import_record where id = ?")) {
                state.setLong(1, previewed.id());
                try (ResultSet found = state.executeQuery()) {
                    assertThat(found.next()).isTrue();
                    assertThat(found.getString(1)).isEqualTo("committing");
                }
            }
        }
    }

    private AppProcess start(Optional<Point> pause) throws IOException, InterruptedException {
        starts++;
        List<String> arguments = new ArrayList<>(database.arguments());
        pause.ifPresent(point -> arguments.addAll(
                List.of("--rendement.imports.pause-at=" + dashed(point), "--rendement.imports.pause-for=PT5M")));
        String name = database.name() + "-" + starts + "-"
                + pause.map(point -> "paused-at-" + dashed(point)).orElse("no-pause") + ".log";
        return AppProcess.start(List.of("-Xmx512m"), arguments, administrator, FOLDER.resolve(name), START_LIMIT);
    }

    /** The point as {@code rendement.imports.pause-at} names it: {@code first-batch-written}. */
    private static String dashed(Point point) {
        return point.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
