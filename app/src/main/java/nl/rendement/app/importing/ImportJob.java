package nl.rendement.app.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One read or commit of an import running in the background, as others see it while it runs: its
 * latest progress, when it started and ended, and how it ended. The worker thread tells it; any
 * request thread reads it, so every field is safe to read from another thread.
 */
final class ImportJob implements ImportProgress {

    /** What the job does to its import. */
    enum Step {
        READ,
        COMMIT
    }

    /** How far the job is: the phase and how many of how many units (a total of 0 when not known). */
    record Progress(Phase phase, long done, long total) {}

    /** Why the job stopped: a message key and its arguments, free of the file's values where it can be. */
    record Failure(String reason, List<Object> arguments) {

        Failure {
            arguments = List.copyOf(arguments);
        }
    }

    private final long importId;
    private final Step step;
    private final Clock clock;
    private final Instant started;
    private final CompletableFuture<Optional<Failure>> outcome = new CompletableFuture<>();
    private final AtomicBoolean reported = new AtomicBoolean();
    private volatile Progress progress;
    private volatile Instant ended;

    ImportJob(long importId, Step step, Clock clock) {
        this.importId = importId;
        this.step = step;
        this.clock = clock;
        this.started = clock.instant();
        this.progress = new Progress(step == Step.READ ? Phase.READING : Phase.COMMITTING, 0, 0);
    }

    @Override
    public void at(Phase phase, long done, long total) {
        progress = new Progress(phase, done, total);
    }

    long importId() {
        return importId;
    }

    Step step() {
        return step;
    }

    Progress progress() {
        return progress;
    }

    boolean finished() {
        return outcome.isDone();
    }

    /** How long it ran, or has run until now. */
    Duration elapsed() {
        Instant end = ended;
        return Duration.between(started, end == null ? clock.instant() : end);
    }

    /** Waits up to {@code wait} for the job to end; whether it has. */
    boolean await(Duration wait) {
        try {
            outcome.get(wait.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException running) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return finished();
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Why the finished job failed; empty while it runs or when it succeeded. */
    Optional<Failure> failure() {
        return outcome.getNow(Optional.empty());
    }

    /**
     * True once, for the first caller after the job ended: the outcome is told to the person in one
     * place only (the page the step redirects to, or the page that reloads when the bar ends).
     */
    boolean report() {
        return finished() && reported.compareAndSet(false, true);
    }

    void succeeded() {
        ended = clock.instant();
        outcome.complete(Optional.empty());
    }

    void failed(Failure failure) {
        ended = clock.instant();
        outcome.complete(Optional.of(failure));
    }
}
