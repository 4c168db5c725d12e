package nl.rendement.engine.levels;

import static nl.rendement.engine.levels.EfficiencyTest.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import nl.rendement.engine.value.Aggregate.SmallGroup;
import org.junit.jupiter.api.Test;

class ApplicationTest {

    private static final List<String> SCALE = List.of("daily", "weekly", "monthly", "never");
    private static final String TIME = "no time";
    private static final String SUPPORT = "no manager support";
    private static final String TOOLS = "no tools";
    private static final String PEERS = "peer support";

    /**
     * Twelve respondents: 9 apply; "no time" cited by 9, "no manager support" by 6, "no tools" by 2,
     * "peer support" by 7; frequency answered by 10: daily 2, weekly 5, monthly 2, never 1.
     */
    private static final List<ApplicationAnswer> TWELVE = List.of(
            answer(true, "daily", Set.of(TIME, SUPPORT), Set.of(PEERS)),
            answer(true, "daily", Set.of(TIME, SUPPORT), Set.of(PEERS)),
            answer(true, "weekly", Set.of(TIME, SUPPORT), Set.of(PEERS)),
            answer(true, "weekly", Set.of(TIME, SUPPORT, TOOLS), Set.of(PEERS)),
            answer(true, "weekly", Set.of(TIME, SUPPORT, TOOLS), Set.of(PEERS)),
            answer(true, "weekly", Set.of(TIME, SUPPORT), Set.of(PEERS)),
            answer(true, "weekly", Set.of(TIME), Set.of(PEERS)),
            answer(true, "monthly", Set.of(TIME), Set.of()),
            answer(true, "monthly", Set.of(TIME), Set.of()),
            answer(false, "never", Set.of(), Set.of()),
            answer(false, null, Set.of(), Set.of()),
            answer(false, null, Set.of(), Set.of()));

    private static ApplicationAnswer answer(
            boolean applying, String frequency, Set<String> barriers, Set<String> enablers) {
        return new ApplicationAnswer(applying, Optional.ofNullable(frequency), barriers, enablers);
    }

    private static List<ManagerObservation> observations(int managers, int people, int applying) {
        return IntStream.range(0, people)
                .mapToObj(i -> new ManagerObservation("m" + i % managers, "p" + i, i < applying))
                .toList();
    }

    private final ApplicationResult result =
            Application.withDefaults().evaluate(new ApplicationSurvey(SCALE, TWELVE, observations(5, 10, 5)));

    @Test
    void sharesApplyingOfRespondentsWithASmallComplementMarked() {
        // By hand: 9 / 12 = 75%; the 3 who do not apply are fewer than k = 5.
        assertThat(result.applying().result().orElseThrow().value()).isEqualTo(75.0);
        assertThat(result.applying().result().orElseThrow().mark()).isEqualTo(SmallGroup.COMPLEMENT_BELOW_K);
    }

    @Test
    void citesBarriersAndEnablersAsPartsOfTheRespondents() {
        // By hand: 9 / 12 = 75%, 6 / 12 = 50%, 2 / 12 = 16.67%; 7 / 12 = 58.33%.
        assertThat(result.barriers()).extracting(Part::label).containsExactly(TIME, SUPPORT, TOOLS);
        assertThat(result.barriers()).extracting(Part::count).containsExactly(9, 6, 2);
        assertThat(result.barriers().get(0).percent()).isEqualTo(75.0);
        assertThat(result.barriers().get(1).percent()).isEqualTo(50.0);
        assertThat(result.barriers().get(2).percent()).isCloseTo(16.6667, within(1e-4));
        assertThat(result.barriers())
                .extracting(part -> part.share().aggregate().mark())
                .as("the 3 not citing no time are fewer than 5; 2 citing no tools are fewer than 5")
                .containsExactly(SmallGroup.COMPLEMENT_BELOW_K, SmallGroup.NONE, SmallGroup.FEWER_THAN_K);
        assertThat(result.barriers().get(0).share().aggregate().ofTotal()).contains(12);
        assertThat(result.enablers()).singleElement().satisfies(part -> {
            assertThat(part.percent()).isCloseTo(58.3333, within(1e-4));
            assertThat(part.share().aggregate().marked()).isFalse();
        });
    }

    @Test
    void distributesFrequencyOverThoseWhoAnsweredIt() {
        // By hand: daily 2, weekly 5, monthly 2, never 1 of 10 = 20, 50, 20, 10%.
        assertThat(result.frequency()).extracting(Part::label).containsExactlyElementsOf(SCALE);
        assertThat(result.frequency()).extracting(Part::percent).containsExactly(20.0, 50.0, 20.0, 10.0);
        assertThat(result.frequency().get(1).share().aggregate().ofTotal()).contains(10);
    }

    @Test
    void sharesObservedApplyingAndMarksItOnFewerThanKManagers() {
        // By hand: 5 / 10 = 50%, by 5 managers: not marked.
        assertThat(result.observedApplying().result().orElseThrow().value()).isEqualTo(50.0);
        assertThat(result.observedApplying().result().orElseThrow().marked()).isFalse();
        assertThat(result.observedApplying()
                        .trail()
                        .all("level.application.observed")
                        .get(0)
                        .fact("managers"))
                .contains(5);

        Figure<Double> byTwo = Application.withDefaults()
                .evaluate(new ApplicationSurvey(SCALE, TWELVE, observations(2, 10, 5)))
                .observedApplying();
        assertThat(byTwo.result().orElseThrow().value()).isEqualTo(50.0);
        assertThat(byTwo.result().orElseThrow().mark()).isEqualTo(SmallGroup.FEWER_THAN_K);
        assertThat(byTwo.trail().has("level.application.fewManagers")).isTrue();
    }

    @Test
    void withoutRespondentsOrObservationsTheFiguresSayWhy() {
        ApplicationResult empty =
                Application.withDefaults().evaluate(new ApplicationSurvey(SCALE, List.of(), List.of()));

        assertThat(codes(empty.applying())).containsExactly("level.application.noRespondents");
        assertThat(codes(empty.observedApplying())).containsExactly("level.application.noObservations");
        assertThat(empty.frequency()).isEmpty();
        assertThat(empty.barriers()).isEmpty();
        assertThat(empty.enablers()).isEmpty();
    }

    @Test
    void rejectsAFrequencyOffTheScaleAndAPersonObservedTwice() {
        assertThatThrownBy(() -> new ApplicationSurvey(SCALE, List.of(ApplicationAnswer.of(true, "hourly")), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApplicationSurvey(
                        SCALE,
                        List.of(),
                        List.of(new ManagerObservation("m1", "p1", true), new ManagerObservation("m2", "p1", false))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
