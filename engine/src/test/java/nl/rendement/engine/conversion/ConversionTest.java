package nl.rendement.engine.conversion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import nl.rendement.engine.measures.PeriodLength;
import nl.rendement.engine.money.ExchangeRate;
import nl.rendement.engine.money.ExchangeRates;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.value.Percentage;
import org.junit.jupiter.api.Test;

class ConversionTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    private final Conversion conversion = new Conversion(
            EUR,
            new ExchangeRates(List.of(new ExchangeRate(
                    USD, EUR, new BigDecimal("0.92"), LocalDate.of(2025, 6, 30), "ECB reference rate"))));

    @Test
    void valuesSevenFewerGrievancesAMonthAtTheExpertsValue() {
        // METHOD §5: 7 fewer grievances a month x 12 = 84 a year x 6,500 = 546,000 a year.
        ConversionOutcome outcome = conversion.annualValue(
                improvement("7"),
                PeriodLength.MONTH,
                ConversionValue.of(Technique.EXPERT, Money.of("6500", "EUR"), "Labour-relations expert", 2025));

        Traced<Money> annual = converted(outcome);
        assertThat(annual.value()).isEqualTo(Money.of("546000", "EUR"));
        assertThat(annual.trail().all("conversion.annualised").get(0).fact("annualChange"))
                .hasValueSatisfying(change -> assertThat((BigDecimal) change).isEqualByComparingTo("84"));
        assertThat(annual.trail().has("test.isolated")).isTrue();
    }

    @Test
    void convertsAValueInAnotherCurrencyOnlyByAGivenRate() {
        // 10 a week x 52 = 520 a year x (USD 50 x 0.92 = EUR 46) = EUR 23,920.
        Traced<Money> annual = converted(conversion.annualValue(
                improvement("10"),
                PeriodLength.WEEK,
                ConversionValue.of(Technique.COST_OF_QUALITY, Money.of("50", "USD"), "Rework cost study", 2024)));

        assertThat(annual.value()).isEqualTo(Money.of("23920", "EUR"));
        assertThat(annual.trail().has("money.converted")).isTrue();
        assertThat(new Conversion(EUR, ExchangeRates.NONE)
                        .annualValue(
                                improvement("10"),
                                PeriodLength.WEEK,
                                ConversionValue.of(Technique.COST_OF_QUALITY, Money.of("50", "USD"), "Study", 2024)))
                .isInstanceOfSatisfying(
                        ConversionOutcome.NotConverted.class,
                        none -> assertThat(none.reasons())
                                .extracting(reason -> reason.code())
                                .containsExactly("conversion.noRate"));
    }

    @Test
    void countsEmployeeTimeOnlyWithEvidenceOfWhatItWentTo() {
        ConversionValue hour = ConversionValue.of(Technique.EMPLOYEE_TIME, Money.of("48.75", "EUR"), "Payroll", 2025);

        assertThat(conversion.annualValue(improvement("2"), PeriodLength.WEEK, hour))
                .isInstanceOf(ConversionOutcome.NotConverted.class);
        // 2 hours a week x 52 = 104 hours x 48.75 = 5,070.
        assertThat(converted(conversion.annualValue(
                                improvement("2"), PeriodLength.WEEK, hour.withEvidence("Extra customer calls")))
                        .value())
                .isEqualTo(Money.of("5070", "EUR"));
    }

    @Test
    void appliesTheConfidenceOfAnEstimatedValue() {
        // 1 a month x 12 x 1,000 x 50% = 6,000.
        ConversionValue estimated = new ConversionValue(
                Technique.ESTIMATE,
                Money.of("1000", "EUR"),
                "Sales manager",
                2025,
                Optional.empty(),
                Optional.empty(),
                Optional.of(Percentage.of(50)),
                Optional.empty());

        assertThat(converted(conversion.annualValue(improvement("1"), PeriodLength.MONTH, estimated))
                        .value())
                .isEqualTo(Money.of("6000", "EUR"));
    }

    private static Traced<BigDecimal> improvement(String perPeriod) {
        return Traced.of(new BigDecimal(perPeriod), Step.of("test.isolated"));
    }

    private static Traced<Money> converted(ConversionOutcome outcome) {
        assertThat(outcome).isInstanceOf(ConversionOutcome.Converted.class);
        return ((ConversionOutcome.Converted) outcome).annualValue();
    }
}
