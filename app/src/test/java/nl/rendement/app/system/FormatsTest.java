package nl.rendement.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import nl.rendement.engine.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTest {

    private final Formats formats = TestFormats.amsterdam();

    @AfterEach
    void forgetTheLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private static void reader(String language) {
        LocaleContextHolder.setLocale(Languages.byTag(language).orElseThrow());
    }

    @Test
    void writesMoneyInDutchWithAPlainSpaceAfterTheEuroSign() {
        reader("nl");

        assertThat(formats.money(Money.of("1580", "EUR"))).isEqualTo("€ 1.580,00");
    }

    @Test
    void writesMoneyInEnglishWithTheEuroSignAgainstTheAmount() {
        reader("en");

        assertThat(formats.money(Money.of("1580", "EUR"))).isEqualTo("€1,580.00");
    }

    @Test
    void writesNegativeMoneyWithoutNonBreakingSpaces() {
        reader("nl");

        assertThat(formats.money(Money.of("-1580", "EUR"))).isEqualTo("€ -1.580,00");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0.125, €0.12", "0.135, €0.14", "0.005, €0.00", "2.675, €2.68"})
    void roundsMoneyHalfEvenOnlyWhenShown(String amount, String shown) {
        reader("en");

        assertThat(formats.money(Money.of(amount, "EUR"))).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} at {1} decimals -> {2}")
    @CsvSource({"0.125, 2, 0.12", "0.135, 2, 0.14", "2.5, 0, 2", "3.5, 0, 4", "1234.5, 1, '1,234.5'"})
    void roundsNumbersHalfEvenAtTheRequestedDecimals(String value, int decimals, String shown) {
        reader("en");

        assertThat(formats.number(new BigDecimal(value), decimals)).isEqualTo(shown);
    }

    @Test
    void groupsDutchNumbersWithDotsAndDecimalsWithAComma() {
        reader("nl");

        assertThat(formats.number(new BigDecimal("1234.5"), 2)).isEqualTo("1.234,50");
    }

    @Test
    void writesPercentagesAsEachLanguageDoes() {
        reader("nl");
        String dutch = formats.percent(new BigDecimal("12.345"));
        reader("en");
        String english = formats.percent(new BigDecimal("12.345"));

        assertThat(dutch).isEqualTo("12,34 %");
        assertThat(english).isEqualTo("12.34%");
    }

    @Test
    void writesWholePercentagesWithoutDecimals() {
        reader("en");

        assertThat(formats.percent(new BigDecimal("25.00"))).isEqualTo("25%");
    }

    @Test
    void writesDatesAsEachLanguageDoes() {
        LocalDate date = LocalDate.of(2024, 3, 5);
        reader("nl");
        String dutch = formats.date(date);
        reader("en");
        String english = formats.date(date);

        assertThat(dutch).isEqualTo("5 mrt. 2024");
        assertThat(english).isEqualTo("5 Mar 2024");
    }

    @Test
    void writesMomentsInTheConfiguredTimeZone() {
        reader("nl");

        assertThat(formats.dateTime(Instant.parse("2024-07-01T10:15:00Z"))).isEqualTo("1 jul. 2024 12:15");
    }

    @Test
    void namesDaysOfTheYearAndMonthsInTheReadersLanguage() {
        reader("nl");
        String dutch = formats.monthDay(MonthDay.of(1, 1));
        String firstDutchMonth = formats.months().get(0).name();
        reader("en");

        assertThat(dutch).isEqualTo("1 januari");
        assertThat(firstDutchMonth).isEqualTo("januari");
        assertThat(formats.monthDay(MonthDay.of(10, 31))).isEqualTo("31 October");
        assertThat(formats.months()).hasSize(12).last().isEqualTo(new Formats.MonthOption(12, "December"));
    }

    @Test
    void offersNumbersForEditingWithoutGroupingOrTrailingZeros() {
        reader("nl");
        String dutch = formats.editable(new BigDecimal("1600.50"));
        String whole = formats.editable(new BigDecimal("1600.00"));
        reader("en");

        assertThat(dutch).isEqualTo("1600,5");
        assertThat(whole).isEqualTo("1600");
        assertThat(formats.editable(new BigDecimal("1600.50"))).isEqualTo("1600.5");
    }

    @Test
    void readsWhatItOffersForEditing() {
        reader("nl");
        BigDecimal value = new BigDecimal("-0.25");

        assertThat(formats.parseDecimal(formats.editable(value))).contains(value);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({"'1.600,5', 1600.5", "'1600,5', 1600.5", "'1.600', 1600", "'-12,25', -12.25", "' 1 600,5 ', 1600.5"})
    void readsDutchNumbers(String text, BigDecimal value) {
        reader("nl");

        assertThat(formats.parseDecimal(text)).contains(value);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"1600.5", "1.60,5", "1.6000", "abc", "12,", ",5", "1,600.5", ""})
    void refusesWhatDutchDoesNotWrite(String text) {
        reader("nl");

        assertThat(formats.parseDecimal(text)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource({"'1,600.5', 1600.5", "'1600.5', 1600.5", "'-0.5', -0.5"})
    void readsEnglishNumbers(String text, BigDecimal value) {
        reader("en");

        assertThat(formats.parseDecimal(text)).contains(value);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"1600,5", "1.600,5", "16,00.5", "abc"})
    void refusesWhatEnglishDoesNotWrite(String text) {
        reader("en");

        assertThat(formats.parseDecimal(text)).isEmpty();
    }

    @Test
    void readsNothingFromNull() {
        reader("en");

        assertThat(formats.parseDecimal(null)).isEmpty();
    }
}
