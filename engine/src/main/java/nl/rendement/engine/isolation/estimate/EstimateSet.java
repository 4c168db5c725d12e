package nl.rendement.engine.isolation.estimate;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The estimates of one source for one impact measure: how many were asked and the responses.
 * Those asked who did not respond add 0 (METHOD §2, principle 6: no data means no improvement).
 * Responses are kept sorted by respondent, so that nothing depends on the order they came in.
 */
public record EstimateSet(EstimateSource source, int asked, List<Estimate> responses) {

    public EstimateSet {
        Objects.requireNonNull(source, "source");
        responses = responses.stream()
                .sorted(Comparator.comparing(Estimate::respondent))
                .toList();
        if (asked < 1) {
            throw new IllegalArgumentException("An estimate set needs at least one person asked: " + asked);
        }
        if (responses.size() > asked) {
            throw new IllegalArgumentException(
                    responses.size() + " responses from " + asked + " asked (" + source + ")");
        }
        requireUniqueRespondents(responses);
    }

    /** Those asked who gave no estimate = asked - responses. */
    public int nonRespondents() {
        return asked - responses.size();
    }

    private static void requireUniqueRespondents(List<Estimate> responses) {
        Set<String> seen = new HashSet<>();
        for (Estimate estimate : responses) {
            if (!seen.add(estimate.respondent())) {
                throw new IllegalArgumentException("Respondent " + estimate.respondent() + " answered twice");
            }
        }
    }
}
