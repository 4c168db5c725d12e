package nl.rendement.engine.costs;

import static nl.rendement.engine.costs.CostCategory.ACQUISITION;
import static nl.rendement.engine.costs.CostCategory.CAPITAL;
import static nl.rendement.engine.costs.CostCategory.DELIVERY;
import static nl.rendement.engine.costs.CostCategory.DESIGN_AND_DEVELOPMENT;
import static nl.rendement.engine.costs.CostCategory.EVALUATION_AND_REPORTING;
import static nl.rendement.engine.costs.CostCategory.NEEDS_ASSESSMENT;
import static nl.rendement.engine.costs.CostCategory.OVERHEAD;
import static nl.rendement.engine.costs.CostCategory.PARTICIPANT_TIME;
import static nl.rendement.engine.costs.CostFixtures.EUR;
import static nl.rendement.engine.costs.CostFixtures.JAN;
import static nl.rendement.engine.costs.CostFixtures.NOT_RECLAIMING;
import static nl.rendement.engine.costs.CostFixtures.RECLAIMING;
import static nl.rendement.engine.costs.CostFixtures.USD;
import static nl.rendement.engine.costs.CostFixtures.costs;
import static nl.rendement.engine.costs.CostFixtures.eur;
import static nl.rendement.engine.costs.CostFixtures.oneTime;
import static nl.rendement.engine.costs.CostFixtures.shown;
import static nl.rendement.engine.costs.CostFixtures.zeroExcept;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import nl.rendement.engine.money.ExchangeRate;
import nl.rendement.engine.money.ExchangeRates;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.value.Horizon;
import org.junit.jupiter.api.Test;

class CurrenciesAndCategoriesTest {

    private static final ExchangeRates ECB = new ExchangeRates(List.of(
            new ExchangeRate(USD, EUR, new BigDecimal("0.92"), LocalDate.of(2025, 6, 30), "ECB reference rate")));

    @Test
    void convertsALineInAnotherCurrencyByItsExplicitRate() {
        // 1,000 USD x 0.92 EUR/USD = 920 EUR; plus a 500 EUR line = 1,420 EUR
        CostLedger ledger = zeroExcept(DELIVERY)
                .with(oneTime("us-trainer", DELIVERY, Money.of("1000", "USD")))
                .with(oneTime("room", DELIVERY, eur("500")));

        CostOutcome.Costs costs = costs(FullyLoadedCosts.calculate(ledger, 10, Horizon.ONE_YEAR, RECLAIMING, ECB));

        assertThat(costs.total().value()).isEqualTo(eur("1420"));
        Step converted = costs.category(DELIVERY).trail().all("money.converted").get(0);
        assertThat(converted.fact("amount")).contains(Money.of("1000", "USD"));
        assertThat(converted.fact("converted")).contains(eur("920"));
        assertThat(converted.fact("rateDate")).contains(LocalDate.of(2025, 6, 30));
        assertThat(converted.fact("rateSource")).contains("ECB reference rate");
    }

    @Test
    void givesNoCostsWhenACurrencyHasNoRateAndNamesEveryOne() {
        CostLedger ledger = zeroExcept(DELIVERY)
                .with(oneTime("us-trainer", DELIVERY, Money.of("1000", "USD")))
                .with(new Reimbursement("grant", "UK grant", Money.of("500", "GBP"), JAN));

        CostOutcome.NoCosts none = CostFixtures.noCosts(
                FullyLoadedCosts.calculate(ledger, 10, Horizon.ONE_YEAR, RECLAIMING, ExchangeRates.NONE));

        assertThat(none.reasons()).hasSize(1);
        assertThat(none.reasons().get(0).code()).isEqualTo("cost.noExchangeRate");
        assertThat(none.reasons().get(0).step().fact("currencies")).contains(List.of("GBP", "USD"));
        assertThat(none.reasons().get(0).step().fact("reportingCurrency")).contains("EUR");
    }

