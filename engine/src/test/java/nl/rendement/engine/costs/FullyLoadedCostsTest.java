package nl.rendement.engine.costs;

import static nl.rendement.engine.costs.CostCategory.ACQUISITION;
import static nl.rendement.engine.costs.CostCategory.DELIVERY;
import static nl.rendement.engine.costs.CostCategory.DESIGN_AND_DEVELOPMENT;
import static nl.rendement.engine.costs.CostCategory.PARTICIPANT_TIME;
import static nl.rendement.engine.costs.CostFixtures.JAN;
import static nl.rendement.engine.costs.CostFixtures.NOT_RECLAIMING;
import static nl.rendement.engine.costs.CostFixtures.RECLAIMING;
import static nl.rendement.engine.costs.CostFixtures.costs;
import static nl.rendement.engine.costs.CostFixtures.eur;
import static nl.rendement.engine.costs.CostFixtures.oneTime;
import static nl.rendement.engine.costs.CostFixtures.shown;
import static nl.rendement.engine.costs.CostFixtures.zeroExcept;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import nl.rendement.engine.money.ExchangeRates;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.value.Horizon;
import org.junit.jupiter.api.Test;

class FullyLoadedCostsTest {

    private static CostOutcome.Costs calculate(CostLedger ledger, int participants, CostSettings settings) {
        return costs(FullyLoadedCosts.calculate(ledger, participants, Horizon.ONE_YEAR, settings, ExchangeRates.NONE));
    }

    @Test
    void proratesAOneTimeCostWithoutRoundingPerParticipant() {
        // 48,000 x 30 / 70 = 1,440,000 / 70 = 20,571.428571428571... -> shown 20,571.43.
        // Rounding per participant would give 686 x 30 = 20,580 (whole euros) or 685.71 x 30 = 20,571.30 (cents).
        CostLedger ledger = zeroExcept(DESIGN_AND_DEVELOPMENT)
                .with(CostLine.oneTime("design", DESIGN_AND_DEVELOPMENT, "E-learning", eur("48000"), eur("10080"), JAN)
                        .proratedOver(70));

        CostOutcome.Costs costs = calculate(ledger, 30, RECLAIMING);

        assertThat(costs.total().value().amount())
                .isCloseTo(new BigDecimal("20571.428571428571"), within(new BigDecimal("1e-12")));
        assertThat(shown(costs.total().value())).isEqualByComparingTo("20571.43");
        assertThat(shown(costs.total().value()))
                .isNotEqualByComparingTo("20580.00")
                .isNotEqualByComparingTo("20571.30");
        Step prorated = costs.category(DESIGN_AND_DEVELOPMENT)
                .trail()
                .all("cost.prorated")
                .get(0);
        assertThat(prorated.fact("expectedParticipants")).contains(70);
        assertThat(prorated.fact("participantsEvaluated")).contains(30);
        assertThat(prorated.fact("amount")).contains(eur("48000"));
    }

    @Test
    void loadsParticipantTimeForEveryParticipant() {
        // hours x salary x 1.30 / 1,600:
        //   a:  8 x 52,000 x 1.30 / 1,600 = 540,800 / 1,600 = 338.00
        //   b:  8 x 40,000 x 1.30 / 1,600 = 416,000 / 1,600 = 260.00
        //   c: 12 x 64,000 x 1.30 / 1,600 = 998,400 / 1,600 = 624.00
        //   sum = 1,222.00 over 28 hours
        CostLedger ledger = zeroExcept(PARTICIPANT_TIME)
                .with(new ParticipantTime(List.of(
                        Attendance.of("a", "8", eur("52000")),
                        Attendance.of("b", "8", eur("40000")),
                        Attendance.of("c", "12", eur("64000")))));

        CostOutcome.Costs costs = calculate(ledger, 3, RECLAIMING);

        assertThat(costs.category(PARTICIPANT_TIME).value()).isEqualTo(eur("1222"));
        assertThat(costs.oneTime()).isEqualTo(eur("1222"));
        Step step = costs.category(PARTICIPANT_TIME)
                .trail()
                .all("cost.participantTime")
                .get(0);
        assertThat(step.fact("participants")).contains(3L);
        assertThat(step.fact("hours"))
                .hasValueSatisfying(hours -> assertThat((BigDecimal) hours).isEqualByComparingTo("28"));
    }

