package nl.rendement.engine.levels;

import java.util.List;
import java.util.Objects;

/**
 * Level 3, application (METHOD §1).
 *
 * @param applying the respondents who apply, a part of the respondents
 * @param frequency one part per category of the scale, in its order, of those who answered how
 *     often; empty when nobody did
 * @param barriers each barrier cited, a part of the respondents (% citing it), most cited first
 * @param enablers each enabler cited, likewise
 * @param observedApplying the observed people whom their manager saw applying, a part of the
 *     observed people
 */
public record ApplicationResult(
        Figure<Double> applying,
        List<Part> frequency,
        List<Part> barriers,
        List<Part> enablers,
        Figure<Double> observedApplying) {

    public ApplicationResult {
        Objects.requireNonNull(applying, "applying");
        frequency = List.copyOf(frequency);
        barriers = List.copyOf(barriers);
        enablers = List.copyOf(enablers);
        Objects.requireNonNull(observedApplying, "observedApplying");
    }
}
