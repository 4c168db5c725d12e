package nl.rendement.engine.levels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.value.Aggregate.SmallGroup;
import nl.rendement.engine.value.Percentage;
import org.junit.jupiter.api.Test;

class EfficiencyTest {

    private static final LocalDate ENROLLED = LocalDate.of(2025, 1, 1);
    private static final LocalDate START = LocalDate.of(2025, 1, 6);

    /** Six enrolled, five started, four completed after 10, 20, 30 and 60 days; 44 learning hours. */
    static List<Learner> sixLearners() {
        return List.of(
                completer("a", "2025-01-16", "8"),
                completer("b", "2025-01-26", "12"),
                completer("c", "2025-02-05", "10"),
                completer("d", "2025-03-07", "10"),
                new Learner("e", ENROLLED, Optional.of(START), Optional.empty(), new BigDecimal("4")),
                new Learner("f", ENROLLED, Optional.empty(), Optional.empty(), BigDecimal.ZERO));
    }

    private static Learner completer(String id, String completed, String hours) {
        return new Learner(
                id, ENROLLED, Optional.of(START), Optional.of(LocalDate.parse(completed)), new BigDecimal(hours));
    }

    private final EfficiencyInputs fixture = EfficiencyInputs.of(sixLearners())
            .withFte(Fte.ofPopulation("22"))
            .withCosts(Money.of("13200", "EUR"))
            .withPayroll(Money.of("1320000", "EUR"));

    private final EfficiencyResult result = Efficiency.withDefaults().evaluate(fixture);

    @Test
    void countsParticipantsAndCompletionRate() {
        assertThat(result.participants().value()).isEqualTo(6);
        assertThat(result.participants().aggregate().marked()).isFalse();
        assertThat(result.participants()
                        .trail()
                        .all("level.participants")
                        .get(0)
                        .fact("started"))
                .contains(5);
        // By hand: 4 completed of 6 enrolled = 66.67%; 4 completers are fewer than k = 5.
        Figure.Computed<Double> rate = (Figure.Computed<Double>) result.completionRate();
        assertThat(rate.value()).isCloseTo(200.0 / 3, within(1e-12));
        assertThat(rate.aggregate().n()).isEqualTo(4);
        assertThat(rate.aggregate().ofTotal()).contains(6);
        assertThat(rate.aggregate().mark()).isEqualTo(SmallGroup.FEWER_THAN_K);
    }

    @Test
    void timeToCompleteIsOverCompletersOnly() {
        // By hand: days 10, 20, 30, 60; median (20 + 30) / 2 = 25; mean 120 / 4 = 30.
        assertThat(result.medianDaysToComplete().result().orElseThrow().value()).isEqualTo(25.0);
        assertThat(result.meanDaysToComplete().result().orElseThrow().value()).isEqualTo(30.0);
        assertThat(result.meanDaysToComplete().result().orElseThrow().n()).isEqualTo(4);
        assertThat(result.meanDaysToComplete()
                        .trail()
                        .all("level.timeToComplete.mean")
                        .get(0)
                        .fact("totalDays"))
                .contains(120L);
    }

    @Test
    void spreadsHoursOverFteAndCostsOverPeopleAndHours() {
        // By hand: 8 + 12 + 10 + 10 + 4 + 0 = 44 hours; 44 / 22 FTE = 2; 13,200 / 6 = 2,200;
        // 13,200 / 44 = 300; 13,200 / 1,320,000 x 100 = 1%.
        assertThat(result.learningHours().value()).isEqualByComparingTo("44");
        assertThat(result.learningHoursPerFte().result().orElseThrow().value()).isEqualByComparingTo("2");
        assertThat(result.learningHoursPerFte()
                        .trail()
                        .all("level.hoursPerFte")
                        .get(0)
                        .fact("basis"))
                .contains(Fte.Basis.POPULATION);
        assertThat(result.costPerParticipant().result().orElseThrow().value()).isEqualTo(Money.of("2200", "EUR"));
        assertThat(result.costPerLearningHour().result().orElseThrow().value()).isEqualTo(Money.of("300", "EUR"));
        assertThat(result.spendOfPayroll().result().orElseThrow().value()).isEqualTo(Percentage.of(1));
        assertThat(result.spendOfPayroll().result().orElseThrow().n()).isEqualTo(6);
    }

    @Test
    void keepsFullPrecisionWhenCostsDoNotDivideEvenly() {
        EfficiencyResult thirds = Efficiency.withDefaults()
                .evaluate(EfficiencyInputs.of(sixLearners().subList(0, 3)).withCosts(Money.of("1000", "EUR")));
        // By hand: 1,000 / 3 = 333.333...; 1,000 / 30 hours = 33.333...
        assertThat(thirds.costPerParticipant().result().orElseThrow().value().amount())
                .isEqualByComparingTo("333.3333333333333333333333333333333");
        assertThat(thirds.costPerLearningHour().result().orElseThrow().value().amount())
                .isEqualByComparingTo("33.33333333333333333333333333333333");
    }

    @Test
    void marksFiguresOnFewerThanKPeople() {
        EfficiencyResult withK3 = Efficiency.withDefaults().withK(3).evaluate(fixture);
        assertThat(withK3.meanDaysToComplete().result().orElseThrow().marked()).isFalse();
        assertThat(withK3.completionRate().result().orElseThrow().mark())
                .as("4 of 6: the 2 who did not complete are fewer than 3")
                .isEqualTo(SmallGroup.COMPLEMENT_BELOW_K);
    }

    static List<String> codes(Figure<?> figure) {
        return figure.reasons().stream().map(Reason::code).toList();
    }
}
