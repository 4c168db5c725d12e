package nl.rendement.engine.levels.learning;

import java.util.Objects;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Trail;

/**
 * What one named test shows (level 2): its name and the result {@link LearningAnalysis#analyse}
 * gives for its scores alone, unchanged.
 *
 * @param name the test's name, as given in its {@link LearningTest}
 * @param result the analysis of the test's scores, as if it were the only test
 */
public record LearningTestResult(String name, LearningResult result) {

    public LearningTestResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(result, "result");
    }

    /** The test analysed with the given rules. */
    public static LearningTestResult of(LearningTest test, LearningAnalysis analysis) {
        return new LearningTestResult(test.name(), analysis.analyse(test.scores()));
    }

    /**
     * The result's trail headed by a step naming the test ({@code learning.test}, fact {@code
     * name}): shown on its own, a trail still says which test its figures are about.
     */
    public Trail trail() {
        return Trail.of(Step.of("learning.test", "name", name)).then(result.trail());
    }
}
