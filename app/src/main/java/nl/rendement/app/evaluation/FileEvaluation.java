package nl.rendement.app.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.rendement.engine.Evaluation;
import nl.rendement.engine.EvaluationResult;

/**
 * One evaluation file evaluated: read by {@link EvaluationFileReader}, evaluated by the engine
 * given, and written as the JSON document {@code evaluate --json} prints (docs/evaluation-result.md).
 * The product's runs and the command take this one path.
 */
public final class FileEvaluation {

    private FileEvaluation() {}

    /** The file's result, or the problems that kept it from being evaluated. */
    public sealed interface Outcome {}

    /** The evaluation, the engine's result and the JSON document of both (with the forecast, if any). */
    public record Evaluated(Evaluation evaluation, EvaluationResult result, Optional<Forecasted> forecast, String json)
            implements Outcome {}

    public record Refused(List<EvaluationProblem> problems) implements Outcome {
        public Refused {
            problems = List.copyOf(problems);
        }
    }

    public static Outcome of(Path file, Function<Evaluation, EvaluationResult> engine) {
        EvaluationFileResult read = EvaluationFileReader.read(file);
        if (read instanceof EvaluationFileResult.Problems problems) {
            return new Refused(problems.problems());
        }
        EvaluationFileResult.Read contents = (EvaluationFileResult.Read) read;
        Evaluation evaluation = contents.evaluation();
        EvaluationResult result = engine.apply(evaluation);
        Optional<Forecasted> forecast = Forecasted.of(contents.forecast(), result);
        return new Evaluated(evaluation, result, forecast, EvaluationJson.text(evaluation, result, forecast));
    }
}
