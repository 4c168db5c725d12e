package nl.rendement.app.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.rendement.app.evaluation.run.RunData.Enrolment;
import nl.rendement.app.evaluation.run.RunData.Observed;
import nl.rendement.app.plan.EvaluationPlan;
import nl.rendement.engine.measures.Aggregation;
import org.junit.jupiter.api.Test;

/** Team comparisons worked by hand: who is trained, who is control, and where the post window stops. */
class CohortComparisonTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final LocalDate END = LocalDate.of(2026, 3, 27);

    @Test
    void comparesTeamsMostlyTrainedInTheCohortWithTeamsNoOneHasCompleted() {
        // T1: both members completed in March's cohort; T2: one of three; T3: nobody; T4: one of two, in May's.
        List<Enrolment> enrolments = List.of(
                completed(1, LocalDate.of(2026, 3, 27)),
                completed(2, LocalDate.of(2026, 3, 27)),
                completed(3, LocalDate.of(2026, 3, 27)),
                completed(7, LocalDate.of(2026, 5, 8)));
        Map<String, List<Long>> members =
                Map.of("T1", List.of(1L, 2L), "T2", List.of(3L, 4L, 5L), "T3", List.of(6L), "T4", List.of(7L, 8L));
        Map<String, Map<YearMonth, Observed>> series = Map.of(
                "T1", months(10, 10, 10, 4, 4, 4, 4, 4),
                "T2", months(8, 8, 8, 8, 8, 8, 8, 8),
                "T3", months(9, 9, 9, 9, 9, 9, 9, 9),
                "T4", months(6, 6, 6, 6, 7, 9, 9, 9));

        CohortComparison.Rows rows = CohortComparison.teams(
                enrolments,
                series,
                day -> members,
                Eligibility.EVERYONE,
                new EvaluationPlan.Windows(3, 3),
                Aggregation.SUM);

        // March: pre December to February; post April to June, stopped after May because T4's
        // member completed in May. May: T4 half trained (pre February to April, post June to July,
        // the last month observed), T3 still untouched.
        assertThat(rows.rows())
                .extracting(
                        CohortComparison.Row::cohort,
                        CohortComparison.Row::person,
                        CohortComparison.Row::trained,
                        row -> row.pre().orElseThrow(),
                        CohortComparison.Row::post)
                .containsExactlyInAnyOrder(
                        tuple("Golf 1", "T1", true, 10.0, 4.0),
                        tuple("Golf 1", "T3", false, 9.0, 9.0),
                        tuple("Golf 1", "T4", false, 6.0, 8.0),
                        tuple("Golf 2", "T4", true, 19.0 / 3, 9.0),
                        tuple("Golf 2", "T3", false, 9.0, 9.0));
        assertThat(rows.trainedWithoutData()).isZero();
    }

    @Test
    void aCohortWithoutAnObservedMonthAfterItAddsNothing() {
        List<Enrolment> enrolments = List.of(completed(1, LocalDate.of(2026, 3, 27)));
        Map<String, List<Long>> members = Map.of("T1", List.of(1L), "T3", List.of(6L));

        CohortComparison.Rows rows = CohortComparison.teams(
                enrolments,
                Map.of("T1", months(1, 1, 1, 2), "T3", months(1, 1, 1, 1)),
                day -> members,
                Eligibility.EVERYONE,
                new EvaluationPlan.Windows(3, 3),
                Aggregation.SUM);

        assertThat(rows.rows()).isEmpty();
        assertThat(rows.trainedWithoutData()).isEqualTo(1);
    }

    @Test
    void comparesOnlyTeamsInThePlansUnits() {
        List<Enrolment> enrolments = List.of(completed(1, LocalDate.of(2026, 3, 27)));
        Map<String, List<Long>> members = Map.of("T1", List.of(1L), "T3", List.of(6L), "T5", List.of(9L));
        // The plan's units hold T1 (id 1) and T3 (id 3), not T5 (id 5).
        Eligibility units =
                new Eligibility(Optional.of(Set.of(1L, 3L)), Map.of(), Map.of("T1", 1L, "T3", 3L, "T5", 5L));

        CohortComparison.Rows rows = CohortComparison.teams(
                enrolments,
                Map.of(
                        "T1",
                        months(1, 1, 1, 1, 2, 2, 2),
                        "T3",
                        months(1, 1, 1, 1, 1, 1, 1),
                        "T5",
                        months(1, 1, 1, 1, 1, 1, 1)),
                day -> members,
                units,
                new EvaluationPlan.Windows(3, 3),
                Aggregation.SUM);

        assertThat(rows.rows()).extracting(CohortComparison.Row::person).containsExactlyInAnyOrder("T1", "T3");
    }

    @Test
    void aPersonIsEligibleWhileInOneOfTheUnits() {
        Eligibility units = new Eligibility(
                Optional.of(Set.of(10L)),
                Map.of(
                        4L,
                        List.of(
                                new Eligibility.Stay(
                                        10, LocalDate.of(2025, 1, 1), Optional.of(LocalDate.of(2026, 3, 1))),
                                new Eligibility.Stay(20, LocalDate.of(2026, 3, 1), Optional.empty()))),
                Map.of());

        assertThat(units.person(4, LocalDate.of(2026, 2, 28))).isTrue();
        assertThat(units.person(4, LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(units.person(5, LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(Eligibility.EVERYONE.person(5, LocalDate.of(2026, 2, 28))).isTrue();
    }

    /** Values from December 2025 on, a month each. */
    private static Map<YearMonth, Observed> months(double... values) {
        Map<YearMonth, Observed> months = new TreeMap<>();
        for (int i = 0; i < values.length; i++) {
            months.put(
                    YearMonth.of(2025, 12).plusMonths(i), new Observed(BigDecimal.valueOf(values[i]), BigDecimal.ONE));
        }
        return months;
    }

    private static Enrolment completed(long employee, LocalDate on) {
        boolean inCohort = !on.isAfter(END.plusDays(3));
        return new Enrolment(
                employee,
                "P" + employee,
                LocalDate.of(2020, 1, 1),
                inCohort ? 1 : 2,
                inCohort ? "Golf 1" : "Golf 2",
                inCohort ? START : LocalDate.of(2026, 5, 4),
                inCohort ? END : LocalDate.of(2026, 5, 8),
                "completed",
                START,
                Optional.of(START),
                Optional.of(on),
                Optional.of(BigDecimal.TEN));
    }
}
