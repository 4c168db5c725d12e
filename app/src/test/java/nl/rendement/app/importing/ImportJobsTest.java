package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ImportJobsTest {

    private static final Duration LONG = Duration.ofSeconds(10);

    private final List<Long> interrupted = new CopyOnWriteArrayList<>();
    private final ImportJobs jobs = new ImportJobs(interrupted::add, ImportProgress.none(), Clock.systemUTC(), 3);

    @AfterEach
    void stop() {
        jobs.close();
    }

    @Test
    void aRunningJobsProgressIsSeenFromAnotherThreadUntilItEnds() throws InterruptedException {
        CountDownLatch told = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean cleanedUp = new AtomicBoolean();

        ImportJob job = jobs.run(
                7,
                ImportJob.Step.READ,
                progress -> {
                    progress.at(ImportProgress.Phase.CHECKING, 450, 1_000);
                    told.countDown();
                    awaitOrFail(release);
                    progress.at(ImportProgress.Phase.CHECKING, 1_000, 1_000);
                },
                () -> cleanedUp.set(true));

        assertThat(told.await(10, TimeUnit.SECONDS)).isTrue();
        ImportJob seen = jobs.of(7).orElseThrow();
        assertThat(seen.progress()).isEqualTo(new ImportJob.Progress(ImportProgress.Phase.CHECKING, 450, 1_000));
        assertThat(seen.finished()).isFalse();
        assertThat(jobs.busy(7)).isTrue();
        assertThat(cleanedUp).as("the staged file stays while it is read").isFalse();
        assertThat(job.await(Duration.ofMillis(50))).isFalse();

        release.countDown();

        assertThat(job.await(LONG)).isTrue();
        assertThat(job.progress().done()).isEqualTo(1_000);
        assertThat(job.failure()).isEmpty();
        assertThat(cleanedUp).isTrue();
        assertThat(jobs.busy(7)).isFalse();
        assertThat(interrupted).isEmpty();
        assertThat(job.report()).as("told once").isTrue();
        assertThat(job.report()).isFalse();
    }

    @Test
    void aRefusalInterruptsTheImportAndKeepsItsMessage() {
        ImportJob job = jobs.run(
                8,
                ImportJob.Step.COMMIT,
                progress -> {
                    throw new ImportRefused("importing.commit.hasProblems", 3);
                },
                () -> {});

        assertThat(job.await(LONG)).isTrue();
        assertThat(job.failure()).contains(new ImportJob.Failure("importing.commit.hasProblems", List.of(3)));
        assertThat(interrupted).containsExactly(8L);
    }

    @Test
    void anyOtherFailureInterruptsTheImportWithTheGeneralMessageAndStillLetsTheFileGo() {
        AtomicBoolean cleanedUp = new AtomicBoolean();
        ImportJob job = jobs.run(
                9,
                ImportJob.Step.READ,
                progress -> {
                    throw new IllegalStateException("row 12: Jansen, 1200");
                },
                () -> cleanedUp.set(true));

        assertThat(job.await(LONG)).isTrue();
        assertThat(job.failure()).contains(new ImportJob.Failure(ImportJobs.FAILED, List.of()));
        assertThat(interrupted).containsExactly(9L);
        assertThat(cleanedUp).isTrue();
    }

    @Test
    void aSecondStepWhileOneRunsIsNotQueued() {
        CountDownLatch release = new CountDownLatch(1);
        ImportJob first = jobs.run(10, ImportJob.Step.COMMIT, progress -> awaitOrFail(release), () -> {});

        ImportJob second = jobs.run(
                10,
                ImportJob.Step.COMMIT,
                progress -> {
                    throw new AssertionError("queued twice");
                },
                () -> {});

        assertThat(second).isSameAs(first);
        release.countDown();
        assertThat(first.await(LONG)).isTrue();
        assertThat(first.failure()).isEmpty();
    }

    @Test
    void onlyTheLastFinishedJobsAreKept() {
        for (long id = 1; id <= 5; id++) {
            assertThat(jobs.run(id, ImportJob.Step.READ, progress -> {}, () -> {})
                            .await(LONG))
                    .isTrue();
        }
        assertThat(jobs.of(1)).isEmpty();
        assertThat(jobs.of(2)).isEmpty();
        assertThat(jobs.of(3)).isPresent();

        CountDownLatch release = new CountDownLatch(1);
        ImportJob running = jobs.run(6, ImportJob.Step.READ, progress -> awaitOrFail(release), () -> {});
        assertThat(jobs.of(3)).as("a running job takes no finished one's place").isPresent();
        release.countDown();
        assertThat(running.await(LONG)).isTrue();

        assertThat(jobs.of(3)).isEmpty();
        assertThat(jobs.of(4)).isPresent();
        assertThat(jobs.of(5)).isPresent();
        assertThat(jobs.of(6)).containsSame(running);
    }

    private static void awaitOrFail(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not released");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
