package nl.rendement.engine.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import nl.rendement.engine.measures.PeriodLength;
import nl.rendement.engine.money.ExchangeRates;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import org.junit.jupiter.api.Test;

class ShippedDefaultsTest {

    @Test
    void shipsTheLowEndOfEachTurnoverRangeAsTheDefault() {
        assertThat(ShippedDefaults.TURNOVER_COST)
                .extracting(
                        SalaryShare::key,
                        share -> share.low().value().intValue(),
                        share -> share.high().value().intValue())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("entry-level", 30, 50),
                        org.assertj.core.groups.Tuple.tuple("office-admin", 50, 80),
                        org.assertj.core.groups.Tuple.tuple("professional", 75, 125),
                        org.assertj.core.groups.Tuple.tuple("supervisor", 100, 150),
                        org.assertj.core.groups.Tuple.tuple("middle-manager", 125, 200),
                        org.assertj.core.groups.Tuple.tuple("senior-executive", 200, 400));
        assertThat(ShippedDefaults.TURNOVER_COST)
                .allSatisfy(share -> assertThat(share.source()).isNotBlank());
    }

    @Test
    void valuesALeaverAtTheLowerBoundOfTheirSalary() {
        // A professional earning 50,000: 75% = 37,500 per leaver; 2 fewer leavers a year = 75,000.
        ConversionValue perLeaver = ShippedDefaults.TURNOVER_COST.get(2).valueFor(Money.of("50000", "EUR"));

        ConversionOutcome outcome = new Conversion(Currency.getInstance("EUR"), ExchangeRates.NONE)
                .annualValue(Traced.of(new BigDecimal("2"), Step.of("test.isolated")), PeriodLength.YEAR, perLeaver);

        assertThat(perLeaver.valuePerUnit()).isEqualTo(Money.of("37500", "EUR"));
        // The range 75-125% of 50,000 = 37,500 to 62,500 feeds the uncertainty model.
        assertThat(perLeaver.range().orElseThrow())
                .isEqualTo(new ValueRange(Money.of("37500", "EUR"), Money.of("62500", "EUR")));
        assertThat(((ConversionOutcome.Converted) outcome).annualValue().value())
                .isEqualTo(Money.of("75000", "EUR"));
    }

    @Test
    void keepsShippedMoneyInItsOriginalCurrency() {
        assertThat(ShippedDefaults.DATA_BREACH.valuePerUnit().currency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(new Conversion(Currency.getInstance("EUR"), ExchangeRates.NONE)
                        .annualValue(
                                Traced.of(new BigDecimal("0.01"), Step.of("test.isolated")),
                                PeriodLength.YEAR,
                                ShippedDefaults.DATA_BREACH))
                .isInstanceOf(ConversionOutcome.NotConverted.class);
    }
}
