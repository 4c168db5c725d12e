package nl.rendement.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rendement.app.storage.PostgresDatabase;
import org.jsoup.Jsoup;

/**
 * The import-speed benchmark of issue 12 (docs/performance.md): a KPI observations file of
 * {@code benchmark.rows} rows (default 1,000,000: a daily team KPI over the demo's teams) imported
 * through the Data page as an analyst would, into the packaged application started on the full
 * demo with {@code benchmark.appJvmArgs} (default {@code -Xmx1g}), on H2 and on PostgreSQL (zonky's
 * embedded server, as in the tests). It times the upload request (reading, mapping, checking,
 * previewing) and the commit, one straight after the other with no user time, samples the
 * application's resident memory every 100 ms, and on PostgreSQL also times {@code psql \copy} of
 * the same rows into a new empty table made like {@code kpi_observation} (its key and checks, not
 * its foreign keys) and into {@code kpi_observation} itself (see {@link #copies}). Prints the figures; exits non-zero if an import fails, never on a missed target
 * (the targets are printed beside the figures). Stops the application and deletes its files.
 */
public final class ImportSpeed {

    private static final String USER = "director";
    private static final String PASSWORD = "rendement-demo";
    private static final String KPI = "benchmark-daily";

    /** The KPI that {@code psql \copy} into {@code kpi_observation} itself writes the same rows for (their keys differ). */
    private static final String COPY_KPI = "benchmark-copy";