    @Test
    void givesNoCostsNamingExactlyTheMissingCategories() {
        CostLedger ledger = new CostLedger(
                List.of(oneTime("course", DELIVERY, eur("900"))),
                Set.of(NEEDS_ASSESSMENT, DESIGN_AND_DEVELOPMENT, ACQUISITION, CAPITAL, OVERHEAD),
                List.of(),
                Optional.empty());

        CostOutcome.NoCosts none = CostFixtures.noCosts(
                FullyLoadedCosts.calculate(ledger, 10, Horizon.ONE_YEAR, RECLAIMING, ExchangeRates.NONE));

        assertThat(none.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("cost.categoriesMissing");
            assertThat(reason.step().fact("categories")).contains(List.of(PARTICIPANT_TIME, EVALUATION_AND_REPORTING));
        });
    }

    @Test
    void givesEveryReasonAtOnce() {
        CostLedger ledger = new CostLedger(
                List.of(oneTime("us-trainer", DELIVERY, Money.of("1000", "USD"))),
                Set.of(),
                List.of(),
                Optional.empty());

        CostOutcome.NoCosts none = CostFixtures.noCosts(
                FullyLoadedCosts.calculate(ledger, 10, Horizon.ONE_YEAR, RECLAIMING, ExchangeRates.NONE));

        assertThat(none.reasons())
                .extracting(reason -> reason.code())
                .containsExactly("cost.categoriesMissing", "cost.noExchangeRate");
    }

    @Test
    void givesNoCostsWhenNothingWasGiven() {
        CostOutcome.NoCosts none = CostFixtures.noCosts(
                FullyLoadedCosts.calculate(CostLedger.EMPTY, 10, Horizon.ONE_YEAR, RECLAIMING, ExchangeRates.NONE));

        assertThat(none.reasons()).extracting(reason -> reason.code()).containsExactly("cost.nothingGiven");
    }

    @Test
    void givesNoCostsWhenAProrationExpectsFewerParticipantsThanWereEvaluated() {
        CostLedger ledger = zeroExcept(DESIGN_AND_DEVELOPMENT)
                .with(oneTime("design", DESIGN_AND_DEVELOPMENT, eur("48000")).proratedOver(20));

        CostOutcome.NoCosts none = CostFixtures.noCosts(
                FullyLoadedCosts.calculate(ledger, 30, Horizon.ONE_YEAR, RECLAIMING, ExchangeRates.NONE));

        assertThat(none.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo("cost.fewerExpectedThanEvaluated");
            assertThat(reason.step().fact("lines")).contains(List.of("design"));
        });
    }

    @Test
    void addsUpEveryCategoryWhenAllArePresent() {
        // VAT not reclaimable, 30 participants evaluated, one year:
        //   needs assessment       1,500
        //   design                48,000 x 30 / 70       = 20,571.428571...
        //   acquisition           12,000 a year x 1      = 12,000
        //   delivery              10,000 + 2,100 VAT     = 12,100
        //   participant time      30 x (8 x 52,000 x 1.30 / 1,600 = 338) = 10,140
        //   capital 3,000; overhead 2,000; evaluation 4,500
        //   total = 45,240 + 20,571.428571... = 65,811.428571... -> 65,811.43; of which yearly 12,000
        List<Attendance> thirty = new ArrayList<>();
        IntStream.rangeClosed(1, 30).forEach(i -> thirty.add(Attendance.of("p" + i, "8", eur("52000"))));
        CostLedger ledger = CostLedger.EMPTY
                .with(oneTime("needs", NEEDS_ASSESSMENT, eur("1500")))
                .with(oneTime("design", DESIGN_AND_DEVELOPMENT, eur("48000")).proratedOver(70))
                .with(CostLine.yearly("licence", ACQUISITION, "Licence", eur("12000"), eur("0"), JAN))
                .with(CostLine.oneTime("trainer", DELIVERY, "Trainer", eur("10000"), eur("2100"), JAN))
                .with(new ParticipantTime(thirty))
                .with(oneTime("laptops", CAPITAL, eur("3000")))
                .with(oneTime("hr-admin", OVERHEAD, eur("2000")))
                .with(oneTime("evaluation", EVALUATION_AND_REPORTING, eur("4500")));

        CostOutcome.Costs costs =
                costs(FullyLoadedCosts.calculate(ledger, 30, Horizon.ONE_YEAR, NOT_RECLAIMING, ExchangeRates.NONE));

        assertThat(shown(costs.total().value())).isEqualByComparingTo("65811.43");
        assertThat(costs.category(PARTICIPANT_TIME).value()).isEqualTo(eur("10140"));
        assertThat(costs.category(DELIVERY).value()).isEqualTo(eur("12100"));
        assertThat(costs.recurringPerYear()).isEqualTo(eur("12000"));
        assertThat(shown(costs.oneTime())).isEqualByComparingTo("53811.43");
        assertThat(costs.total().trail().has("cost.explicitZero")).isFalse();
        assertThat(costs.categories()).containsOnlyKeys(CostCategory.values());
    }
}
