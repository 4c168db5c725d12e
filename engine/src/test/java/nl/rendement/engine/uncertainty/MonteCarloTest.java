package nl.rendement.engine.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

    private static final double Z95 = 1.6448536269514722;

    /**
     * Benefits a year normal with mean 300,000 and SE 50,000, fixed costs 200,000, one year: the ROI
     * is normal with mean (300,000 - 200,000) / 200,000 x 100 = 50% and SD 50,000 / 200,000 x 100 =
     * 25%. Its 5th and 95th percentiles are 50 -/+ 1.6449 x 25 = 8.879 and 91.121, its median 50,
     * and P(ROI >= 25%) = P(Z >= -1) = 0.8413. Monte Carlo error with 40,000 draws: SE of the 5th
     * percentile = sqrt(0.05 x 0.95 / 40,000) / phi(1.6449) x 25 = 0.264; of the median 0.157; of
     * the probability sqrt(0.841 x 0.159 / 40,000) = 0.0018. Tolerances are about 4 SE.
     */
    @Test
    void aNormalBenefitOnFixedCostsGivesItsKnownRoiQuantiles() {
        RoiModel model = new RoiModel(
                List.of(new UncertainInput(
                        "benefit",
                        UncertainInput.Kind.BENEFIT_PER_YEAR,
                        "output",
                        new Distribution.Normal(300_000, 50_000))),
                List.of(new RoiModel.Term("output", Optional.empty(), Optional.empty(), 1, Optional.of("benefit"))),
                1,
                200_000);

        RoiRange range = MonteCarlo.withDefaults().withIterations(40_000).run(model, 25);

        assertThat(range.p5()).isCloseTo(50 - Z95 * 25, within(1.1));
        assertThat(range.median()).isCloseTo(50, within(0.65));
        assertThat(range.p95()).isCloseTo(50 + Z95 * 25, within(1.1));
        assertThat(range.probabilityMeetsObjective()).isCloseTo(0.8413447, within(0.008));
        assertThat(model.headlineRoi()).isCloseTo(50, within(1e-12));
    }

    @Test
    void theSameSeedGivesTheSameRangeAndAnotherSeedAnother() {
        RoiModel model = new RoiModel(
                List.of(new UncertainInput(
                        "benefit",
                        UncertainInput.Kind.BENEFIT_PER_YEAR,
                        "output",
                        new Distribution.Normal(300_000, 50_000))),
                List.of(new RoiModel.Term("output", Optional.empty(), Optional.empty(), 1, Optional.of("benefit"))),
                1,
                200_000);

        RoiRange once = MonteCarlo.withDefaults().run(model, 25);
        RoiRange again = MonteCarlo.withDefaults().run(model, 25);
        RoiRange other = MonteCarlo.withDefaults().withSeed(7).run(model, 25);

        assertThat(again.p5()).isEqualTo(once.p5());
        assertThat(again.p95()).isEqualTo(once.p95());
        assertThat(other.p5()).isNotEqualTo(once.p5());
        assertThat(once.trail().all("uncertainty.range").get(0).fact("seed")).contains(MonteCarlo.DEFAULT_SEED);
    }

    @Test
    void aSharedValueIsDrawnOnceSoTheMeasuresUsingItMoveTogether() {
        // Two measures of 10 units a year each at one shared value, triangular 50-100-150, costs 1,000:
        // drawn once, the benefits are 20 x v, so ROI = (20v - 1,000) / 1,000 x 100 runs from 0% to 200%
        // exactly; drawn independently, the 5th percentile would lie well above 0 + its triangle's tail.
        Distribution.Triangular shared = new Distribution.Triangular(50, 100, 150);
        RoiModel model = new RoiModel(
                List.of(
                        new UncertainInput("a", UncertainInput.Kind.IMPROVEMENT, "a", new Distribution.Fixed(10)),
                        new UncertainInput("b", UncertainInput.Kind.IMPROVEMENT, "b", new Distribution.Fixed(10)),
                        new UncertainInput("value", UncertainInput.Kind.VALUE_PER_UNIT, "a", shared)),
                List.of(
                        new RoiModel.Term("a", Optional.of("a"), Optional.of("value"), 1, Optional.empty()),
                        new RoiModel.Term("b", Optional.of("b"), Optional.of("value"), 1, Optional.empty())),
                1,
                1_000);

        RoiRange range = MonteCarlo.withDefaults().withIterations(20_000).run(model, 25);

        // The triangle's 5th percentile: 50 + sqrt(0.05 x 100 x 50) = 65.81, so ROI (20 x 65.81 - 1,000) / 10 = 31.62.
        assertThat(range.p5()).isCloseTo(31.62, within(1.5));
        assertThat(range.fixed()).extracting(UncertainInput::key).containsExactly("a", "b");
        assertThat(range.sensitivity()).extracting(RoiRange.Swing::key).containsExactly("value");
        // One at a time: at 50 the ROI is 0%, at 150 it is 200%.
        assertThat(range.sensitivity().get(0).roiAtLow()).isCloseTo(0, within(1e-9));
        assertThat(range.sensitivity().get(0).roiAtHigh()).isCloseTo(200, within(1e-9));
    }
}
