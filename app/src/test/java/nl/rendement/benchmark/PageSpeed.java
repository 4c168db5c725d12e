package nl.rendement.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.statistics.descriptive.Max;
import org.apache.commons.statistics.descriptive.Quantile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The page-speed benchmark of issue 11: starts the jar on the full demo, waits until every
 * programme has a result, signs in as the demo's director and times every page a user reaches
 * from the menu plus every programme's page, steps and ROI figure trail, one request after the
 * other (warm-up first), and prints n, p50, p95 and max per page. Exits 1 when a page's p95 is
 * not under the target, after printing everything.
 *
 * <p>Arguments: the jar. System properties: {@code benchmark.warmup} (50), {@code
 * benchmark.requests} (200), {@code benchmark.targetMs} (300), {@code benchmark.appJvmArgs} (the
 * application's JVM options, space separated; none by default), {@code benchmark.pages} (a regular
 * expression: only the pages it finds in, for a quick look at a few). Run it with {@code ./mvnw
 * -Pbenchmark -pl app -am verify} (see docs/performance.md).
 */
public final class PageSpeed {

    private static final String USER = "director";
    private static final String PASSWORD = "rendement-demo";
    private static final Pattern PROGRAMME = Pattern.compile("/programmes/\\d+");
    private static final Pattern STEP = Pattern.compile("/programmes/\\d+/steps/[a-z-]+");
    private static final Pattern ID = Pattern.compile("/\\d+(?=/|$)");

    private final int warmup = Integer.getInteger("benchmark.warmup", 50);
    private final int requests = Integer.getInteger("benchmark.requests", 200);
    private final int targetMs = Integer.getInteger("benchmark.targetMs", 300);
    private final Pattern only = Pattern.compile(System.getProperty("benchmark.pages", ".*"));

    private PageSpeed() {}

