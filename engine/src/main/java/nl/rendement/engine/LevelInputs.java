package nl.rendement.engine;

import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.levels.ApplicationSurvey;
import nl.rendement.engine.levels.EfficiencyInputs;
import nl.rendement.engine.levels.ReactionSurvey;
import nl.rendement.engine.levels.learning.LearningScores;

/**
 * The data of levels 0–3 (METHOD §1): efficiency inputs, the reaction survey, pre and post
 * scores, and the application survey; each may be absent.
 */
public record LevelInputs(
        Optional<EfficiencyInputs> efficiency,
        Optional<ReactionSurvey> reaction,
        Optional<LearningScores> learning,
        Optional<ApplicationSurvey> application) {

    public static final LevelInputs NONE =
            new LevelInputs(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public LevelInputs {
        Objects.requireNonNull(efficiency, "efficiency");
        Objects.requireNonNull(reaction, "reaction");
        Objects.requireNonNull(learning, "learning");
        Objects.requireNonNull(application, "application");
    }
}
