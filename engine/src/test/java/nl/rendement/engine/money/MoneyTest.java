package nl.rendement.engine.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void addsAndSubtractsInOneCurrency() {
        Money total = Money.of("1000.10", "EUR").plus(Money.of("580", "EUR"));

        assertThat(total).isEqualTo(Money.of("1580.10", "EUR"));
        assertThat(total.minus(Money.of("1580.10", "EUR"))).isEqualTo(Money.of("0", "EUR"));
    }

    @Test
    void rejectsMixedCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessageContaining("EUR")
                .hasMessageContaining("USD");
    }

    @Test
    void keepsFullPrecisionUntilShown() {
        Money third = Money.of("100", "EUR").times(new BigDecimal("0.333333333333"));

        assertThat(third.amount()).isEqualByComparingTo("33.3333333333");
    }

    @Test
    void equalityIgnoresScaleButNotCurrency() {
        assertThat(Money.of("2.0", "EUR")).isEqualTo(Money.of("2.00", "EUR"));
        assertThat(Money.of("2.0", "EUR")).hasSameHashCodeAs(Money.of("2.00", "EUR"));
        assertThat(Money.of("2", "EUR")).isNotEqualTo(Money.of("2", "USD"));
    }

    @Test
    void tellsNegativeAmounts() {
        assertThat(Money.of("-0.01", "EUR").isNegative()).isTrue();
        assertThat(Money.zero(java.util.Currency.getInstance("EUR")).isNegative())
                .isFalse();
    }

    @Test
    void rejectsMissingParts() {
        assertThatThrownBy(() -> new Money(null, java.util.Currency.getInstance("EUR")))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Money.of("1", "XYZ1")).isInstanceOf(IllegalArgumentException.class);
    }
}
