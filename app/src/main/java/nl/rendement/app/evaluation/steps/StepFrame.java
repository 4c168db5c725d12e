package nl.rendement.app.evaluation.steps;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.evaluation.run.Run;
import nl.rendement.app.evaluation.run.Runs;
import nl.rendement.app.plan.EvaluationPlan;
import nl.rendement.app.programme.Programme;

/**
 * What every step page shows around its own part: the programme, the steps, the result version
 * shown (the current one unless another is chosen) with the other versions to choose from, what
 * changed since the last frozen version, and the state of the latest run.
 *
 * @param version the version shown; empty when the programme has none yet
 * @param versions the runs that made a version, the latest first
 * @param changedSince the latest version beside the latest frozen one before it, when the shown
 *     version is the latest
 * @param latestRun the latest run asked for, whatever its state
 * @param editable whether the reader is an analyst who sees the programme whole: they change its
 *     plan, ask for runs, freeze versions, and read figures resting on fewer than k people
 * @param checklist the programme's progress on the article's closing checklist
 * @param result the shown version's result as the page reads it, read once
 */
public record StepFrame(
        Programme programme,
        Step step,
        List<Step> steps,
        Optional<Runs.Version> version,
        List<Run> versions,
        Optional<Runs.ChangedSince> changedSince,
        Optional<Run> latestRun,
        boolean editable,
        Checklist checklist,
        Optional<ResultDocument> result) {

    static StepFrame of(
            Programme programme,
            Step step,
            Optional<Integer> chosen,
            Runs runs,
            boolean editable,
            Optional<EvaluationPlan> plan) {
        List<Run> versions = runs.versionRuns(programme.id());
        Optional<Runs.Version> shown = chosen.isPresent()
                ? runs.version(programme.id(), chosen.get())
                : step == Step.PRESENT ? reported(programme.id(), runs, versions) : runs.current(programme.id());
        boolean latest = shown.isPresent()
                && shown.get().number() == versions.get(0).version().orElseThrow();
        List<Run> all = runs.of(programme.id());
        Optional<ResultDocument> result = shown.map(version -> ResultDocument.of(version.result(), editable));
        Optional<ResultDocument> current = chosen.isPresent()
                ? runs.current(programme.id()).map(version -> ResultDocument.of(version.result(), editable))
                : result;
        return new StepFrame(
                programme,
                step,
                Arrays.asList(Step.values()),
                shown,
                versions,
                latest ? runs.changedSince(programme.id()) : Optional.empty(),
                all.isEmpty() ? Optional.empty() : Optional.of(all.get(0)),
                editable,
                Checklist.of(plan, current, versions),
                result);
    }

    /**
     * The version the story is told from unless another is chosen: the latest frozen as reported,
     * else the latest, which the page then says is not frozen.
     */
    private static Optional<Runs.Version> reported(long programme, Runs runs, List<Run> versions) {
        return versions.stream()
                .filter(run -> run.frozen().isPresent())
                .findFirst()
                .flatMap(run -> runs.version(programme, run.version().orElseThrow()))
                .or(() -> runs.current(programme));
    }

    /** Whether a version was asked for that does not exist. */
    static boolean missing(Optional<Integer> chosen, StepFrame frame) {
        return chosen.isPresent() && frame.version().isEmpty();
    }

    /** The version the step links carry: the one shown when it is not the latest, else none (null). */
    public Integer carriedVersion() {
        return version.filter(shown -> versions.isEmpty()
                        || shown.number() != versions.get(0).version().orElseThrow())
                .map(Runs.Version::number)
                .orElse(null);
    }
}
