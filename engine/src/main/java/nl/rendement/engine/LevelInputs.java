package nl.rendement.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.rendement.engine.levels.ApplicationSurvey;
import nl.rendement.engine.levels.EfficiencyInputs;
import nl.rendement.engine.levels.ReactionSurvey;
import nl.rendement.engine.levels.learning.LearningTest;

/**
 * The data of levels 0–3 (METHOD §1): efficiency inputs, the reaction survey, pre and post
 * scores, and the application survey; each may be absent.
 *
 * @param learning level 2's tests, each analysed on its own, in this order; names unique; none
 *     when level 2 was not measured
 */
public record LevelInputs(
        Optional<EfficiencyInputs> efficiency,
        Optional<ReactionSurvey> reaction,
        List<LearningTest> learning,
        Optional<ApplicationSurvey> application) {

    public static final LevelInputs NONE =
            new LevelInputs(Optional.empty(), Optional.empty(), List.of(), Optional.empty());

    public LevelInputs {
        Objects.requireNonNull(efficiency, "efficiency");
        Objects.requireNonNull(reaction, "reaction");
        learning = List.copyOf(learning);
        Set<String> names = new HashSet<>();
        for (LearningTest test : learning) {
            if (!names.add(test.name())) {
                throw new IllegalArgumentException("Two tests named " + test.name());
            }
        }
        Objects.requireNonNull(application, "application");
    }
}
