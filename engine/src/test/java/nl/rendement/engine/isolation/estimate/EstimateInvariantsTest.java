package nl.rendement.engine.isolation.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import nl.rendement.engine.value.Percentage;
import org.junit.jupiter.api.Test;

/** Properties that hold for any estimate set, checked over 200 seeded, generated sets. */
class EstimateInvariantsTest {

    private static final int SEEDS = 200;

    @Test
    void aNonRespondentNeverRaisesTheTotalNorMakesItCredible() {
        for (int seed = 0; seed < SEEDS; seed++) {
            Generated generated = generate(seed);
            EstimateSet set = generated.set();
            EstimateSet oneMoreAsked = new EstimateSet(set.source(), set.asked() + 1, set.responses());

            EstimateResult before = generated.isolation().isolate(set);
            EstimateResult after = generated.isolation().isolate(oneMoreAsked);

            assertThat(after.groupTotal().value())
                    .as("seed %d", seed)
                    .isEqualByComparingTo(before.groupTotal().value());
            assertThat(!after.credible() || before.credible())
                    .as("seed %d", seed)
                    .isTrue();
        }
    }

    @Test
    void resultsDoNotDependOnTheOrderOfEstimates() {
        for (int seed = 0; seed < SEEDS; seed++) {
            Generated generated = generate(seed);
            List<Estimate> shuffled = new ArrayList<>(generated.set().responses());
            Collections.shuffle(shuffled, new Random(seed + 1_000L));
            EstimateSet reordered =
                    new EstimateSet(generated.set().source(), generated.set().asked(), shuffled);

            assertThat(generated.isolation().isolate(reordered))
                    .as("seed %d", seed)
                    .isEqualTo(generated.isolation().isolate(generated.set()));
        }
    }

    @Test
    void turningTheExtremeRuleOnNeverRaisesATotal() {
        int seedsWithAnExtremeClaim = 0;
        for (int seed = 0; seed < SEEDS; seed++) {
            Generated generated = generate(seed);
            EstimateRules rules = generated.isolation().rules();
            EstimateResult on = EstimateIsolation.withRules(rules.withExtremeClaimRule(true))
                    .isolate(generated.set());
            EstimateResult off = EstimateIsolation.withRules(rules.withExtremeClaimRule(false))
                    .isolate(generated.set());

            assertThat(on.groupTotal().value())
                    .as("seed %d", seed)
                    .isLessThanOrEqualTo(off.groupTotal().value());
            if (on.groupTotal().trail().has("estimate.excluded.extreme")) {
                seedsWithAnExtremeClaim++;
            }
        }
        // The property must be tested on sets where the rule bites, not only where it is idle.
        assertThat(seedsWithAnExtremeClaim).isGreaterThan(SEEDS / 10);
    }

    @Test
    void theCombinedTotalIsNeverAboveACredibleSourceTotal() {
        for (int seed = 0; seed < SEEDS; seed++) {
            Generated participants = generate(seed, EstimateSource.PARTICIPANT);
            EstimateIsolation isolation = participants.isolation();
            EstimateResult p = isolation.isolate(participants.set());
            EstimateResult m = isolation.isolate(
                    generate(seed + 10_000, EstimateSource.MANAGER).set());

            if (isolation.lowerGroupTotal(p, m) instanceof CombinedEstimate.Counted counted) {
                for (EstimateResult source : List.of(p, m)) {
                    if (source.credible()) {
                        assertThat(counted.groupTotal().value())
                                .as("seed %d", seed)
                                .isLessThanOrEqualTo(source.groupTotal().value());
                    }
                }
            }
        }
    }

    private record Generated(EstimateIsolation isolation, EstimateSet set) {}

    private static Generated generate(int seed) {
        return generate(seed, EstimateSource.values()[seed % EstimateSource.values().length]);
    }

    /** 0-14 responses, 0-5 non-respondents, k 1-6; some claims without basis, some very large, some negative. */
    private static Generated generate(long seed, EstimateSource source) {
        Random random = new Random(seed);
        int responses = random.nextInt(15);
        int asked = responses + random.nextInt(6);
        List<Estimate> estimates = IntStream.range(0, responses)
                .mapToObj(i -> estimate(random, "R" + i))
                .toList();
        EstimateRules rules = EstimateRules.withDefaults(1 + random.nextInt(6));
        return new Generated(
                EstimateIsolation.withRules(rules), new EstimateSet(source, Math.max(asked, 1), estimates));
    }

    private static Estimate estimate(Random random, String respondent) {
        BigDecimal improvement = BigDecimal.valueOf(random.nextInt(200), 1); // 0.0 to 19.9
        double draw = random.nextDouble();
        if (draw < 0.15) {
            improvement = improvement.multiply(BigDecimal.TEN);
        } else if (draw < 0.20) {
            improvement = improvement.negate();
        }
        Optional<String> basis = random.nextDouble() < 0.85 ? Optional.of("records") : Optional.empty();
        return new Estimate(
                respondent, improvement, Percentage.of(random.nextInt(101)), Percentage.of(random.nextInt(101)), basis);
    }
}
