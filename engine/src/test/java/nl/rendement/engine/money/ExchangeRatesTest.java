package nl.rendement.engine.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");

    private final ExchangeRates rates = new ExchangeRates(List.of(
            new ExchangeRate(USD, EUR, new BigDecimal("0.90"), LocalDate.of(2025, 1, 2), "ECB reference rate"),
            new ExchangeRate(USD, EUR, new BigDecimal("0.92"), LocalDate.of(2025, 6, 30), "ECB reference rate")));

    @Test
    void convertsByTheLatestRateAndNamesItInTheStep() {
        ExchangeRates.Conversion conversion =
                rates.convert(Money.of("1000", "USD"), EUR).orElseThrow();

        assertThat(conversion.amount()).isEqualTo(Money.of("920", "EUR"));
        assertThat(conversion.step().orElseThrow().code()).isEqualTo("money.converted");
        assertThat(conversion.step().orElseThrow().fact("rateDate")).contains(LocalDate.of(2025, 6, 30));
        assertThat(conversion.step().orElseThrow().fact("rateSource")).contains("ECB reference rate");
    }

    @Test
    void convertsTheOtherWayByTheInverseOfAGivenRate() {
        ExchangeRates.Conversion conversion =
                rates.convert(Money.of("920", "EUR"), USD).orElseThrow();

        assertThat(conversion.amount()).isEqualTo(Money.of("1000", "USD"));
        assertThat(conversion.step().orElseThrow().code()).isEqualTo("money.convertedByInverse");
    }

    @Test
    void hasNoConversionWithoutARateAndNeedsNoneWithinACurrency() {
        assertThat(ExchangeRates.NONE.convert(Money.of("1", "USD"), EUR)).isEmpty();
        assertThat(ExchangeRates.NONE
                        .convert(Money.of("1", "EUR"), EUR)
                        .orElseThrow()
                        .step())
                .isEmpty();
    }

    @Test
    void refusesARateWithoutSourceOrValue() {
        assertThatThrownBy(() -> new ExchangeRate(USD, EUR, BigDecimal.ONE, LocalDate.of(2025, 1, 1), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExchangeRate(USD, EUR, BigDecimal.ZERO, LocalDate.of(2025, 1, 1), "ECB"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