    private static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);
    private static final Duration IMPORT_LIMIT = Duration.ofHours(2);

    private ImportSpeed() {}

    public static void main(String[] arguments) throws Exception {
        Path jar = Path.of(arguments[0]);
        int rows = Integer.getInteger("benchmark.rows", 1_000_000);
        List<String> databases = Arrays.asList(
                System.getProperty("benchmark.databases", "h2,postgres").split(","));
        String jvm = System.getProperty("benchmark.appJvmArgs", "-Xmx1g").strip();
        List<String> jvmArguments = jvm.isEmpty() ? List.of() : Arrays.asList(jvm.split("\\s+"));
        Path work = Files.createTempDirectory("rendement-import-speed-");
        List<String> report = new ArrayList<>();
        report.add("date: " + Instant.now());
        report.add("machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        report.add("application JVM options: " + jvmArguments + "; rows: " + rows);
        report.add("load average at start: " + load());
        try {
            for (String database : databases) {
                report.addAll(run(jar, database.strip(), rows, jvmArguments, work));
            }
        } finally {
            try (var files = Files.walk(work)) {
                for (Path path : files.sorted(Collections.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
        report.add("load average at end: " + load());
        report.forEach(System.out::println);
    }

    private static List<String> run(Path jar, String database, int rows, List<String> jvmArguments, Path work)
            throws Exception {
        List<String> appArguments = new ArrayList<>();
        String url = null;
        if (database.equals("postgres")) {
            url = PostgresDatabase.createDatabase();
            appArguments.addAll(
                    List.of("--rendement.db.url=" + url, "--rendement.db.user=postgres", "--rendement.db.password="));
        } else if (!database.equals("h2")) {
            throw new IllegalArgumentException("benchmark.databases: h2 or postgres, not " + database);
        }
        List<String> lines = new ArrayList<>();
        try (DemoServer server =
                DemoServer.start(jar, jvmArguments, appArguments, "import-speed-" + database + "-app.log")) {
            server.awaitDemoLoaded(Duration.ofMinutes(30));
            CookieManager cookies = new CookieManager();
            CookieHandler.setDefault(cookies);
            SignedInClient client = new SignedInClient(server.base(), cookies);
            client.login(USER, PASSWORD);
            List<String> teams = Jsoup.parse(
                            client.get("/programmes/1/steps/baseline").body())
                    .select("input[name=unit]")
                    .eachAttr("value");
            if (teams.isEmpty()) {
                throw new IllegalStateException("No unit codes found on the Baseline page");
            }
            importFile(
                    client,
                    "kpi-definitions",
                    "benchmark-kpi.csv",
                    ("code,name,unit,direction,aggregation,period\n" + KPI
                                    + ",Benchmark daily,count,higher is better,sum,day\n" + COPY_KPI
                                    + ",Benchmark copy,count,higher is better,sum,day\n")
                            .getBytes(StandardCharsets.UTF_8),
                    null);
            Path file = work.resolve("observations-" + database + ".csv");
            write(file, teams, rows);
            awaitQuiet(server.pid());
            AtomicLong peak = new AtomicLong();
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(
                    () -> peak.accumulateAndGet(rssKb(server.pid()), Math::max), 0, 100, TimeUnit.MILLISECONDS);
            long rssBefore = rssKb(server.pid());
            long[] times = new long[2];
            try {
                importFile(client, "kpi-observations", file.getFileName().toString(), null, file, times);
            } finally {
                sampler.shutdownNow();
            }
            double preview = times[0] / 1e9;
            double commit = times[1] / 1e9;
            double total = (times[0] + times[1]) / 1e9;
            lines.add(String.format(
                    Locale.ROOT,
                    "%s: %,d rows (%,d bytes, %d teams): upload to preview %.1f s, commit %.1f s, upload to committed %.1f s"
                            + " = %,.0f rows/s; application RSS %,d MiB before, peak %,d MiB during the import",
                    database,
                    rows,
                    Files.size(file),
                    teams.size(),
                    preview,
                    commit,
                    total,
                    rows / total,
                    rssBefore / 1024,
                    peak.get() / 1024));
            if (database.equals("postgres")) {
                awaitQuiet(server.pid());
                lines.addAll(copies(url, file, rows, total));
            } else {
                lines.add(String.format(Locale.ROOT, "h2 target: under 30 s (%s)", total < 30 ? "met" : "not met"));
            }
            lines.add("load average: " + load() + "; application log: " + server.keptLog());
        }
        return lines;
    }

    /** Uploads a file of a kind, then commits its preview at once. */
    private static void importFile(SignedInClient client, String kind, String name, byte[] bytes, Path file)
            throws Exception {
        importFile(client, kind, name, bytes, file, new long[2]);
    }

    /** The same, with {@code times} given the nanoseconds from upload to preview and of the commit. */
    private static void importFile(
            SignedInClient client, String kind, String name, byte[] bytes, Path file, long[] times) throws Exception {
        String boundary = "----rendement" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: text/csv\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        // the whole request body in a file, so that it goes with its length (a chunked upload of tens
        // of megabytes had the connection closed under it)
        Path request = Files.createTempFile("rendement-upload-", ".multipart");
        try (var out = Files.newOutputStream(request)) {
            out.write(head.getBytes(StandardCharsets.UTF_8));
            if (bytes != null) {
                out.write(bytes);
            } else {
                Files.copy(file, out);
            }
            out.write(tail.getBytes(StandardCharsets.UTF_8));
        }
        long start = System.nanoTime();
        Landed preview = settled(
                client,
                post(
                        client,
                        client.base(),
                        "/data/imports",
                        "/data",
                        "multipart/form-data; boundary=" + boundary,
                        request));
        long previewed = System.nanoTime();
        Matcher id = Pattern.compile("/data/imports/(\\d+)").matcher(preview.path());
        if (!id.matches()) {
            throw new IllegalStateException("The upload of " + name + " landed on " + preview.path()
                    + " instead of its preview (a mapping or a refusal?)");
        }
        String path = "/data/imports/" + id.group(1);
        String withProblems =
                Jsoup.parse(preview.body()).select("#rows-with-problems").text();
        if (!withProblems.equals("0")) {
            throw new IllegalStateException(
                    "The preview of " + name + " has " + withProblems + " rows with problems: " + path);
        }
        Files.writeString(request, "onlyValidRows=false");
        Landed committed = settled(
                client,
                post(client, client.base(), path + "/commit", path, "application/x-www-form-urlencoded", request));
        long done = System.nanoTime();
        if (Jsoup.parse(committed.body()).select(".flash-ok").isEmpty()) {
            throw new IllegalStateException("The commit of " + name + " did not say it was committed");
        }
        Files.delete(request);
        times[0] = previewed - start;
        times[1] = done - previewed;
    }

    private record Landed(String path, String body) {}

    /**
     * The page a step lands on once its background work is done: while the import page shows its
     * progress bar, asks for the progress fragment every 100 ms (the page itself asks every second)
     * until it says to reload, then loads the page.
     */
    private static Landed settled(SignedInClient client, Landed landed) throws Exception {
        if (Jsoup.parse(landed.body()).select("#progress").isEmpty()) {
            return landed;
        }
        while (client.get(landed.path() + "/progress")
                .headers()
                .firstValue("HX-Refresh")
                .isEmpty()) {
            Thread.sleep(100);
        }
        return new Landed(landed.path(), client.get(landed.path()).body());
    }

    /**
     * Waits until the application has used less than a tenth of a core for two seconds: the
     * evaluations that the demo and the KPI definition's import asked for have run, so the import
     * is timed on a quiet application (up to ten minutes).
     */
    private static void awaitQuiet(long pid) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        long before = cpuTicks(pid);
        while (System.nanoTime() < deadline) {
            Thread.sleep(2_000);
            long now = cpuTicks(pid);
            if (now - before < 20) {
                return;
            }
            before = now;
        }
        throw new IllegalStateException("The application did not become quiet within ten minutes");
    }

    /** The process's user and system time in clock ticks (a hundred a second), from {@code /proc}. */
    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /**
     * A long POST as a form sends it, with the session's cookie and CSRF token, through
     * {@link HttpURLConnection} with its length fixed and a read timeout of hours (the JDK's
     * HttpClient lost the connection after a minute of waiting for a long preview); follows the
     * redirect to the page it lands on.
     */
    private static Landed post(
            SignedInClient client, String base, String path, String tokenFrom, String contentType, Path body)
            throws Exception {
        String[] csrf = client.csrf(tokenFrom);
        HttpURLConnection connection =
                (HttpURLConnection) URI.create(base + path).toURL().openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setInstanceFollowRedirects(false);
        connection.setConnectTimeout(60_000);
        connection.setReadTimeout((int) IMPORT_LIMIT.toMillis());
        connection.setFixedLengthStreamingMode(Files.size(body));
        connection.setRequestProperty("Content-Type", contentType);
        connection.setRequestProperty(csrf[0], csrf[1]);
        try (var out = connection.getOutputStream()) {
            Files.copy(body, out);
        }
        int status = connection.getResponseCode();
        String location = connection.getHeaderField("Location");
        connection.disconnect();
        if (status != 302 && status != 303 || location == null) {
            throw new IllegalStateException("POST " + path + " answered " + status);
        }
        String landed = URI.create(base).resolve(location).getPath();
        return new Landed(landed, client.get(landed).body());
    }

    /** One row per team and day from 1990 on, as many days as the rows need, in team order. */
    private static void write(Path file, List<String> teams, int rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("kpi,team,period start,value\n");
            int days = (rows + teams.size() - 1) / teams.size();
            int written = 0;
            for (String team : teams) {
                for (int day = 0; day < days && written < rows; day++, written++) {
                    out.write(KPI + "," + team + "," + FIRST_DAY.plusDays(day) + "," + (day % 97) + "." + (day % 10)
                            + "\n");
                }
            }
        }
    }

    /**
     * {@code psql \copy} of the same rows, with the ids the import resolved, on a quiet application
     * (the evaluations the import asked for have run): into a new empty table made like {@code
     * kpi_observation} (its key and checks, not its foreign keys: the stricter baseline), then into
     * {@code kpi_observation} itself (its key, checks and foreign keys, which {@code COPY} checks
     * row by row) for a second KPI so that no key collides with the import's. Returns the lines
     * comparing each with the import.
     */
    private static List<String> copies(String url, Path file, int rows, double imported) throws Exception {
        Map<String, Long> units = new HashMap<>();
        Map<String, Long> kpis = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            try (ResultSet found = statement.executeQuery("select code, id from org_unit")) {
                while (found.next()) {
                    units.put(found.getString(1), found.getLong(2));
                }
            }
            try (ResultSet found = statement.executeQuery("select code, id from kpi_definition")) {
                while (found.next()) {
                    kpis.put(found.getString(1), found.getLong(2));
                }
            }
            statement.execute("create table kpi_observation_copy (like kpi_observation including all)");
        }
        Matcher at =
                Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+)").matcher(url);
        if (!at.find()) {
            throw new IllegalStateException("Cannot read host, port and database from " + url);
        }
        double clone = copy(at, ids(file, units, kpis.get(KPI)), "kpi_observation_copy");
        double itself = copy(at, ids(file, units, kpis.get(COPY_KPI)), "kpi_observation");
        return List.of(
                compared(
                        "a new empty table like kpi_observation (its key and checks, no foreign keys)",
                        rows,
                        clone,
                        imported),
                compared(
                        "kpi_observation itself (its key, checks and foreign keys; for a second KPI)",
                        rows,
                        itself,
                        imported));
    }

    /** The rows of the file as {@code \copy} reads them: the KPI's and team's ids in place of their codes. */
    private static Path ids(Path file, Map<String, Long> units, long kpi) throws IOException {
        Path ids = file.resolveSibling("copy-" + kpi + ".csv");
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(ids, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",");
                out.write(kpi + "," + units.get(cells[1]) + "," + cells[2] + "," + cells[3] + "\n");
            }
        }
        return ids;
    }

    /** Times {@code psql \copy} of a file of ids into a table; returns the seconds. */
    private static double copy(Matcher at, Path ids, String table) throws Exception {
        long start = System.nanoTime();
        Process psql = new ProcessBuilder(
                        "psql",
                        "-h",
                        at.group(1),
                        "-p",
                        at.group(2),
                        "-U",
                        "postgres",
                        "-d",
                        at.group(3),
                        "-v",
                        "ON_ERROR_STOP=1",
                        "-c",
                        "\\copy " + table + " (kpi_id, unit_id, period_start, kpi_value) from '" + ids
                                + "' with (format csv)")
                .redirectErrorStream(true)
                .start();
        String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (psql.waitFor() != 0) {
            throw new IllegalStateException("psql \\copy into " + table + " failed: " + output);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static String compared(String into, int rows, double copied, double imported) {
        return String.format(
                Locale.ROOT,
                "postgres psql \\copy of the same %,d rows into %s: %.2f s; the import takes %.2f times as long"
                        + " (target: within 2: %s)",
                rows,
                into,
                copied,
                imported / copied,
                imported / copied <= 2 ? "met" : "not met");
    }

    private static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended
        }
        return 0;
    }

    private static String load() {
        return String.format(
                Locale.ROOT,
                "%.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
