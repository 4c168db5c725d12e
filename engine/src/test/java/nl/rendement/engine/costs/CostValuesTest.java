package nl.rendement.engine.costs;

import static nl.rendement.engine.costs.CostCategory.DELIVERY;
import static nl.rendement.engine.costs.CostFixtures.EUR;
import static nl.rendement.engine.costs.CostFixtures.JAN;
import static nl.rendement.engine.costs.CostFixtures.RECLAIMING;
import static nl.rendement.engine.costs.CostFixtures.eur;
import static nl.rendement.engine.costs.CostFixtures.oneTime;
import static nl.rendement.engine.costs.CostFixtures.zeroExcept;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import nl.rendement.engine.money.ExchangeRates;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.value.Horizon;
import nl.rendement.engine.value.Percentage;
import org.junit.jupiter.api.Test;

class CostValuesTest {

    @Test
    void rejectsNegativeAmountsAndVatInAnotherCurrency() {
        assertThatThrownBy(() -> oneTime("x", DELIVERY, eur("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CostLine.oneTime("x", DELIVERY, "x", eur("1"), Money.of("0", "USD"), JAN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reimbursement("r", "Fund", eur("-5"), JAN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Attendance.of("p", "-2", eur("40000"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void proratesOnlyOneTimeLinesOverAtLeastOneParticipant() {
        assertThatThrownBy(() -> oneTime("x", DELIVERY, eur("1")).proratedOver(0))
                .isInstanceOf(IllegalArgumentException.class);
        CostLine yearly = CostLine.yearly("x", DELIVERY, "x", eur("1"), eur("0"), JAN);
        assertThatThrownBy(() -> yearly.proratedOver(10)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsACategoryBothPresentAndExplicitlyZero() {
        assertThatThrownBy(() -> zeroExcept().with(oneTime("x", DELIVERY, eur("1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DELIVERY");
        assertThatThrownBy(() -> zeroExcept().with(new ParticipantTime(List.of(Attendance.of("p", "1", eur("1"))))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PARTICIPANT_TIME");
    }

    @Test
    void rejectsTwoLinesWithOneId() {
        CostLedger ledger = zeroExcept(DELIVERY).with(oneTime("x", DELIVERY, eur("1")));

        assertThatThrownBy(() -> ledger.with(oneTime("x", DELIVERY, eur("2"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsParticipantTimeWithoutAttendancesAndImpossibleSettings() {
        assertThatThrownBy(() -> new ParticipantTime(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CostSettings(EUR, Percentage.of(30), BigDecimal.ZERO, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CostSettings(EUR, Percentage.of(-1), new BigDecimal("1600"), true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsAnEvaluationWithoutParticipants() {
        CostLedger ledger = zeroExcept(DELIVERY).with(oneTime("x", DELIVERY, eur("1")));

        assertThatThrownBy(
                        () -> FullyLoadedCosts.calculate(ledger, 0, Horizon.ONE_YEAR, RECLAIMING, ExchangeRates.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
