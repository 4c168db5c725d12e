package nl.rendement.app.evaluation.run;

import nl.rendement.engine.Evaluation;
import nl.rendement.engine.EvaluationResult;
import nl.rendement.engine.Evaluator;
import org.springframework.stereotype.Component;

/** The engine as the product calls it: only the run worker does, never a page request. */
@Component
public class EvaluationEngine {

    public EvaluationResult evaluate(Evaluation evaluation) {
        return new Evaluator().evaluate(evaluation);
    }
}
