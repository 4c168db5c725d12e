package nl.rendement.engine.isolation.estimate;

import static nl.rendement.engine.isolation.estimate.EstimateFixtures.based;
import static nl.rendement.engine.isolation.estimate.EstimateFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import nl.rendement.engine.value.Percentage;
import org.junit.jupiter.api.Test;

/** METHOD §2: estimates are credible only with a response rate of at least 30% (default). */
class ResponseRateTest {

    private final EstimateIsolation isolation = EstimateIsolation.withDefaults(5);

    @Test
    void isNotCredibleBelowThirtyPercentResponse() {
        // 2 of 10 = 20% < 30%. The total is still shown: 4 x 0.5 x 0.5 + 8 x 0.5 x 0.5 = 1 + 2 = 3.
        EstimateResult result = isolation.isolate(
                set(EstimateSource.PARTICIPANT, 10, based("A", "4", 50, 50), based("B", "8", 50, 50)));

        assertThat(result.groupTotal().value()).isEqualByComparingTo("3");
        assertThat(result.responseRate().value()).isEqualTo(Percentage.of(20));
        assertThat(result.credible()).isFalse();
        assertThat(result.notCredible()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("estimate.notCredible.lowResponseRate");
            assertThat(reason.step().fact("rate")).contains(Percentage.of(20));
            assertThat(reason.step().fact("minimum")).contains(Percentage.of(30));
        });
    }

    @Test
    void isCredibleAtExactlyThirtyPercentResponse() {
        // 3 of 10 = 30%, not below 30%.
        EstimateResult result = isolation.isolate(set(
                EstimateSource.PARTICIPANT,
                10,
                based("A", "1", 50, 50),
                based("B", "1", 50, 50),
                based("C", "1", 50, 50)));

        assertThat(result.credible()).isTrue();
    }

    @Test
    void comparesAThirdExactly() {
        // 1 of 3 = 33.33...% >= 30%; the rate is kept to 34 digits, the comparison is exact.
        EstimateResult result = isolation.isolate(set(EstimateSource.EXPERT, 3, based("X", "1", 50, 50)));

        assertThat(result.responseRate().value().value())
                .isCloseTo(new BigDecimal("33.333333333333333333333333333333"), within(new BigDecimal("1E-30")));
        assertThat(result.credible()).isTrue();
    }
}
