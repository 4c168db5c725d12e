package nl.rendement.engine.isolation.estimate;

import static nl.rendement.engine.isolation.estimate.EstimateFixtures.based;
import static nl.rendement.engine.isolation.estimate.EstimateFixtures.set;
import static nl.rendement.engine.isolation.estimate.EstimateFixtures.unfounded;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Trail;
import nl.rendement.engine.value.Percentage;
import org.junit.jupiter.api.Test;

/**
 * 26 people asked about extra units sold per month: 16 participants and the 10 managers of their
 * teams, each manager estimating their own team. Every figure below is worked out by hand.
 */
class EstimateTableTest {

    // Participants: improvement, attribution %, confidence % -> adjusted = improvement x a x c
    private static final EstimateSet PARTICIPANTS = set(
            EstimateSource.PARTICIPANT,
            16,
            based("P01", "10", 50, 80), // 10 x 0.50 x 0.80 = 4.00
            based("P02", "8", 60, 90), //   8 x 0.60 x 0.90 = 4.32
            based("P03", "12", 40, 75), // 12 x 0.40 x 0.75 = 3.60
            based("P04", "6", 100, 50), //  6 x 1.00 x 0.50 = 3.00
            based("P05", "9", 70, 80), //   9 x 0.70 x 0.80 = 5.04
            based("P06", "15", 60, 80), // 15 x 0.60 x 0.80 = 7.20
            based("P07", "7", 50, 60), //   7 x 0.50 x 0.60 = 2.10
            based("P08", "11", 30, 90), // 11 x 0.30 x 0.90 = 2.97
            based("P09", "5", 80, 100), //  5 x 0.80 x 1.00 = 4.00
            unfounded("P10", "20", 50, 50), // no basis: excluded (would be 5.00)
            based("P11", "60", 90, 90), // 60 x 0.90 x 0.90 = 48.60, extreme: 60 > 3 x 9 = 27
            based("P12", "0", 0, 100)); //  0 x 0.00 x 1.00 = 0
    // P13-P16 did not respond: 16 asked - 12 responses = 4 non-respondents, each adding 0.

    // Managers, each for their team.
    private static final EstimateSet MANAGERS = set(
            EstimateSource.MANAGER,
            10,
            based("M01", "8", 50, 80), //  8 x 0.50 x 0.80 = 3.20
            based("M02", "6", 60, 70), //  6 x 0.60 x 0.70 = 2.52
            based("M03", "10", 40, 90), // 10 x 0.40 x 0.90 = 3.60
            based("M04", "4", 75, 80), //  4 x 0.75 x 0.80 = 2.40
            based("M05", "7", 50, 50), //  7 x 0.50 x 0.50 = 1.75
            based("M06", "9", 50, 100)); // 9 x 0.50 x 1.00 = 4.50
    // M07-M10 did not respond: 10 - 6 = 4 non-respondents.

    private final EstimateIsolation ruleOn = EstimateIsolation.withDefaults(5);
    private final EstimateIsolation ruleOff =
            EstimateIsolation.withRules(EstimateRules.withDefaults(5).withExtremeClaimRule(false));

    @Test
    void takesTheParticipantMedianOverThoseWithABasis() {
        // With a basis (P10 left out): 0 5 6 7 8 9 10 11 12 15 60 -> 11 values, the 6th is 9.
        EstimateResult result = ruleOn.isolate(PARTICIPANTS);

        assertThat(result.median().orElseThrow().value()).isEqualByComparingTo("9");
        Step applied =
                result.groupTotal().trail().all("estimate.extremeRule.applied").get(0);
        assertThat((BigDecimal) applied.fact("limit").orElseThrow()).isEqualByComparingTo("27");
        assertThat(applied.fact("estimates")).contains(11);
    }

