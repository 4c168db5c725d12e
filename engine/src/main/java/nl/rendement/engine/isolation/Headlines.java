package nl.rendement.engine.isolation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;

/**
 * Chooses each measure's headline among its candidates by the conservative rule (METHOD §2): the
 * lowest attributable benefit among credible candidates, or the lowest within the most credible
 * tier. Ties go to the more credible method (tier, then method order), so the choice does not
 * depend on the order candidates arrive in. Without a credible candidate the measure adds 0 and
 * every candidate's reasons are kept.
 */
public final class Headlines {

    private static final Comparator<Candidate> LOWEST_FIRST = Comparator.<Candidate, Money>comparing(
                    candidate -> candidate.annualBenefit().orElseThrow().value(), Headlines::compare)
            .thenComparing(candidate -> candidate.method().tier())
            .thenComparing(Candidate::method);

    private final HeadlineRule rule;

    public Headlines(HeadlineRule rule) {
        this.rule = rule;
    }

    public MeasureBenefit choose(String measureId, List<Candidate> candidates, Currency currency) {
        List<Candidate> credible =
                candidates.stream().filter(Candidate::credible).toList();
        if (credible.isEmpty()) {
            List<Reason> reasons = new ArrayList<>();
            reasons.add(
                    Reason.of(candidates.isEmpty() ? "isolation.none" : "isolation.noCredible", "measure", measureId));
            candidates.forEach(candidate -> reasons.addAll(candidate.reasons()));
            return new MeasureBenefit(
                    measureId,
                    Optional.empty(),
                    sorted(candidates),
                    Traced.of(Money.zero(currency), reasons.get(0).step()),
                    reasons);
        }
        int tier = credible.stream().mapToInt(c -> c.method().tier()).min().orElseThrow();
        Candidate chosen = credible.stream()
                .filter(candidate -> rule == HeadlineRule.LOWEST_OF_ALL_CREDIBLE
                        || candidate.method().tier() == tier)
                .min(LOWEST_FIRST)
                .orElseThrow();
        Traced<Money> benefit = chosen.annualBenefit().orElseThrow();
        Step step = Step.of(
                "isolation.headline",
                "measure",
                measureId,
                "rule",
                rule.name(),
                "method",
                chosen.method().name(),
                "annualBenefit",
                benefit.value(),
                "credibleCandidates",
                credible.size(),
                "candidates",
                candidates.size());
        return new MeasureBenefit(
                measureId,
                Optional.of(chosen),
                sorted(candidates.stream()
                        .filter(candidate -> candidate != chosen)
                        .toList()),
                new Traced<>(benefit.value(), benefit.trail().then(step)),
                List.of());
    }

    private static List<Candidate> sorted(List<Candidate> candidates) {
        return candidates.stream()
                .sorted(Comparator.comparing(Candidate::method)
                        .thenComparing(
                                candidate -> candidate.annualBenefit().map(Traced::value), Headlines::compareOptional))
                .toList();
    }

    /** Compares amounts of one currency; candidates in different currencies fail loudly. */
    private static int compare(Money left, Money right) {
        return left.minus(right).amount().signum();
    }

    private static int compareOptional(Optional<Money> left, Optional<Money> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return Boolean.compare(left.isPresent(), right.isPresent());
        }
        return compare(left.get(), right.get());
    }
}
