package nl.rendement.engine.levels.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.value.Aggregate;
import org.junit.jupiter.api.Test;

class LearningAnalysisTest {

    private final LearningAnalysis analysis = LearningAnalysis.withDefaults(5);

    @Test
    void givesTheSameResultWhateverTheOrderOfThePeople() {
        for (LearningScores scores :
                List.of(Fixtures.twentyPointTestA(), Fixtures.hundredPointTestB(), Fixtures.tenPointTestC())) {
            LearningResult expected = analysis.analyse(scores);
            Random random = new Random(20240501);
            for (int i = 0; i < 5; i++) {
                List<PersonScore> shuffled = new ArrayList<>(scores.people());
                Collections.shuffle(shuffled, random);
                LearningScores reordered = new LearningScores(scores.maximum(), scores.passMark(), shuffled);

                assertThat(analysis.analyse(reordered)).isEqualTo(expected);
            }
        }
    }

    @Test
    void marksEveryFigureOnFewerThanKPeople() {
        LearningResult a = LearningAnalysis.withDefaults(13).analyse(Fixtures.twentyPointTestA());
        LearningResult unmarked = analysis.analyse(Fixtures.twentyPointTestA());

        RawGain raw = a.rawGain().orElseThrow();
        assertThat(List.of(
                        raw.meanPre(),
                        raw.meanPost(),
                        raw.gain(),
                        a.pairedTest().orElseThrow(),
                        a.cohensDz().orElseThrow()))
                .allSatisfy(figure -> {
                    assertThat(figure.n()).isEqualTo(12);
                    assertThat(figure.mark()).isEqualTo(Aggregate.SmallGroup.FEWER_THAN_K);
                });
        assertThat(unmarked.rawGain().orElseThrow().gain().marked()).isFalse();
        assertThat(unmarked.pairedTest().orElseThrow().marked()).isFalse();
    }

    @Test
    void givesNoTestForOnePersonButStillTheGains() {
        LearningResult one = analysis.analyse(
                LearningScores.of(20, List.of(PersonScore.of("a", 10, 15))).withPassMark(12));

        assertThat(one.pairedTest()).isEmpty();
        assertThat(one.cohensDz()).isEmpty();
        assertThat(codes(one.reasons())).containsExactly("learning.paired.tooFew");
        assertThat(one.rawGain().orElseThrow().gain().value()).isEqualTo(5.0);
        assertThat(one.rawGain().orElseThrow().gain().mark()).isEqualTo(Aggregate.SmallGroup.FEWER_THAN_K);
        assertThat(one.normalisedGain().orElseThrow().classGain().orElseThrow().value())
                .isEqualTo(0.5);
        assertThat(one.passRates().orElseThrow().post().value()).isEqualTo(100.0);
    }

    @Test
    void givesNoTestWhenEveryoneGainedTheSame() {
        LearningResult same = analysis.analyse(LearningScores.of(
                20, List.of(PersonScore.of("a", 10, 12), PersonScore.of("b", 4, 6), PersonScore.of("c", 17, 19))));

        assertThat(same.pairedTest()).isEmpty();
        assertThat(same.cohensDz()).isEmpty();
        assertThat(codes(same.reasons())).containsExactly("learning.paired.noVariation");
        assertThat(same.trail().has("learning.paired.noVariation")).isTrue();
        assertThat(same.rawGain().orElseThrow().gain().value()).isEqualTo(2.0);
    }

    @Test
    void reportsThatNobodyHasScores() {
        LearningResult none = analysis.analyse(LearningScores.of(20, List.of()).withPassMark(12));

        assertThat(codes(none.reasons())).containsExactly("learning.noPeople");
        assertThat(none.rawGain()).isEmpty();
        assertThat(none.normalisedGain()).isEmpty();
        assertThat(none.pairedTest()).isEmpty();
        assertThat(none.passRates()).isEmpty();
    }

    @Test
    void tracesEveryFigureAndLabelsTheDzInterval() {
        LearningResult a = analysis.analyse(Fixtures.twentyPointTestA());

        assertThat(a.trail().steps())
                .extracting(step -> step.code())
                .containsExactly(
                        "learning.scores",
                        "learning.rawGain",
                        "learning.normalisedGain.class",
                        "learning.normalisedGain.individuals",
                        "learning.pairedT",
                        "learning.cohensDz",
                        "learning.passRates");
        assertThat(a.trail().all("learning.cohensDz").get(0).fact("interval")).contains("NORMAL_APPROXIMATION");
    }

    @Test
    void rejectsImpossibleScores() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LearningScores.of(20, List.of(PersonScore.of("a", 10, 21))));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LearningScores.of(20, List.of(PersonScore.of("a", 21, 10))));
        assertThatIllegalArgumentException().isThrownBy(() -> PersonScore.of("a", -1, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> PersonScore.of("a", 1, Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> LearningScores.of(0, List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LearningScores.of(20, List.of(PersonScore.of("a", 1, 2), PersonScore.of("a", 3, 4))));
    }

    private static List<String> codes(List<Reason> reasons) {
        return reasons.stream().map(Reason::code).toList();
    }
}
