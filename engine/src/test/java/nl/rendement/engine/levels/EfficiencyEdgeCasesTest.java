package nl.rendement.engine.levels;

import static nl.rendement.engine.levels.EfficiencyTest.codes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.rendement.engine.Participant;
import nl.rendement.engine.money.CurrencyMismatchException;
import nl.rendement.engine.money.Money;
import org.junit.jupiter.api.Test;

class EfficiencyEdgeCasesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    private static Learner notCompleted(String id, String hours) {
        return new Learner(id, DAY, Optional.of(DAY), Optional.empty(), new BigDecimal(hours));
    }

    @Test
    void withoutCompletersThereIsNoTimeToComplete() {
        EfficiencyResult result = Efficiency.withDefaults()
                .evaluate(EfficiencyInputs.of(List.of(notCompleted("a", "3"), notCompleted("b", "5"))));

        assertThat(codes(result.medianDaysToComplete())).containsExactly("level.timeToComplete.noCompleters");
        assertThat(codes(result.meanDaysToComplete())).containsExactly("level.timeToComplete.noCompleters");
        assertThat(result.completionRate().result().orElseThrow().value()).isZero();
    }

    @Test
    void withoutHoursCostsOrPayrollTheFiguresSayWhy() {
        EfficiencyResult result = Efficiency.withDefaults()
                .evaluate(EfficiencyInputs.of(List.of(notCompleted("a", "0"))).withCosts(Money.of("500", "EUR")));

        assertThat(codes(result.costPerLearningHour())).containsExactly("level.costPerLearningHour.noHours");
        assertThat(codes(result.spendOfPayroll())).containsExactly("level.spendOfPayroll.noPayroll");
        assertThat(codes(result.learningHoursPerFte())).containsExactly("level.hoursPerFte.noFte");
        assertThat(result.costPerParticipant().result()).isPresent();
    }

    @Test
    void givesEveryReasonThatAppliesAtOnce() {
        EfficiencyResult result = Efficiency.withDefaults()
                .evaluate(EfficiencyInputs.of(List.of(notCompleted("a", "0")))
                        .withPayroll(Money.of("0", "EUR"))
                        .withFte(Fte.ofParticipants("0")));

        assertThat(codes(result.spendOfPayroll())).containsExactly("level.noCosts", "level.spendOfPayroll.zeroPayroll");
        assertThat(codes(result.costPerLearningHour()))
                .containsExactly("level.noCosts", "level.costPerLearningHour.noHours");
        assertThat(codes(result.learningHoursPerFte())).containsExactly("level.hoursPerFte.zeroFte");
    }

    @Test
    void nobodyEnrolledGivesZeroParticipantsAndNoRates() {
        EfficiencyResult result = Efficiency.withDefaults()
                .evaluate(EfficiencyInputs.of(List.of()).withCosts(Money.of("100", "EUR")));

        assertThat(result.participants().value()).isZero();
        assertThat(result.participants().aggregate().marked()).isFalse();
        assertThat(codes(result.completionRate())).containsExactly("level.noParticipants");
        assertThat(codes(result.costPerParticipant())).containsExactly("level.noParticipants");
    }

    @Test
    void takesAParticipantOfTheEvaluation() {
        Participant participant = new Participant("p1", "2025-Q1", DAY, Optional.of(DAY.plusDays(14)));
        Learner learner = Learner.of(participant, DAY.minusDays(7), new BigDecimal("6"));

        assertThat(learner.daysToComplete()).contains(14L);
    }

    @Test
    void rejectsImpossibleInput() {
        assertThatThrownBy(() -> new Learner("a", DAY, Optional.of(DAY), Optional.of(DAY.minusDays(1)), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Learner("a", DAY, Optional.of(DAY.minusDays(1)), Optional.empty(), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Learner("a", DAY, Optional.empty(), Optional.of(DAY), BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notCompleted("a", "-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EfficiencyInputs.of(List.of(notCompleted("a", "1"), notCompleted("a", "2"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EfficiencyInputs.of(List.of())
                        .withCosts(Money.of("1", "EUR"))
                        .withPayroll(Money.of("1", "USD")))
                .isInstanceOf(CurrencyMismatchException.class);
    }
}
