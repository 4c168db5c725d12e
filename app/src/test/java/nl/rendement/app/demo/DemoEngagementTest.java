package nl.rendement.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo's employee survey carries its planted truth: a team's happiness and engagement rise by
 * the effect times the share of its members who completed the wellbeing programme. Recovered from
 * the generated scores alone by a check independent of the generator's arithmetic: each team's
 * months are compared with its own months before anyone was trained (a team fixed effect), and the
 * slope of that difference on the trained share is fitted through the origin (least squares:
 * Σxy / Σx²). Tolerance 0.15 on the full demo (about 40 teams × 36 months; a month's noise is about
 * 1.2 / √n with n ≈ 8 respondents).
 */
class DemoEngagementTest {

    static final List<DemoEngagement.TeamMonth> MONTHS = DemoEngagement.months(DemoGeneratorTest.FULL);

    @Test
    void theWellbeingEffectOnHappinessAndEngagementIsRecoveredFromTheScores() {
        assertThat(slope(month -> month.happiness().doubleValue()))
                .isCloseTo(DemoEngagement.HAPPINESS_EFFECT, within(0.15));
        assertThat(slope(month -> month.engagement().doubleValue()))
                .isCloseTo(DemoEngagement.ENGAGEMENT_EFFECT, within(0.15));
    }

    @Test
    void aboutSevenInTenMembersAnswerAndEveryTeamHasEveryMonth() {
        long members =
                MONTHS.stream().mapToLong(DemoEngagement.TeamMonth::members).sum();
        long respondents =
                MONTHS.stream().mapToLong(DemoEngagement.TeamMonth::respondents).sum();

        assertThat((double) respondents / members).isCloseTo(DemoEngagement.RESPONSE_RATE, within(0.02));
        assertThat(MONTHS).allSatisfy(month -> assertThat(month.respondents()).isBetween(1, month.members()));
        assertThat(MONTHS.stream()
                        .collect(Collectors.groupingBy(DemoEngagement.TeamMonth::team, Collectors.counting())))
                .hasSize(40)
                .allSatisfy((team, months) -> assertThat(months).as(team).isEqualTo(36L));
        assertThat(MONTHS.stream()
                        .mapToDouble(DemoEngagement.TeamMonth::trainedShare)
                        .max()
                        .orElseThrow())
                .as("some teams are trained by the end")
                .isGreaterThan(0.3);
    }

    private static double slope(Function<DemoEngagement.TeamMonth, Double> score) {
        Map<String, Double> baseline = MONTHS.stream()
                .filter(month -> month.trainedShare() == 0)
                .collect(Collectors.groupingBy(
                        DemoEngagement.TeamMonth::team, Collectors.averagingDouble(score::apply)));
        double xy = 0;
        double xx = 0;
        for (DemoEngagement.TeamMonth month : MONTHS) {
            double x = month.trainedShare();
            double y = score.apply(month) - baseline.get(month.team());
            xy += x * y;
            xx += x * x;
        }
        return xy / xx;
    }
}
