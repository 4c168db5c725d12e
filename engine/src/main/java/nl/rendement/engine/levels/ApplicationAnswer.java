package nl.rendement.engine.levels;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One level-3 survey response (METHOD §1), without who gave it: whether the respondent applies
 * what was learned, how often (a category of the survey's frequency scale, if answered), and the
 * barriers and enablers they cite.
 */
public record ApplicationAnswer(
        boolean applying, Optional<String> frequency, Set<String> barriers, Set<String> enablers) {

    public ApplicationAnswer {
        Objects.requireNonNull(frequency, "frequency");
        barriers = Set.copyOf(barriers);
        enablers = Set.copyOf(enablers);
    }

    public static ApplicationAnswer of(boolean applying, String frequency) {
        return new ApplicationAnswer(applying, Optional.of(frequency), Set.of(), Set.of());
    }

    public ApplicationAnswer citing(Set<String> barriersCited, Set<String> enablersCited) {
        return new ApplicationAnswer(applying, frequency, barriersCited, enablersCited);
    }
}
