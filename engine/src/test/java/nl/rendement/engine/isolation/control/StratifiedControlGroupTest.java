package nl.rendement.engine.isolation.control;

import static nl.rendement.engine.measures.Direction.HIGHER_IS_BETTER;
import static nl.rendement.engine.measures.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import org.junit.jupiter.api.Test;

/** A given control group with several cohorts, and one without a pre-period. */
class StratifiedControlGroupTest {

    private final ControlGroupIsolation isolation = ControlGroupIsolation.withDefaults(5);

    @Test
    void tracesEachCohortThenThePooledDifference() {
        ControlGroupEstimate g = estimate(CohortFixtures.withLoneTrainedG(2));

        assertThat(g.trail().steps())
                .extracting(Step::code)
                .containsExactly(
                        "control.groups",
                        "control.cohort",
                        "control.cohort",
                        "control.cohort",
                        "control.cohortLeftOut",
                        "control.pooledOverCohorts",
                        "control.improvement",
                        "control.withoutData",
                        "control.total",
                        "control.cohortPreSmd",
                        "control.cohortPreSmd",
                        "control.cohortPreSmd",
                        "control.pooledPreSmd",
                        "control.credible");
        Step groups = g.trail().all("control.groups").get(0);
        assertThat(groups.fact("trainedWithData")).contains(15);
        assertThat(groups.fact("controlWithData")).contains(13);
        assertThat(groups.fact("trainedWithoutData")).contains(3); // 2 given + t15 of 2026-01
        Step leftOut = g.trail().all("control.cohortLeftOut").get(0);
        assertThat(leftOut.fact("cohort")).contains("2026-01");
        assertThat(leftOut.fact("trainedWithData")).contains(1);
        assertThat(leftOut.fact("controlWithData")).contains(3);
        assertThat(leftOut.fact("minimum")).contains(2);
    }

    @Test
    void theTrainedOfACohortLeftOutAddNothing() {
        ControlGroupEstimate g = estimate(CohortFixtures.withLoneTrainedG(2));

        Step withoutData = g.trail().all("control.withoutData").get(0);
        assertThat(withoutData.fact("trainedWithoutData")).contains(3);
        assertThat(withoutData.fact("participants")).contains(18); // 16 rows + 2 without data
        assertThat(g.trainedWithData() + g.trainedWithoutData()).isEqualTo(18);
        assertThat(g.totalImprovement().value()).isEqualTo(15 * g.effect().value());
    }

    @Test
    void theTotalIsTheSumOfEachCohortsTrainedTimesItsDifference() {
        ControlGroupEstimate f = estimate(CohortFixtures.salesF(ControlGroupBasis.CHANGES));

        // 6 x 7.4285714 + 5 x 5.1333333 + 4 x 8.9 (the cohorts' differences in R)
        assertThat(f.totalImprovement().value())
                .isCloseTo(6 * 7.428571428571428825 + 5 * 5.133333333333332860 + 4 * 8.9, within(1e-9));
    }

