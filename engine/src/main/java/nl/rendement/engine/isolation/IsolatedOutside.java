package nl.rendement.engine.isolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;

/**
 * An effect isolated outside Rendement, entered with its source (study, method, date): either an
 * improvement per period of the measure, or a benefit a year already in money. The lowest
 * credibility tier, and marked as such wherever shown; credible when its source is named.
 */
public record IsolatedOutside(
        Optional<BigDecimal> improvementPerPeriod,
        Optional<Money> benefitPerYear,
        String source,
        String method,
        LocalDate date) {

    public IsolatedOutside {
        Objects.requireNonNull(improvementPerPeriod, "improvementPerPeriod");
        Objects.requireNonNull(benefitPerYear, "benefitPerYear");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(date, "date");
        if (improvementPerPeriod.isPresent() == benefitPerYear.isPresent()) {
            throw new IllegalArgumentException(
                    "An effect isolated outside is an improvement or a benefit, one of them");
        }
    }

    public static IsolatedOutside improvement(BigDecimal perPeriod, String source, String method, LocalDate date) {
        return new IsolatedOutside(Optional.of(perPeriod), Optional.empty(), source, method, date);
    }

    public static IsolatedOutside benefit(Money perYear, String source, String method, LocalDate date) {
        return new IsolatedOutside(Optional.empty(), Optional.of(perYear), source, method, date);
    }

    /** Why it is not credible: its source is not named. */
    public List<Reason> credibilityReasons() {
        return source.isBlank() ? List.of(Reason.of("isolation.outside.noSource")) : List.of();
    }

    /** The step that names where the effect comes from, marked as isolated outside Rendement. */
    public Step step() {
        return Step.of(
                "isolation.outside",
                "improvementPerPeriod",
                improvementPerPeriod.map(Object.class::cast).orElse(""),
                "benefitPerYear",
                benefitPerYear.map(Object.class::cast).orElse(""),
                "source",
                source,
                "method",
                method,
                "date",
                date);
    }
}
