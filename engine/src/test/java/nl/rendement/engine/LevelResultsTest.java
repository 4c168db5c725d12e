package nl.rendement.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.rendement.engine.costs.CostOutcome;
import nl.rendement.engine.levels.learning.LearningAnalysis;
import nl.rendement.engine.levels.learning.LearningScores;
import nl.rendement.engine.levels.learning.LearningTest;
import nl.rendement.engine.levels.learning.LearningTestResult;
import nl.rendement.engine.levels.learning.PersonScore;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import org.junit.jupiter.api.Test;

/**
 * Level 2 with several named tests: each is analysed as if it were the only one, in the order
 * given, and never summed with another; the tests of examples/learning-two-tests.
 */
class LevelResultsTest {

    private static final int K = 5;
    private static final CostOutcome NO_COSTS =
            new CostOutcome.NoCosts(List.of(Reason.of("evaluation.noParticipants")));

    private static final LearningTest FEEDBACK = test(
            "Feedback geven", new double[] {9, 12, 8, 14, 10, 11, 7, 13}, new double[] {15, 16, 12, 17, 14, 15, 11, 18
            });
    private static final LearningTest COACHING =
            test("Coachend leidinggeven", new double[] {10, 8, 13, 9, 11, 12, 6, 14}, new double[] {
                12, 11, 15, 10, 14, 13, 9, 16
            });

    @Test
    void analysesEachTestAsIfItWereTheOnlyOne() {
        List<LearningTestResult> both = levels(FEEDBACK, COACHING).learning();

        assertThat(both)
                .extracting(LearningTestResult::name)
                .containsExactly("Feedback geven", "Coachend leidinggeven");
        assertThat(both.get(0)).isEqualTo(levels(FEEDBACK).learning().get(0));
        assertThat(both.get(1)).isEqualTo(levels(COACHING).learning().get(0));
        assertThat(both.get(0).result())
                .isEqualTo(LearningAnalysis.withDefaults(K).analyse(FEEDBACK.scores()));
        assertThat(both.get(1).result())
                .isEqualTo(LearningAnalysis.withDefaults(K).analyse(COACHING.scores()));
        // Not summed: each rests on its own 8 people and its own mean gain (34 / 8 = 4.25 and 17 / 8 = 2.125).
        assertThat(both).allSatisfy(test -> assertThat(test.result().people()).isEqualTo(8));
        assertThat(both.get(0).result().rawGain().orElseThrow().gain().value()).isEqualTo(34.0 / 8);
        assertThat(both.get(1).result().rawGain().orElseThrow().gain().value()).isEqualTo(17.0 / 8);
    }

    @Test
    void keepsTheOrderTheTestsWereGivenIn() {
        assertThat(levels(COACHING, FEEDBACK).learning())
                .extracting(LearningTestResult::name)
                .containsExactly("Coachend leidinggeven", "Feedback geven");
    }

    @Test
    void headsEachTestsTrailWithItsName() {
        LearningTestResult coaching = levels(FEEDBACK, COACHING).learning().get(1);

        Step first = coaching.trail().steps().get(0);
        assertThat(first.code()).isEqualTo("learning.test");
        assertThat(first.fact("name")).contains("Coachend leidinggeven");
        assertThat(coaching.trail().steps().subList(1, coaching.trail().steps().size()))
                .isEqualTo(coaching.result().trail().steps());
    }

    @Test
    void refusesTwoTestsWithOneName() {
        LearningTest again = new LearningTest("Feedback geven", COACHING.scores());

        assertThatThrownBy(() ->
                        new LevelInputs(Optional.empty(), Optional.empty(), List.of(FEEDBACK, again), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Feedback geven");
    }

    @Test
    void refusesATestWithoutAName() {
        assertThatThrownBy(() -> new LearningTest(" ", FEEDBACK.scores())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesLevelTwoMissingOnlyWithoutAnyTest() {
        assertThat(missing(levels())).containsExactly(1, 2, 3);
        assertThat(missing(levels(FEEDBACK))).containsExactly(1, 3);
        assertThat(missing(levels(FEEDBACK, COACHING))).containsExactly(1, 3);
    }

    private static LevelResults levels(LearningTest... tests) {
        LevelInputs inputs = new LevelInputs(Optional.empty(), Optional.empty(), List.of(tests), Optional.empty());
        return LevelResults.of(inputs, K, NO_COSTS);
    }

    private static List<Object> missing(LevelResults levels) {
        Reason note = levels.missingLevels().get(0);
        assertThat(note.code()).isEqualTo("evaluation.lowerLevelMissing");
        return List.copyOf((List<?>) note.step().fact("levels").orElseThrow());
    }

    private static LearningTest test(String name, double[] pre, double[] post) {
        List<PersonScore> people = new ArrayList<>();
        for (int i = 0; i < pre.length; i++) {
            people.add(PersonScore.of("P%02d".formatted(i + 1), pre[i], post[i]));
        }
        return new LearningTest(name, LearningScores.of(20, people).withPassMark(14));
    }
}
