package nl.rendement.app.evaluation.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.rendement.app.evaluation.FileEvaluation;
import nl.rendement.app.importing.ImportApplied;
import nl.rendement.app.plan.EvaluationPlans;
import nl.rendement.app.plan.PlanChanged;
import nl.rendement.app.programme.Programme;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.system.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Evaluates queued runs in the background, one at a time, and asks for runs when what they rest
 * on changes: a plan revision (that programme) or an applied import (every programme with a
 * plan; the fingerprint decides whether anything changed). Each run builds the programme's
 * evaluation file from the stored data, reads it back through the evaluation-file reader and
 * evaluates it: the same path as {@code evaluate FILE}. The worker starts with the application
 * unless {@code rendement.runs.worker} is false (tests call {@link #runNext()} themselves).
 */
@Component
public class RunWorker {

    private static final Logger LOG = LoggerFactory.getLogger(RunWorker.class);

    private final Runs runs;
    private final EvaluationPlans plans;
    private final ProgrammeCatalogue programmes;
    private final BundleBuilder builder;
    private final EvaluationEngine engine;
    private final TransactionTemplate readOnly;
    private final boolean enabled;
    private final Duration poll;
    private ScheduledExecutorService executor;

    RunWorker(
            Runs runs,
            EvaluationPlans plans,
            ProgrammeCatalogue programmes,
            BundleBuilder builder,
            EvaluationEngine engine,
            TransactionTemplate transactions,
            @Value("${rendement.runs.worker:true}") boolean enabled,
            @Value("${rendement.runs.poll:PT2S}") Duration poll) {
        this.runs = runs;
        this.plans = plans;
        this.programmes = programmes;
        this.builder = builder;
        this.engine = engine;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.enabled = enabled;
        this.poll = poll;
    }

    @EventListener
    void on(PlanChanged changed) {
        runs.request(changed.programmeId(), "plan revision " + changed.revision(), changed.actor());
    }

    @EventListener
    void on(ImportApplied applied) {
        runs.requestForEveryPlan("import " + applied.importId() + " (" + applied.kind() + ")", applied.actor());
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            return;
        }
        int requeued = runs.requeueInterrupted();
        if (requeued > 0) {
            LOG.info("{} evaluation runs interrupted by the last stop are queued again", requeued);
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "evaluation-runs");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::drain, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    @EventListener(ContextClosedEvent.class)
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void drain() {
        try {
            while (runNext().isPresent()) {
                // one after the other until none waits
            }
        } catch (RuntimeException unexpected) {
            LOG.error("The evaluation run worker failed; it tries again at its next poll", unexpected);
        }
    }

    /** Evaluates the oldest queued run, if any, and returns it as it ended. */
    public Optional<Run> runNext() {
        Optional<Run> claimed = runs.claim();
        claimed.ifPresent(this::evaluate);
        return claimed.flatMap(run -> runs.byId(run.id()));
    }

    private void evaluate(Run run) {
        long started = System.nanoTime();
        try {
            Optional<Programme> programme = programmes.byId(run.programmeId());
            Optional<EvaluationPlans.StoredPlan> plan = plans.of(run.programmeId());
            if (programme.isEmpty() || plan.isEmpty()) {
                runs.fail(run, "The programme has no evaluation plan.");
                return;
            }
            EvaluationBundle bundle = readOnly.execute(
                    status -> builder.build(programme.get(), plan.get().plan()));
            Path folder = Files.createTempDirectory("rendement-run-");
            try {
                FileEvaluation.Outcome outcome = FileEvaluation.of(bundle.writeTo(folder), engine::evaluate);
                if (outcome instanceof FileEvaluation.Refused refused) {
                    runs.fail(
                            run,
                            refused.problems().stream()
                                    .map(problem -> problem.message(Languages.messages(), Locale.ENGLISH))
                                    .collect(Collectors.joining("\n")));
                } else {
                    Optional<Integer> version = runs.finish(
                            run, plan.get().revision(), bundle, ((FileEvaluation.Evaluated) outcome).json());
                    LOG.info(
                            "Evaluation run {} of programme {} done in {} ms: {}",
                            run.id(),
                            run.programmeId(),
                            (System.nanoTime() - started) / 1_000_000,
                            version.map(number -> "version " + number).orElse("inputs unchanged"));
                }
            } finally {
                delete(folder);
            }
        } catch (IOException | RuntimeException failed) {
            LOG.warn(
                    "Evaluation run {} of programme {} failed: {}",
                    run.id(),
                    run.programmeId(),
                    failed.getClass().getSimpleName());
            runs.fail(run, failed.getClass().getSimpleName() + ": " + String.valueOf(failed.getMessage()));
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
