package nl.rendement.app.survey;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A team's engagement and happiness in one period, side by side, from an employee survey: one or
 * both scores on a scale from 0 to {@code scaleMaximum}, with the number who answered.
 *
 * @param unitId the org unit of the team
 */
public record TeamScore(
        long unitId,
        LocalDate periodStart,
        ScorePeriod period,
        Optional<BigDecimal> engagement,
        Optional<BigDecimal> happiness,
        BigDecimal scaleMaximum,
        int respondents) {

    public TeamScore {
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(engagement, "engagement");
        Objects.requireNonNull(happiness, "happiness");
        Objects.requireNonNull(scaleMaximum, "scaleMaximum");
        if (scaleMaximum.signum() <= 0) {
            throw new IllegalArgumentException("a scale maximum is above 0: " + scaleMaximum);
        }
        if (respondents < 1) {
            throw new IllegalArgumentException("a score has at least one respondent");
        }
        if (engagement.isEmpty() && happiness.isEmpty()) {
            throw new IllegalArgumentException("a team score gives engagement, happiness or both");
        }
        engagement.ifPresent(score -> requireOnScale(score, scaleMaximum));
        happiness.ifPresent(score -> requireOnScale(score, scaleMaximum));
    }

    private static void requireOnScale(BigDecimal score, BigDecimal maximum) {
        if (score.signum() < 0 || score.compareTo(maximum) > 0) {
            throw new IllegalArgumentException("a score lies between 0 and " + maximum + ": " + score);
        }
    }
}