    /** Runs the benchmark on the jar named by the first argument; exits 1 when a page misses the target. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: PageSpeed app/target/rendement.jar");
            System.exit(2);
        }
        System.exit(new PageSpeed().run(Path.of(args[0])) ? 0 : 1);
    }

    /** The whole run; true when every page's p95 is under the target. */
    private boolean run(Path jar) throws Exception {
        Instant started = Instant.now();
        String appJvmArgs = System.getProperty("benchmark.appJvmArgs", "").strip();
        List<String> jvmArguments = appJvmArgs.isEmpty() ? List.of() : Arrays.asList(appJvmArgs.split("\\s+"));
        System.out.printf("Page speed, %s%n", started.truncatedTo(ChronoUnit.SECONDS));
        System.out.printf("load average at start: %s%n", loadAverage());
        System.out.printf(
                "machine: %d cores, %s %s (%s)%n",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                System.getProperty("os.name"));
        try (DemoServer server = DemoServer.start(jar, jvmArguments)) {
            System.out.printf("application: %s%n", String.join(" ", server.command()));
            System.out.printf(
                    "application JVM options: %s (the defaults give it a max heap of %d MiB here)%n",
                    jvmArguments.isEmpty() ? "none" : appJvmArgs,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.printf(
                    "benchmark JVM options: %s%n",
                    ManagementFactory.getRuntimeMXBean().getInputArguments());
            System.out.printf(
                    "%d warm-up and %d measured sequential GETs per page, one user (%s), target p95 < %d ms%n",
                    warmup, requests, USER, targetMs);
            server.awaitDemoLoaded(Duration.ofMinutes(20));
            System.out.printf("demo loaded after %d s%n", secondsSince(started));
            SignedInClient client = new SignedInClient(server.base());
            client.login(USER, PASSWORD);
            List<String> programmes = programmes(client);
            awaitResults(client, programmes, Duration.ofMinutes(20));
            System.out.printf("every programme evaluated after %d s%n", secondsSince(started));
            List<String> pages = pages(client, programmes).stream()
                    .filter(page -> only.matcher(page).find())
                    .toList();
            System.out.printf("%d pages:%n", pages.size());
            pages.forEach(page -> System.out.printf("  %s%n", page));
            List<Timing> timings = measure(client, pages, server);
            report(timings);
            System.out.printf("load average at end: %s%n", loadAverage());
            System.out.printf(
                    "finished %s after %d s; application log: %s%n",
                    Instant.now().truncatedTo(ChronoUnit.SECONDS), secondsSince(started), server.keptLog());
            return timings.stream().allMatch(timing -> timing.p95() < targetMs);
        }
    }

    /** The programmes' pages, from the links of the programmes list. */
    private static List<String> programmes(SignedInClient client) throws IOException, InterruptedException {
        List<String> programmes = client.links("/programmes", "main a[href]").stream()
                .filter(link -> PROGRAMME.matcher(link).matches())
                .distinct()
                .toList();
        if (programmes.isEmpty()) {
            throw new IllegalStateException("The programmes list links to no programme");
        }
        return programmes;
    }

    /**
     * Waits until every programme has had a run and none is queued or running (the demo's first
     * runs go in the background); warns of a programme left without a result version.
     */
    private static void awaitResults(SignedInClient client, List<String> programmes, Duration limit)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        for (String programme : programmes) {
            while (!settled(client.api("/api" + programme + "/runs", USER, PASSWORD))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(programme + " was not evaluated within " + limit);
                }
                Thread.sleep(2_000);
            }
            if (JsonMapper.shared()
                    .readTree(client.api("/api" + programme + "/versions", USER, PASSWORD))
                    .isEmpty()) {
                System.out.printf("warning: %s has no result version (its run failed)%n", programme);
            }
        }
    }

    /** Whether a programme's runs, as the API lists them, include one and none is still to finish. */
    private static boolean settled(String runs) {
        JsonNode list = JsonMapper.shared().readTree(runs);
        if (list.isEmpty()) {
            return false;
        }
        for (JsonNode run : list) {
            String state = run.path("state").asString();
            if (state.equals("QUEUED") || state.equals("RUNNING")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The pages to time: the landing page, every page of the menu, and per programme its page,
     * every step it links to and the trail of the ROI page's first ROI figure.
     */
    private static List<String> pages(SignedInClient client, List<String> programmes)
            throws IOException, InterruptedException {
        Set<String> pages = new LinkedHashSet<>();
        pages.add("/");
        pages.addAll(client.links("/", "nav.mainnav a[href]"));
        for (String programme : programmes) {
            pages.add(programme);
            List<String> steps = client.links(programme, "main a[href]").stream()
                    .filter(link -> STEP.matcher(link).matches())
                    .distinct()
                    .toList();
            pages.addAll(steps);
            steps.stream()
                    .filter(step -> step.endsWith("/roi"))
                    .findFirst()
                    .flatMap(roi -> roiTrail(client, roi))
                    .ifPresent(pages::add);
        }
        return new ArrayList<>(pages);
    }

    /** The trail of the ROI page's first figure link that names the ROI, else of its first figure link. */
    private static Optional<String> roiTrail(SignedInClient client, String roiPage) {
        try {
            List<String> trails = client.links(roiPage, "main a.figure-link[href*=/trail]");
            return trails.stream()
                    .filter(link -> link.toLowerCase(Locale.ROOT).contains("roi"))
                    .findFirst()
                    .or(() -> trails.stream().findFirst());
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException("Could not read " + roiPage, failed);
        }
    }

    /** Times every page in turn: the warm-up requests, then the measured ones, each read whole. */
    private List<Timing> measure(SignedInClient client, List<String> pages, DemoServer server)
            throws IOException, InterruptedException {
        System.out.printf(
                "%n%-70s %5s %8s %8s %8s %6s  %s%n", "page", "n", "p50 ms", "p95 ms", "max ms", "load", "p95<target");
        List<Timing> timings = new ArrayList<>();
        for (String page : pages) {
            if (!server.alive()) {
                throw new IllegalStateException("Rendement stopped, log ends:\n" + server.tail());
            }
            for (int i = 0; i < warmup; i++) {
                client.fetch(page);
            }
            double[] millis = new double[requests];
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                client.fetch(page);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Timing timing = Timing.of(page, millis);
            timings.add(timing);
            System.out.printf(
                    "%-70s %5d %8.1f %8.1f %8.1f %6s  %s%n",
                    page,
                    requests,
                    timing.p50(),
                    timing.p95(),
                    timing.max(),
                    loadAverage().split(" ")[0],
                    timing.p95() < targetMs ? "yes" : "NO");
        }
        return timings;
    }

    /** Per kind of page (ids replaced by {@code {id}}) the worst figures, the slowest pages and the verdict. */
    private void report(List<Timing> timings) {
        Map<String, List<Timing>> kinds = new LinkedHashMap<>();
        for (Timing timing : timings) {
            kinds.computeIfAbsent(kind(timing.page()), k -> new ArrayList<>()).add(timing);
        }
        System.out.printf("%n%-50s %5s %14s %14s %10s%n", "kind of page", "pages", "p50 ms", "p95 ms", "max ms");
        kinds.forEach((kind, group) -> System.out.printf(
                "%-50s %5d %14s %14s %10.1f%n",
                kind,
                group.size(),
                range(group.stream().mapToDouble(Timing::p50).toArray()),
                range(group.stream().mapToDouble(Timing::p95).toArray()),
                group.stream().mapToDouble(Timing::max).max().orElse(0)));
        List<Timing> slowest = timings.stream()
                .sorted((a, b) -> Double.compare(b.p95(), a.p95()))
                .limit(5)
                .toList();
        System.out.printf("%nslowest p95:%n");
        slowest.forEach(timing -> System.out.printf("  %8.1f ms  %s%n", timing.p95(), timing.page()));
        List<Timing> missed =
                timings.stream().filter(timing -> timing.p95() >= targetMs).toList();
        System.out.printf(
                "%nsummary: %d pages, %d requests each; %d with p95 >= %d ms%s; worst p95 %.1f ms (%s)%n",
                timings.size(),
                requests,
                missed.size(),
                targetMs,
                missed.isEmpty()
                        ? ""
                        : ": "
                                + String.join(
                                        ", ", missed.stream().map(Timing::page).toList()),
                slowest.get(0).p95(),
                slowest.get(0).page());
    }

    /** A page's kind: its path with every id replaced by {@code {id}} and without its query. */
    private static String kind(String page) {
        return ID.matcher(page.split("\\?")[0]).replaceAll("/{id}");
    }

    private static String range(double[] values) {
        double low = Arrays.stream(values).min().orElse(0);
        double high = Arrays.stream(values).max().orElse(0);
        return String.format(Locale.ROOT, "%.1f–%.1f", low, high);
    }

    private static long secondsSince(Instant start) {
        return Duration.between(start, Instant.now()).toSeconds();
    }

    /** The machine's load average over 1, 5 and 15 minutes ({@code /proc/loadavg}), else over 1 minute. */
    private static String loadAverage() {
        Path proc = Path.of("/proc/loadavg");
        try {
            if (Files.isReadable(proc)) {
                String[] fields = Files.readString(proc).strip().split("\\s+");
                return String.join(" ", fields[0], fields[1], fields[2]);
            }
        } catch (IOException unreadable) {
            // fall back on the JVM's figure
        }
        return String.format(
                Locale.ROOT,
                "%.2f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** One page's measured requests in milliseconds: the median, the 95th percentile and the slowest. */
    record Timing(String page, double p50, double p95, double max) {

        static Timing of(String page, double[] millis) {
            double[] quantiles = Quantile.withDefaults().evaluate(millis, 0.5, 0.95);
            return new Timing(page, quantiles[0], quantiles[1], Max.of(millis).getAsDouble());
        }
    }
}
