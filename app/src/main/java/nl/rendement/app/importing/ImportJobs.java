package nl.rendement.app.importing;

import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Reads and commits of imports that run in the background, one at a time (the others wait their
 * turn), so that a page can show how far a large file is instead of a request that hangs. Each job
 * is kept in memory by its import's id while it runs and for a while after (the last {@code kept}
 * finished ones), so that any request, from another tab or after a reload, finds it. A job that
 * fails marks its import interrupted and keeps the reason as a message key with arguments; the
 * log names only the import and the kind of failure, never a value of the file.
 */
@Component
class ImportJobs implements AutoCloseable {

    static final int KEPT = 50;
    static final String FAILED = "data.progress.failed";

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    private final LongConsumer interrupt;
    private final ImportProgress watcher;
    private final Clock clock;
    private final int kept;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "import-jobs");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, ImportJob> jobs = new LinkedHashMap<>();

    /** {@code watcher} is told every job's progress too: nobody in the application, a test's gate in tests. */
    @Autowired
    ImportJobs(Imports imports, ObjectProvider<ImportProgress> watcher) {
        this(imports::interrupted, watcher.getIfAvailable(ImportProgress::none), Clock.systemUTC(), KEPT);
    }

    ImportJobs(LongConsumer interrupt, ImportProgress watcher, Clock clock, int kept) {
        this.interrupt = interrupt;
        this.watcher = watcher;
        this.clock = clock;
        this.kept = kept;
    }

    /**
     * Queues a step of import {@code id}: {@code work} does it, telling its progress; {@code after}
     * runs when it ends, whether it succeeded or not (it lets the read file go). While a job of the
     * same import is unfinished, that job is returned and nothing is queued.
     */
    synchronized ImportJob run(long id, ImportJob.Step step, Consumer<ImportProgress> work, Runnable after) {
        ImportJob unfinished = jobs.get(id);
        if (unfinished != null && !unfinished.finished()) {
            return unfinished;
        }
        ImportJob job = new ImportJob(id, step, clock);
        jobs.remove(id);
        jobs.put(id, job);
        worker.execute(() -> perform(job, work, after));
        return job;
    }

    /** The running or recently finished job of the import. */
    synchronized Optional<ImportJob> of(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** Whether a job of the import is queued or running. */
    boolean busy(long id) {
        return of(id).filter(job -> !job.finished()).isPresent();
    }

    /** Stops the worker with the application; a job it interrupts is found interrupted at the next start. */
    @Override
    public void close() {
        worker.shutdownNow();
    }

    private void perform(ImportJob job, Consumer<ImportProgress> work, Runnable after) {
        Optional<ImportJob.Failure> failure = Optional.empty();
        try {
            work.accept((phase, done, total) -> {
                job.at(phase, done, total);
                watcher.at(phase, done, total);
            });
        } catch (ImportRefused refused) {
            failure = Optional.of(new ImportJob.Failure(refused.reason(), List.of(refused.arguments())));
        } catch (RuntimeException | Error failed) {
            LOG.warn(
                    "Import {}: the {} failed ({})",
                    job.importId(),
                    job.step(),
                    failed.getClass().getName());
            failure = Optional.of(new ImportJob.Failure(FAILED, List.of()));
        }
        failure.ifPresent(stopped -> quietly(job, "marking it interrupted", () -> interrupt.accept(job.importId())));
        quietly(job, "cleaning up", after);
        synchronized (this) {
            failure.ifPresentOrElse(job::failed, job::succeeded);
            forgetOld();
        }
    }

    private static void quietly(ImportJob job, String what, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException failed) {
            LOG.warn(
                    "Import {}: {} failed ({})",
                    job.importId(),
                    what,
                    failed.getClass().getName());
        }
    }

    /** Keeps every unfinished job and the last {@code kept} finished ones; called holding the lock. */
    private void forgetOld() {
        long finished = jobs.values().stream().filter(ImportJob::finished).count();
        Iterator<ImportJob> oldestFirst = jobs.values().iterator();
        while (finished > kept && oldestFirst.hasNext()) {
            if (oldestFirst.next().finished()) {
                oldestFirst.remove();
                finished--;
            }
        }
    }
}
