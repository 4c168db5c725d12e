package nl.rendement.engine.levels.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import nl.rendement.engine.value.Aggregate;
import org.junit.jupiter.api.Test;

class NormalisedGainTest {

    private final LearningAnalysis analysis = LearningAnalysis.withDefaults(5);

    @Test
    void leavesOutAndCountsAPersonWhoStartedAtTheMaximum() {
        LearningResult b = analysis.analyse(Fixtures.hundredPointTestB());
        NormalisedGain hake = b.normalisedGain().orElseThrow();

        IndividualGain atMaximum = b.individuals().get(3);
        assertThat(atMaximum.person()).isEqualTo("p04");
        assertThat(atMaximum.normalised()).isEmpty();
        assertThat(atMaximum.band()).isEmpty();
        assertThat(hake.leftOut().value()).isEqualTo(1);
        assertThat(hake.leftOut().ofTotal()).contains(8);
        assertThat(hake.leftOut().mark()).isEqualTo(Aggregate.SmallGroup.FEWER_THAN_K);
        assertThat(hake.defined()).isEqualTo(7);
        assertThat(hake.meanOfIndividuals().orElseThrow().n()).isEqualTo(7);
        assertThat(hake.classGain().orElseThrow().n())
                .as("class gain rests on everyone")
                .isEqualTo(8);
        assertThat(b.trail().all("learning.normalisedGain.leftOut"))
                .singleElement()
                .satisfies(step -> assertThat(step.fact("people")).contains(1));
        assertThat(b.reasons()).isEmpty();
    }

    @Test
    void keepsANegativeGainInTheMeanAndTheLowBand() {
        LearningResult a = analysis.analyse(Fixtures.twentyPointTestA());

        IndividualGain fellBack = a.individuals().get(10);
        assertThat(fellBack.person()).isEqualTo("p11");
        assertThat(fellBack.raw()).isEqualTo(-1.0);
        assertThat(fellBack.normalised().orElseThrow()).isCloseTo(-1.0 / 9, within(1e-15)); // (10 - 11) / (20 - 11)
        assertThat(fellBack.band()).contains(HakeBand.LOW);
        assertThat(a.normalisedGain().orElseThrow().defined()).isEqualTo(12);
    }

    @Test
    void countsPeoplePerBandAsInR() {
        // R (learning.R): sum(g < 0.3), sum(g >= 0.3 & g < 0.7), sum(g >= 0.7), g over pre < max
        assertBands(Fixtures.twentyPointTestA(), 3, 7, 2);
        assertBands(Fixtures.hundredPointTestB(), 2, 4, 1);
        assertBands(Fixtures.tenPointTestC(), 4, 2, 0);
    }

    @Test
    void bandsTheClassGain() {
        assertThat(analysis.analyse(Fixtures.twentyPointTestA())
                        .normalisedGain()
                        .orElseThrow()
                        .classBand())
                .contains(HakeBand.MEDIUM); // 0.424
        assertThat(analysis.analyse(Fixtures.tenPointTestC())
                        .normalisedGain()
                        .orElseThrow()
                        .classBand())
                .contains(HakeBand.LOW); // 0.125
    }

    @Test
    void putsTheBoundsInTheUpperBand() {
        assertThat(HakeBand.of(0.3)).isEqualTo(HakeBand.MEDIUM);
        assertThat(HakeBand.of(Math.nextDown(0.3))).isEqualTo(HakeBand.LOW);
        assertThat(HakeBand.of(0.7)).isEqualTo(HakeBand.HIGH);
        assertThat(HakeBand.of(Math.nextDown(0.7))).isEqualTo(HakeBand.MEDIUM);
        assertThat(HakeBand.of(-0.5)).isEqualTo(HakeBand.LOW);

        LearningScores exact = LearningScores.of(
                10, List.of(PersonScore.of("a", 0, 3), PersonScore.of("b", 0, 7), PersonScore.of("c", 5, 6)));
        List<Optional<HakeBand>> bands = analysis.analyse(exact).individuals().stream()
                .map(IndividualGain::band)
                .toList();
        assertThat(bands)
                .containsExactly(Optional.of(HakeBand.MEDIUM), Optional.of(HakeBand.HIGH), Optional.of(HakeBand.LOW));
    }

    @Test
    void hasNoGainWhenEveryoneStartedAtTheMaximum() {
        LearningScores full = LearningScores.of(10, List.of(PersonScore.of("a", 10, 10), PersonScore.of("b", 10, 9)));
        LearningResult result = analysis.analyse(full);
        NormalisedGain hake = result.normalisedGain().orElseThrow();

        assertThat(hake.classGain()).isEmpty();
        assertThat(hake.classBand()).isEmpty();
        assertThat(hake.meanOfIndividuals()).isEmpty();
        assertThat(hake.leftOut().value()).isEqualTo(2);
        assertThat(hake.bands().values())
                .allSatisfy(count -> assertThat(count.value()).isZero());
        assertThat(result.reasons())
                .extracting(reason -> reason.code())
                .containsExactly("learning.normalisedGain.undefined");
        assertThat(result.rawGain().orElseThrow().gain().value()).isEqualTo(-0.5);
        assertThat(result.pairedTest()).as("the gains differ, so the test runs").isPresent();
    }

    private void assertBands(LearningScores scores, int low, int medium, int high) {
        NormalisedGain hake = analysis.analyse(scores).normalisedGain().orElseThrow();
        assertThat(hake.bands().get(HakeBand.LOW).value()).isEqualTo(low);
        assertThat(hake.bands().get(HakeBand.MEDIUM).value()).isEqualTo(medium);
        assertThat(hake.bands().get(HakeBand.HIGH).value()).isEqualTo(high);
        assertThat(hake.bands().get(HakeBand.LOW).ofTotal()).contains(hake.defined());
    }
}