    @Test
    void onePersonsTimeMatchesTheMethodExample() {
        // 8 h x 52,000 x 1.30 / 1,600 = 338.00 (METHOD §6 formula)
        CostLedger ledger =
                zeroExcept(PARTICIPANT_TIME).with(new ParticipantTime(List.of(Attendance.of("a", "8", eur("52000")))));

        assertThat(shown(calculate(ledger, 1, RECLAIMING).total().value())).isEqualByComparingTo("338.00");
    }

    @Test
    void leavesOutVatThatCanBeReclaimedAndCountsItOtherwise() {
        // 10,000 + 21% VAT of 2,100: reclaimable 10,000; not reclaimable 12,100.
        CostLedger ledger = zeroExcept(DELIVERY)
                .with(CostLine.oneTime("trainer", DELIVERY, "Trainer", eur("10000"), eur("2100"), JAN));

        CostOutcome.Costs reclaiming = calculate(ledger, 12, RECLAIMING);
        CostOutcome.Costs notReclaiming = calculate(ledger, 12, NOT_RECLAIMING);

        assertThat(reclaiming.total().value()).isEqualTo(eur("10000"));
        assertThat(reclaiming.total().trail().has("cost.vatExcluded")).isTrue();
        assertThat(notReclaiming.total().value()).isEqualTo(eur("12100"));
        assertThat(notReclaiming.total().trail().all("cost.vatIncluded").get(0).fact("vat"))
                .contains(eur("2100"));
    }

    @Test
    void countsAYearlyCostForTheHorizon() {
        // licence 12,000 a year + set-up 5,000 once:
        //   6 months:  5,000 + 12,000 x 0.5 = 11,000
        //   24 months: 5,000 + 12,000 x 2   = 29,000
        CostLedger ledger = zeroExcept(ACQUISITION)
                .with(CostLine.yearly("licence", ACQUISITION, "Platform licence", eur("12000"), eur("2520"), JAN))
                .with(oneTime("set-up", ACQUISITION, eur("5000")));

        CostOutcome.Costs half = costs(FullyLoadedCosts.calculate(
                ledger, 20, Horizon.months(6, "Pilot of half a year"), RECLAIMING, ExchangeRates.NONE));
        CostOutcome.Costs two = costs(FullyLoadedCosts.calculate(
                ledger, 20, Horizon.months(24, "Skills used for two years"), RECLAIMING, ExchangeRates.NONE));

        assertThat(half.total().value()).isEqualTo(eur("11000"));
        assertThat(two.total().value()).isEqualTo(eur("29000"));
        assertThat(two.oneTime()).isEqualTo(eur("5000"));
        assertThat(two.recurringPerYear()).isEqualTo(eur("12000"));
        assertThat(half.total().trail().all("cost.recurring").get(0).fact("amount"))
                .contains(eur("6000"));
    }

    @Test
    void showsTotalGrossAndNetOfReimbursements() {
        // costs 20,000; sector fund pays 5,000: gross 20,000, reimbursed 5,000, net 15,000.
        CostLedger ledger = zeroExcept(DELIVERY)
                .with(oneTime("course", DELIVERY, eur("20000")))
                .with(new Reimbursement("fund", "Sector training fund", eur("5000"), JAN));

        CostOutcome.Costs costs = calculate(ledger, 10, RECLAIMING);

        assertThat(costs.total().value()).isEqualTo(eur("20000"));
        assertThat(costs.reimbursed().value()).isEqualTo(eur("5000"));
        assertThat(costs.net().value()).isEqualTo(eur("15000"));
        assertThat(costs.reimbursed().trail().all("cost.reimbursement").get(0).fact("source"))
                .contains("Sector training fund");
    }

    @Test
    void showsAnExplicitZeroAsZeroWithItsStep() {
        CostLedger ledger = zeroExcept(DELIVERY).with(oneTime("course", DELIVERY, eur("900")));

        CostOutcome.Costs costs = calculate(ledger, 10, RECLAIMING);

        assertThat(costs.category(CostCategory.CAPITAL).value()).isEqualTo(Money.zero(CostFixtures.EUR));
        assertThat(costs.category(CostCategory.CAPITAL)
                        .trail()
                        .all("cost.explicitZero")
                        .get(0)
                        .fact("category"))
                .contains(CostCategory.CAPITAL);
        assertThat(costs.category(DELIVERY).trail().has("cost.explicitZero")).isFalse();
    }
}