    @Test
    void givesTheSameResultWhateverTheOrderOfRowsAndCohorts() {
        Random random = new Random(20250301L);
        List<PersonChange> trained = new ArrayList<>();
        List<PersonChange> control = new ArrayList<>();
        for (String cohort : List.of("2025-01", "2025-05", "2025-09", "2026-01")) {
            trained.addAll(decimals(cohort, "t" + cohort, 3 + random.nextInt(6), random));
            control.addAll(decimals(cohort, "c", 3 + random.nextInt(8), random)); // c0, c1 ... in each cohort
        }
        GivenControlGroup group = new GivenControlGroup("decimal sales", trained, control, false, 1);
        ControlGroupOutcome expected = isolation.isolate(group, HIGHER_IS_BETTER);
        assertThat(expected.trail().all("control.cohort")).hasSize(4);
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(trained, random);
            Collections.shuffle(control, random);
            GivenControlGroup shuffled = new GivenControlGroup(group.description(), trained, control, false, 1);

            assertThat(isolation.isolate(shuffled, HIGHER_IS_BETTER)).isEqualTo(expected);
        }
    }

    @Test
    void aPersonMayBeInSeveralCohortsAndTrainedInOneAndControlInAnother() {
        GivenControlGroup f = CohortFixtures.salesF(ControlGroupBasis.CHANGES);

        assertThat(f.control())
                .filteredOn(person -> person.person().equals("c1"))
                .hasSize(2);
        assertThat(f.trained())
                .filteredOn(person -> person.person().equals("c6"))
                .hasSize(1);
        assertThat(f.cohorts()).containsExactly("2025-01", "2025-05", "2025-09");
        assertThat(estimate(f).controlWithData()).isEqualTo(13); // distinct people, 18 rows
    }

    @Test
    void refusesAPersonTwiceInOneCohort() {
        List<PersonChange> control = new ArrayList<>(CohortFixtures.controlF());
        control.add(PersonChange.of("c1", "2025-05", 100, 101));
        List<PersonChange> trainedTwice = new ArrayList<>(CohortFixtures.trainedF());
        trainedTwice.add(PersonChange.of("c1", "2025-01", 100, 101));

        assertThatThrownBy(() -> new GivenControlGroup("twice", CohortFixtures.trainedF(), control, false, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Person appears more than once in cohort 2025-05: c1");
        assertThatThrownBy(() -> new GivenControlGroup("both", trainedTwice, CohortFixtures.controlF(), false, 0))
                .hasMessage("Person appears more than once in cohort 2025-01: c1");
    }

    @Test
    void lowerIsBetterTurnsThePooledDifferenceAround() {
        GivenControlGroup f = CohortFixtures.salesF(ControlGroupBasis.CHANGES);
        ControlGroupEstimate higher = estimate(f);
        ControlGroupEstimate lower = (ControlGroupEstimate) isolation.isolate(f, LOWER_IS_BETTER);

        assertThat(lower.effect().value()).isEqualTo(-higher.effect().value());
        assertThat(lower.lower()).isEqualTo(-higher.upper());
        assertThat(lower.upper()).isEqualTo(-higher.lower());
    }

    @Test
    void givesNoEstimateWhenEveryCohortIsLeftOut() {
        GivenControlGroup lone = new GivenControlGroup(
                "one trained per wave",
                List.of(PersonChange.of("t1", "2025-01", 100, 110), PersonChange.of("t2", "2025-05", 100, 108)),
                CohortFixtures.controlF().stream()
                        .filter(person -> !person.cohort().equals("2025-09"))
                        .toList(),
                false,
                0);

        ControlGroupOutcome outcome = isolation.isolate(lone, HIGHER_IS_BETTER);

        assertThat(outcome).isInstanceOfSatisfying(ControlGroupNotEstimable.class, none -> {
            assertThat(none.trainedWithData()).isZero();
            assertThat(none.trainedWithoutData()).isEqualTo(2);
        });
        assertThat(outcome.reasons())
                .extracting(Reason::code)
                .containsExactly(
                        "control.notEstimable.noCohort", "control.notCredible.tooFew", "control.notCredible.tooFew");
        assertThat(outcome.reasons().get(0).step().fact("cohorts")).contains(2);
        assertThat(outcome.trail().all("control.cohortLeftOut")).hasSize(2);
    }

    @Test
    void thePooledSmdIsUndefinedWhenACohortsIs() {
        List<PersonChange> trained = new ArrayList<>(CohortFixtures.trainedF());
        List<PersonChange> control = new ArrayList<>(CohortFixtures.controlF());
        trained.addAll(CohortFixtures.rows("2026-01", List.of("u1", "u2"), new double[] {0, 0}, new double[] {4, 6}));
        control.addAll(CohortFixtures.rows("2026-01", List.of("v1", "v2"), new double[] {0, 0}, new double[] {1, 2}));

        ControlGroupOutcome outcome = isolation.isolate(
                new GivenControlGroup("a new KPI in the last wave", trained, control, false, 0), HIGHER_IS_BETTER);

        assertThat(outcome)
                .isInstanceOfSatisfying(
                        ControlGroupEstimate.class,
                        estimate -> assertThat(estimate.preSmd()).isEmpty());
        assertThat(outcome.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("control.notCredible.cohortSmdUndefined");
            assertThat(reason.step().fact("cohort")).contains("2026-01");
        });
        assertThat(outcome.trail().has("control.pooledPreSmd")).isFalse();
    }

    @Test
    void aCohortThatStartedHigherUnbalancesThePool() {
        List<PersonChange> trained = CohortFixtures.trainedF().stream()
                .map(person -> person.cohort().equals("2025-01")
                        ? PersonChange.of(person.person(), person.cohort(), person.preValue() + 20, person.post() + 20)
                        : person)
                .toList();

        ControlGroupOutcome outcome = isolation.isolate(
                new GivenControlGroup("top sellers in the first wave", trained, CohortFixtures.controlF(), false, 0),
                HIGHER_IS_BETTER);

        assertThat(outcome.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("control.notCredible.smd");
            assertThat((BigDecimal) reason.step().fact("smd").orElseThrow()).isGreaterThan(BigDecimal.ONE);
        });
    }

    @Test
    void withoutAPrePeriodBalanceCannotBeJudged() {
        ControlGroupOutcome n = isolation.isolate(CohortFixtures.newHiresN(), HIGHER_IS_BETTER);

        assertThat(n.credible()).isFalse();
        assertThat(n.reasons()).extracting(Reason::code).containsExactly("control.notCredible.noPrePeriod");
        assertThat(n.trail().steps())
                .extracting(Step::code)
                .containsExactly(
                        "control.groups",
                        "control.noPrePeriod",
                        "control.cohort",
                        "control.cohort",
                        "control.pooledOverCohorts",
                        "control.improvement",
                        "control.withoutData",
                        "control.total",
                        "control.notCredible.noPrePeriod");
        assertThat(n.trail().all("control.cohort").get(0).fact("meanPostTrained"))
                .isPresent();
    }

    @Test
    void oneCohortWithoutAPrePeriodComparesPostMeans() {
        GivenControlGroup d = Fixtures.randomD(false);
        GivenControlGroup newHires = new GivenControlGroup(
                "new hires",
                d.trained().stream()
                        .map(p -> PersonChange.postOnly(p.person(), "", p.post()))
                        .toList(),
                d.control().stream()
                        .map(p -> PersonChange.postOnly(p.person(), "", p.post()))
                        .toList(),
                ControlGroupBasis.POST_MEANS_NO_PRE_PERIOD,
                0);

        ControlGroupEstimate estimate = estimate(newHires);

        // R: t.test(post ~ group, data = d, var.equal = FALSE), as under random assignment
        assertThat(estimate.effect().value()).isCloseTo(5.0238095238095183959, within(1e-9));
        assertThat(estimate.reasons()).extracting(Reason::code).containsExactly("control.notCredible.noPrePeriod");
        assertThat(estimate.trail().steps())
                .extracting(Step::code)
                .containsExactly(
                        "control.groups",
                        "control.noPrePeriod",
                        "control.differenceOfPostMeans",
                        "control.welch",
                        "control.improvement",
                        "control.withoutData",
                        "control.total",
                        "control.notCredible.noPrePeriod");
    }

    @Test
    void rowsCarryAPreValueExactlyWhenThereIsAPrePeriod() {
        List<PersonChange> postOnly = List.of(PersonChange.postOnly("n1", "", 4), PersonChange.postOnly("n2", "", 5));
        List<PersonChange> withPre = List.of(PersonChange.of("h1", 1, 4), PersonChange.of("h2", 2, 5));

        assertThatThrownBy(() -> new GivenControlGroup("x", postOnly, postOnly, ControlGroupBasis.CHANGES, 0))
                .hasMessageContaining("pre-period value is needed for n1");
        assertThatThrownBy(() ->
                        new GivenControlGroup("x", withPre, withPre, ControlGroupBasis.POST_MEANS_NO_PRE_PERIOD, 0))
                .hasMessageContaining("no pre-period value for h1");
        assertThatThrownBy(() -> postOnly.get(0).change()).isInstanceOf(IllegalStateException.class);
    }

    private static List<PersonChange> decimals(String cohort, String prefix, int n, Random random) {
        List<PersonChange> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double pre = 1000 * (i % 3) + Math.round(random.nextDouble() * 1e5) / 1e3;
            people.add(PersonChange.of(prefix + i, cohort, pre, pre + Math.round(random.nextDouble() * 1e4) / 1e3));
        }
        return people;
    }

    private ControlGroupEstimate estimate(GivenControlGroup group) {
        return (ControlGroupEstimate) isolation.isolate(group, HIGHER_IS_BETTER);
    }
}