    @Test
    void totalsParticipantsWithTheRuleOn() {
        // 4.00 + 4.32 + 3.60 + 3.00 + 5.04 + 7.20 + 2.10 + 2.97 + 4.00 + 0 = 36.23
        EstimateResult result = ruleOn.isolate(PARTICIPANTS);

        assertThat(result.groupTotal().value()).isEqualByComparingTo("36.23");
        assertThat(result.exclusions())
                .extracting(Reason::code)
                .containsExactly("estimate.excluded.noBasis", "estimate.excluded.extreme");
        assertThat(result.of("P10").orElseThrow().counted().value()).isZero();
        assertThat(result.of("P11").orElseThrow().included()).isFalse();
        // 12 of 16 = 75%
        assertThat(result.responseRate().value()).isEqualTo(Percentage.of(75));
        assertThat(result.credible()).isTrue();
    }

    @Test
    void countsTheExtremeClaimWhenTheRuleIsOffAndSaysSo() {
        // 36.23 + 48.60 (P11) = 84.83; P10 stays excluded: it has no basis.
        EstimateResult result = ruleOff.isolate(PARTICIPANTS);

        assertThat(result.groupTotal().value()).isEqualByComparingTo("84.83");
        assertThat(result.of("P11").orElseThrow().counted().value()).isEqualByComparingTo("48.60");
        Trail trail = result.groupTotal().trail();
        assertThat(trail.has("estimate.extremeRule.off")).isTrue();
        assertThat(trail.has("estimate.extremeRule.applied")).isFalse();
        assertThat(trail.all("estimate.extremeRule.offCounted"))
                .singleElement()
                .satisfies(step -> assertThat(step.fact("respondent")).contains("P11"));
        assertThat(result.exclusions()).extracting(Reason::code).containsExactly("estimate.excluded.noBasis");
    }

    @Test
    void totalsManagersWithAnEvenMedian() {
        // Sorted 4 6 7 8 9 10 -> median (7 + 8) / 2 = 7.5, limit 22.5: nobody excluded.
        // 3.20 + 2.52 + 3.60 + 2.40 + 1.75 + 4.50 = 17.97, with the rule on or off. 6 of 10 = 60%.
        EstimateResult on = ruleOn.isolate(MANAGERS);
        EstimateResult off = ruleOff.isolate(MANAGERS);

        assertThat(on.median().orElseThrow().value()).isEqualByComparingTo("7.5");
        assertThat(on.groupTotal().value()).isEqualByComparingTo("17.97");
        assertThat(off.groupTotal().value()).isEqualByComparingTo("17.97");
        assertThat(on.exclusions()).isEmpty();
        assertThat(on.responseRate().value()).isEqualTo(Percentage.of(60));
        assertThat(on.credible()).isTrue();
    }

    @Test
    void countsTheLowerGroupTotalOfParticipantsAndManagers() {
        // Rule on: min(36.23, 17.97) = 17.97, the managers'. Rule off: min(84.83, 17.97) = 17.97.
        assertManagersCount(ruleOn, "36.23");
        assertManagersCount(ruleOff, "84.83");
    }

    private static void assertManagersCount(EstimateIsolation isolation, String participantTotal) {
        CombinedEstimate combined =
                isolation.lowerGroupTotal(isolation.isolate(PARTICIPANTS), isolation.isolate(MANAGERS));

        assertThat(combined).isInstanceOfSatisfying(CombinedEstimate.Counted.class, counted -> {
            assertThat(counted.source()).isEqualTo(EstimateSource.MANAGER);
            assertThat(counted.groupTotal().value()).isEqualByComparingTo("17.97");
            Step rule = counted.trail().all("estimate.lowerGroupTotal").get(0);
            assertThat((BigDecimal) rule.fact("participantTotal").orElseThrow()).isEqualByComparingTo(participantTotal);
            assertThat((BigDecimal) rule.fact("managerTotal").orElseThrow()).isEqualByComparingTo("17.97");
            assertThat(rule.fact("chosen")).contains(EstimateSource.MANAGER);
        });
    }

    @Test
    void recordsNonRespondentsAsAddingNothing() {
        Step step = ruleOn.isolate(PARTICIPANTS)
                .groupTotal()
                .trail()
                .all("estimate.nonRespondents")
                .get(0);

        assertThat(step.fact("nonRespondents")).contains(4);
        assertThat(step.fact("asked")).contains(16);
    }
}
