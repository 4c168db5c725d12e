package nl.rendement.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Rendement's jar started in demo mode in an empty temporary working directory, on a free port of
 * 127.0.0.1 only; closing it stops the process, keeps its log beside the jar and deletes the
 * directory. A shutdown hook stops it too when the benchmark is interrupted.
 */
final class DemoServer implements AutoCloseable {

    /** The line the demo start logs once the whole demo organisation is loaded. */
    private static final String DEMO_LOADED = "Loaded the demo organisation";

    private final Path directory;
    private final Path log;
    private final Path keptLog;
    private final Process process;
    private final Thread hook;
    private final List<String> command;
    private final int port;

    private DemoServer(Path jar, List<String> jvmArguments, List<String> appArguments, String logName)
            throws IOException {
        this.directory = Files.createTempDirectory("rendement-benchmark-");
        this.log = directory.resolve("rendement.log");
        this.keptLog = jar.toAbsolutePath().resolveSibling(logName);
        this.port = freePort();
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        line.addAll(jvmArguments);
        line.addAll(List.of(
                "-jar",
                jar.toAbsolutePath().toString(),
                "--spring.profiles.active=demo",
                "--server.address=127.0.0.1",
                "--server.port=" + port));
        line.addAll(appArguments);
        this.command = List.copyOf(line);
        this.process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        this.hook = new Thread(this::stop, "stop-rendement");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts the jar with these JVM arguments (none: the JVM's defaults). */
    static DemoServer start(Path jar, List<String> jvmArguments) throws IOException {
        return start(jar, jvmArguments, List.of(), "page-speed-app.log");
    }

    /**
     * Starts the jar with these JVM arguments and application arguments (e.g. another database), its
     * log kept beside the jar under {@code logName}.
     */
    static DemoServer start(Path jar, List<String> jvmArguments, List<String> appArguments, String logName)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No jar at " + jar + ": build it first (see docs/performance.md)");
        }
        return new DemoServer(jar, jvmArguments, appArguments, logName);
    }

    /** The application's process id, to read its memory from {@code /proc}. */
    long pid() {
        return process.pid();
    }

    /** The command that started the application. */
    List<String> command() {
        return command;
    }

    /** The application's address, {@code http://127.0.0.1:port}. */
    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Where the application's log is kept once it stops. */
    Path keptLog() {
        return keptLog;
    }

    /** Waits until the log says the demo organisation is loaded; fails if the process ends or time runs out. */
    void awaitDemoLoaded(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!logText().contains(DEMO_LOADED)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Rendement stopped during its start (exit " + process.exitValue() + "), log ends:\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The demo was not loaded within " + limit + ", log ends:\n" + tail());
            }
            Thread.sleep(1_000);
        }
    }

    /** The last lines of the application's log. */
    String tail() {
        List<String> lines = logText().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** Whether the application is still running. */
    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: the process is stopped either way
        }
    }

    /** Stops the process (gracefully, then forcibly), keeps its log and deletes the working directory. */
    private synchronized void stop() {
        if (!Files.exists(directory)) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Files.copy(log, keptLog, StandardCopyOption.REPLACE_EXISTING);
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        } catch (IOException failed) {
            System.err.println("Could not clean up " + directory + ": " + failed);
        }
    }

    private String logText() {
        try {
            return new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
