package nl.rendement.engine.isolation.estimate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;

/**
 * The extreme-claim rule of one source (METHOD §2, principle 8): the median improvement among
 * respondents who stated a basis, and the limit = factor x median above which a claim is extreme.
 * There is no limit when the median is undefined, rests on fewer than k estimates or is {@code <= 0}; the
 * step says why. With the rule off the limit is still reported, so that its effect shows.
 */
record ExtremeClaimCheck(Optional<Traced<BigDecimal>> median, Optional<BigDecimal> limit, Step step) {

    static ExtremeClaimCheck of(EstimateSet set, EstimateRules rules) {
        List<BigDecimal> improvements = set.responses().stream()
                .filter(Estimate::hasBasis)
                .map(Estimate::improvement)
                .sorted()
                .toList();
        int estimates = improvements.size();
        Optional<BigDecimal> value = estimates == 0 ? Optional.empty() : Optional.of(median(improvements));
        Optional<Traced<BigDecimal>> median = value.map(m ->
                Traced.of(m, Step.of("estimate.median", "source", set.source(), "median", m, "estimates", estimates)));
        List<Object> facts = new ArrayList<>(List.of("source", set.source(), "estimates", estimates, "k", rules.k()));
        value.ifPresent(m -> facts.addAll(List.of("median", m)));
        if (estimates < rules.k() || value.get().signum() <= 0) {
            String because = estimates < rules.k() ? "fewerThanK" : "medianNotPositive";
            facts.addAll(List.of("because", because));
            String code = rules.extremeClaimRule() ? "estimate.extremeRule.notApplied" : "estimate.extremeRule.off";
            return new ExtremeClaimCheck(median, Optional.empty(), Step.of(code, facts.toArray()));
        }
        BigDecimal limit = rules.extremeClaimFactor().multiply(value.get());
        facts.addAll(List.of("factor", rules.extremeClaimFactor(), "limit", limit));
        String code = rules.extremeClaimRule() ? "estimate.extremeRule.applied" : "estimate.extremeRule.off";
        return new ExtremeClaimCheck(median, Optional.of(limit), Step.of(code, facts.toArray()));
    }

    /** Whether this improvement lies above the limit, if there is one. */
    boolean isExtreme(BigDecimal improvement) {
        return limit.filter(l -> improvement.compareTo(l) > 0).isPresent();
    }

    /** The middle value of sorted values; with an even count the mean of the two middle ones (exact). */
    private static BigDecimal median(List<BigDecimal> sorted) {
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2));
    }
}
