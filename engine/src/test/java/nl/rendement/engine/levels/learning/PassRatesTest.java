package nl.rendement.engine.levels.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import nl.rendement.engine.value.Aggregate;
import org.junit.jupiter.api.Test;

class PassRatesTest {

    private final LearningAnalysis analysis = LearningAnalysis.withDefaults(5);

    @Test
    void countsScoresAtThePassMarkAsPassed() {
        // R (learning.R): mean(pre >= 12), mean(post >= 12); p08 scores exactly 12 before
        PassRates a = analysis.analyse(Fixtures.twentyPointTestA()).passRates().orElseThrow();

        assertThat(a.passMark()).isEqualTo(12.0);
        assertThat(a.pre().value()).isEqualTo(25.0);
        assertThat(a.pre().n()).isEqualTo(3);
        assertThat(a.post().value()).isEqualTo(75.0);
        assertThat(a.post().n()).isEqualTo(9);
        assertThat(a.post().ofTotal()).contains(12);
    }

    @Test
    void marksARateWhosePassersOrFailersAreFewerThanK() {
        PassRates a = analysis.analyse(Fixtures.twentyPointTestA()).passRates().orElseThrow();
        PassRates b = analysis.analyse(Fixtures.hundredPointTestB()).passRates().orElseThrow();

        assertThat(a.pre().mark()).as("3 passed").isEqualTo(Aggregate.SmallGroup.FEWER_THAN_K);
        assertThat(a.post().mark()).as("3 failed").isEqualTo(Aggregate.SmallGroup.COMPLEMENT_BELOW_K);
        // R: mean(pre >= 60) 0.5, mean(post >= 60) 0.75 on 8 people
        assertThat(b.pre().value()).isEqualTo(50.0);
        assertThat(b.post().value()).isEqualTo(75.0);
        assertThat(LearningAnalysis.withDefaults(2)
                        .analyse(Fixtures.hundredPointTestB())
                        .passRates()
                        .orElseThrow()
                        .post()
                        .marked())
                .as("6 passed, 2 failed, k = 2")
                .isFalse();
    }

    @Test
    void hasNoRatesWithoutAPassMark() {
        LearningResult c = analysis.analyse(Fixtures.tenPointTestC());

        assertThat(c.passRates()).isEmpty();
        assertThat(c.trail().has("learning.passRates")).isFalse();
        assertThat(c.reasons()).isEmpty();
    }

    @Test
    void rejectsAPassMarkOutsideTheScale() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.tenPointTestC().withPassMark(11));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Fixtures.tenPointTestC().withPassMark(-1));
    }
}
