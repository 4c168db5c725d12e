package nl.rendement.engine.isolation.estimate;

import static nl.rendement.engine.isolation.estimate.EstimateFixtures.based;
import static nl.rendement.engine.isolation.estimate.EstimateFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.rendement.engine.value.Percentage;
import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void creditsFortyEightPercentForSixtyAttributedAtEightyConfidence() {
        // METHOD §3: 60% attributed x 80% confidence credits 48% of the improvement.
        // By hand: 100 x 0.60 x 0.80 = 48.
        Estimate estimate = based("P01", "100", 60, 80);

        assertThat(estimate.adjusted()).isEqualByComparingTo("48");
    }

    @Test
    void rejectsAnAttributionAboveAHundredPercentNamingTheRespondentAndValue() {
        assertThatThrownBy(() -> based("P07", "10", 120, 80))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("P07")
                .hasMessageContaining("attribution")
                .hasMessageContaining("120%");
    }

    @Test
    void rejectsANegativeConfidence() {
        assertThatThrownBy(() -> based("M02", "10", 50, -5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("M02")
                .hasMessageContaining("confidence")
                .hasMessageContaining("-5%");
    }

    @Test
    void takesABlankBasisAsNoBasis() {
        Estimate blank = new Estimate("P01", BigDecimal.TEN, Percentage.of(50), Percentage.of(50), Optional.of("  "));

        assertThat(blank.hasBasis()).isFalse();
        assertThat(based("P01", "10", 50, 50).hasBasis()).isTrue();
    }

    @Test
    void rejectsMoreResponsesThanPeopleAsked() {
        assertThatThrownBy(() -> set(EstimateSource.PARTICIPANT, 1, based("P01", "1", 1, 1), based("P02", "1", 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 responses from 1 asked");
    }

    @Test
    void rejectsARespondentWhoAnsweredTwice() {
        assertThatThrownBy(() -> set(EstimateSource.MANAGER, 5, based("M01", "1", 1, 1), based("M01", "2", 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("M01");
    }

    @Test
    void rejectsASetNobodyWasAskedFor() {
        assertThatThrownBy(() -> new EstimateSet(EstimateSource.EXPERT, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsNonRespondentsAndSortsResponsesByRespondent() {
        EstimateSet set = set(EstimateSource.PARTICIPANT, 5, based("P2", "1", 1, 1), based("P1", "1", 1, 1));

        // By hand: 5 asked - 2 responses = 3 non-respondents.
        assertThat(set.nonRespondents()).isEqualTo(3);
        assertThat(set.responses()).extracting(Estimate::respondent).containsExactly("P1", "P2");
    }

    @Test
    void rulesDefaultToFactorThreeAndThirtyPercentWithTheRuleOn() {
        EstimateRules rules = EstimateRules.withDefaults(5);

        assertThat(rules.extremeClaimRule()).isTrue();
        assertThat(rules.extremeClaimFactor()).isEqualByComparingTo("3");
        assertThat(rules.minimumResponseRate()).isEqualTo(Percentage.of(30));
        assertThat(rules.withExtremeClaimRule(false).extremeClaimRule()).isFalse();
        assertThat(rules.extremeClaimRule()).isTrue();
        assertThatThrownBy(() -> EstimateRules.withDefaults(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rules.withMinimumResponseRate(Percentage.of(101)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
