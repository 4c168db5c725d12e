package nl.rendement.engine.isolation.estimate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.value.Percentage;

/**
 * The isolated effect of a programme on one impact measure according to one source (METHOD §3).
 *
 * <ul>
 *   <li>{@code estimates}: every response, sorted by respondent, with what it counts for;
 *   <li>{@code groupTotal}: the sum of the included adjusted improvements, in the measure's units per
 *       period; non-respondents and excluded claims add 0 (principles 6 and 8);
 *   <li>{@code responseRate}: responses / asked x 100;
 *   <li>{@code median}: the extreme-claim median, absent when no respondent stated a basis;
 *   <li>{@code notCredible}: why the result is not credible (METHOD §2: response rate below the
 *       minimum, or no included estimate with a stated basis); empty when credible.
 * </ul>
 */
public record EstimateResult(
        EstimateSource source,
        List<AdjustedEstimate> estimates,
        Traced<BigDecimal> groupTotal,
        Traced<Percentage> responseRate,
        Optional<Traced<BigDecimal>> median,
        List<Reason> notCredible) {

    public EstimateResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(groupTotal, "groupTotal");
        Objects.requireNonNull(responseRate, "responseRate");
        Objects.requireNonNull(median, "median");
        estimates = List.copyOf(estimates);
        notCredible = List.copyOf(notCredible);
    }

    /** Credible when no reason says otherwise (METHOD §2, "estimates"). */
    public boolean credible() {
        return notCredible.isEmpty();
    }

    /** The reasons why claims were excluded, sorted by respondent. */
    public List<Reason> exclusions() {
        return estimates.stream()
                .flatMap(estimate -> estimate.exclusion().stream())
                .toList();
    }

    /** The estimate of one respondent, if they responded. */
    public Optional<AdjustedEstimate> of(String respondent) {
        return estimates.stream()
                .filter(estimate -> estimate.respondent().equals(respondent))
                .findFirst();
    }
}
