package nl.rendement.app.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.Evaluation;
import nl.rendement.engine.forecast.Forecast;

/** An evaluation file read whole: the engine's evaluation, or everything wrong with it. Never both. */
public sealed interface EvaluationFileResult {

    /** The evaluation and, when the file has one, the forecast made before the programme ran. */
    record Read(Evaluation evaluation, Optional<Forecast> forecast) implements EvaluationFileResult {
        public Read {
            Objects.requireNonNull(evaluation, "evaluation");
            Objects.requireNonNull(forecast, "forecast");
        }

        public Read(Evaluation evaluation) {
            this(evaluation, Optional.empty());
        }
    }

    record Problems(List<EvaluationProblem> problems) implements EvaluationFileResult {
        public Problems {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("problems without a problem");
            }
        }
    }
}
