package nl.rendement.app.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Rendement's packaged jar (built by {@code package}, before failsafe runs) started as a process of
 * its own, as in production, so that a test can kill it as a crash would: on a free port of
 * 127.0.0.1, with its standard output and error in a log file that stays for reading. Closing it
 * kills the process if it still runs.
 */
final class AppProcess implements AutoCloseable {

    /** The exit code of a process killed by SIGKILL (128 + 9). */
    static final int KILLED = 137;

    private static final Path JAR = Path.of("target", "rendement.jar");
    private static final String STARTED = "Started RendementApplication";
    private static final Duration POLL = Duration.ofMillis(100);

    private final Process process;
    private final Path log;
    private final int port;

    private AppProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the jar with these JVM and application arguments and environment variables, in the
     * log's folder, and waits until it takes requests; fails if it stops first or takes longer than
     * {@code limit}.
     */
    static AppProcess start(
            List<String> jvmArguments,
            List<String> appArguments,
            Map<String, String> environment,
            Path log,
            Duration limit)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("No jar at " + JAR.toAbsolutePath() + ": run the package phase first");
        }
        Files.createDirectories(log.getParent());
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArguments);
        command.addAll(List.of(
                "-jar", JAR.toAbsolutePath().toString(), "--server.address=127.0.0.1", "--server.port=" + port));
        command.addAll(appArguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(log.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        AppProcess app = new AppProcess(process, log, port);
        app.awaitLog(STARTED, limit);
        return app;
    }

    /** The application's address, {@code http://127.0.0.1:port}. */
    String base() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return log;
    }

    boolean alive() {
        return process.isAlive();
    }

    /** Waits until the log holds the text; fails if the process ends first or time runs out. */
    void awaitLog(String text, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!logged(text)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Rendement stopped (exit " + process.exitValue() + ") before logging '"
                        + text + "'; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "Rendement did not log '" + text + "' within " + limit + "; see " + log);
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Whether the log holds the text. */
    boolean logged(String text) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8).contains(text);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Kills the process as a crash would (SIGKILL on Linux: no shutdown hook runs) and returns its exit code. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Rendement did not end within 30 s of SIGKILL");
        }
        return process.exitValue();
    }

    /** Stops the process as an operator would (SIGTERM: a graceful shutdown) and returns its exit code. */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Rendement did not stop within 60 s of SIGTERM; see " + log);
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            try {
                kill();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
