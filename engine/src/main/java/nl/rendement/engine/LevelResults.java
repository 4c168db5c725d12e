package nl.rendement.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.costs.CostOutcome;
import nl.rendement.engine.levels.Application;
import nl.rendement.engine.levels.ApplicationResult;
import nl.rendement.engine.levels.Efficiency;
import nl.rendement.engine.levels.EfficiencyResult;
import nl.rendement.engine.levels.Reaction;
import nl.rendement.engine.levels.ReactionResult;
import nl.rendement.engine.levels.learning.LearningAnalysis;
import nl.rendement.engine.levels.learning.LearningTestResult;
import nl.rendement.engine.trail.Reason;

/**
 * The results of levels 0–3, each present when its data were given.
 *
 * @param learning level 2: one result per test, in the order of the inputs; none without tests
 */
public record LevelResults(
        Optional<EfficiencyResult> efficiency,
        Optional<ReactionResult> reaction,
        List<LearningTestResult> learning,
        Optional<ApplicationResult> application) {

    public LevelResults {
        Objects.requireNonNull(efficiency, "efficiency");
        Objects.requireNonNull(reaction, "reaction");
        learning = List.copyOf(learning);
        Objects.requireNonNull(application, "application");
    }

    /** Levels 0–3 with k; level 0's costs are the fully loaded costs when there are any. */
    static LevelResults of(LevelInputs inputs, int k, CostOutcome costs) {
        return new LevelResults(
                inputs.efficiency()
                        .map(given -> costs instanceof CostOutcome.Costs loaded ? given.withCosts(loaded) : given)
                        .map(given -> Efficiency.withDefaults().withK(k).evaluate(given)),
                inputs.reaction().map(survey -> Reaction.withDefaults().withK(k).evaluate(survey)),
                inputs.learning().stream()
                        .map(test -> LearningTestResult.of(test, LearningAnalysis.withDefaults(k)))
                        .toList(),
                inputs.application()
                        .map(survey -> Application.withDefaults().withK(k).evaluate(survey)));
    }

    /**
     * Principle 1: an evaluation up to ROI collects data at the lower levels too; a missing level
     * 1, 2 or 3 is named in a note. Level 2 is missing only when there is no test at all.
     */
    List<Reason> missingLevels() {
        List<Integer> missing = new ArrayList<>();
        if (reaction.isEmpty()) {
            missing.add(1);
        }
        if (learning.isEmpty()) {
            missing.add(2);
        }
        if (application.isEmpty()) {
            missing.add(3);
        }
        return missing.isEmpty()
                ? List.of()
                : List.of(Reason.of("evaluation.lowerLevelMissing", "levels", List.copyOf(missing)));
    }
}
