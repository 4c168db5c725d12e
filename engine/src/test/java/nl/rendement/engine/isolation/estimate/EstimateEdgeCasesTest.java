package nl.rendement.engine.isolation.estimate;

import static nl.rendement.engine.isolation.estimate.EstimateFixtures.based;
import static nl.rendement.engine.isolation.estimate.EstimateFixtures.set;
import static nl.rendement.engine.isolation.estimate.EstimateFixtures.unfounded;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.value.Percentage;
import org.junit.jupiter.api.Test;

class EstimateEdgeCasesTest {

    private final EstimateIsolation isolation = EstimateIsolation.withDefaults(5);

    // Four estimates with a basis, all at 100% x 100%: 5, 6, 7 and 100.
    private static final EstimateSet FOUR = set(
            EstimateSource.PARTICIPANT,
            4,
            based("A", "5", 100, 100),
            based("B", "6", 100, 100),
            based("C", "7", 100, 100),
            based("D", "100", 100, 100));

    @Test
    void doesNotApplyTheExtremeRuleWhenTheMedianRestsOnFewerThanK() {
        // k = 5 but only 4 estimates: the rule is not applied, so 100 counts: 5 + 6 + 7 + 100 = 118.
        EstimateResult result = isolation.isolate(FOUR);

        assertThat(result.groupTotal().value()).isEqualByComparingTo("118");
        Step step = result.groupTotal()
                .trail()
                .all("estimate.extremeRule.notApplied")
                .get(0);
        assertThat(step.fact("because")).contains("fewerThanK");
        assertThat(step.fact("estimates")).contains(4);
        assertThat(result.exclusions()).isEmpty();
    }

    @Test
    void appliesTheExtremeRuleOnceTheMedianRestsOnK() {
        // k = 4: median (6 + 7) / 2 = 6.5, limit 19.5; 100 > 19.5 is excluded: 5 + 6 + 7 = 18.
        EstimateResult result = EstimateIsolation.withDefaults(4).isolate(FOUR);

        assertThat(result.groupTotal().value()).isEqualByComparingTo("18");
        assertThat(result.exclusions()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("estimate.excluded.extreme");
            assertThat((BigDecimal) reason.step().fact("limit").orElseThrow()).isEqualByComparingTo("19.5");
        });
    }

    @Test
    void doesNotApplyTheExtremeRuleWhenTheMedianIsNotPositive() {
        // Sorted -2 -1 0 0 10: median 0, so no limit. Total -2 - 1 + 0 + 0 + 10 = 7.
        EstimateResult result = isolation.isolate(set(
                EstimateSource.MANAGER,
                5,
                based("A", "-2", 100, 100),
                based("B", "-1", 100, 100),
                based("C", "0", 100, 100),
                based("D", "0", 100, 100),
                based("E", "10", 100, 100)));

        assertThat(result.groupTotal().value()).isEqualByComparingTo("7");
        Step step = result.groupTotal()
                .trail()
                .all("estimate.extremeRule.notApplied")
                .get(0);
        assertThat(step.fact("because")).contains("medianNotPositive");
        assertThat((BigDecimal) step.fact("median").orElseThrow()).isZero();
    }

    @Test
    void keepsAClaimExactlyAtTheLimit() {
        // Median of 10 10 10 10 30 is 10; 30 is not above 3 x 10 = 30. Total 70.
        EstimateResult result = isolation.isolate(set(
                EstimateSource.PARTICIPANT,
                5,
                based("A", "10", 100, 100),
                based("B", "10", 100, 100),
                based("C", "10", 100, 100),
                based("D", "10", 100, 100),
                based("E", "30", 100, 100)));

        assertThat(result.groupTotal().value()).isEqualByComparingTo("70");
        assertThat(result.exclusions()).isEmpty();
    }

    @Test
    void anEmptySetAddsNothingAndIsNotCredible() {
        // 0 of 10 respond: total 0, rate 0%, no median (it rests on 0 estimates).
        EstimateResult result = isolation.isolate(set(EstimateSource.PARTICIPANT, 10));

        assertThat(result.groupTotal().value()).isZero();
        assertThat(result.responseRate().value()).isEqualTo(Percentage.of(0));
        assertThat(result.median()).isEmpty();
        assertThat(result.notCredible())
                .extracting(Reason::code)
                .containsExactly("estimate.notCredible.lowResponseRate", "estimate.notCredible.noIncludedEstimate");
        assertThat(result.groupTotal().trail().all("estimate.extremeRule.notApplied"))
                .singleElement()
                .satisfies(step -> assertThat(step.fact("estimates")).contains(0));
    }

    @Test
    void isNotCredibleWhenEveryClaimIsExcluded() {
        // All 5 respond (100%) but none states a basis: all excluded, total 0.
        EstimateResult result = isolation.isolate(set(
                EstimateSource.MANAGER,
                5,
                unfounded("A", "3", 50, 50),
                unfounded("B", "4", 50, 50),
                unfounded("C", "5", 50, 50),
                unfounded("D", "6", 50, 50),
                unfounded("E", "7", 50, 50)));

        assertThat(result.groupTotal().value()).isZero();
        assertThat(result.exclusions()).hasSize(5).allMatch(r -> r.code().equals("estimate.excluded.noBasis"));
        assertThat(result.notCredible()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("estimate.notCredible.noIncludedEstimate");
            assertThat(reason.step().fact("excluded")).contains(5);
        });
    }
}
