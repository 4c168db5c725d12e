package nl.rendement.engine.isolation.estimate;

import static nl.rendement.engine.isolation.estimate.EstimateFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.value.Percentage;
import org.junit.jupiter.api.Test;

/** The grievance example of METHOD §5: supervisors, answering as one group, estimate the programme's share. */
class GrievancesTest {

    private final EstimateIsolation isolation = EstimateIsolation.withDefaults(5);

    @Test
    void supervisorsCreditSevenFewerGrievancesAMonth() {
        Estimate supervisors = Estimate.of(
                "supervisors",
                new BigDecimal("12.5"),
                Percentage.of(80),
                Percentage.of(70),
                "grievance log before and after, other causes discussed");

        EstimateResult result = isolation.isolate(set(EstimateSource.MANAGER, 1, supervisors));

        // By hand: 12.5 x 0.80 x 0.70 = 10 x 0.70 = 7 fewer grievances a month.
        assertThat(result.groupTotal().value()).isEqualByComparingTo("7");
        // By hand: 1 response of 1 asked = 100% >= 30%, and the one estimate has a basis.
        assertThat(result.responseRate().value()).isEqualTo(Percentage.of(100));
        assertThat(result.credible()).isTrue();
        assertThat(result.notCredible()).isEmpty();
        Step adjusted = result.groupTotal().trail().all("estimate.adjusted").get(0);
        assertThat(adjusted.fact("attribution")).contains(Percentage.of(80));
        assertThat(adjusted.fact("confidence")).contains(Percentage.of(70));
    }

    @Test
    void saysTheExtremeRuleWasNotAppliedToASingleGroupEstimate() {
        Estimate supervisors = Estimate.of(
                "supervisors", new BigDecimal("12.5"), Percentage.of(80), Percentage.of(70), "grievance log");

        EstimateResult result = isolation.isolate(set(EstimateSource.MANAGER, 1, supervisors));

        // The median rests on 1 estimate, fewer than k = 5.
        Step notApplied = result.groupTotal()
                .trail()
                .all("estimate.extremeRule.notApplied")
                .get(0);
        assertThat(notApplied.fact("because")).contains("fewerThanK");
        assertThat(notApplied.fact("estimates")).contains(1);
        assertThat(notApplied.fact("k")).contains(5);
    }
}
