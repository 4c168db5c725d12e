package nl.rendement.app.evaluation;

import java.util.List;
import java.util.Objects;
import nl.rendement.engine.Evaluation;

/** An evaluation file read whole: the engine's evaluation, or everything wrong with it. Never both. */
public sealed interface EvaluationFileResult {

    record Read(Evaluation evaluation) implements EvaluationFileResult {
        public Read {
            Objects.requireNonNull(evaluation, "evaluation");
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
