package nl.rendement.app.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.rendement.engine.money.Money;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers, money and dates as the reader's language writes them: {@code € 1.580,00} in Dutch,
 * {@code €1,580.00} in English. The only place where figures are rounded for display (HALF_EVEN).
 * Templates call it as {@code ${@formats.money(amount)}}.
 */
@Component("formats")
public class Formats {

    private static final Locale DUTCH_NUMBERS = Locale.forLanguageTag("nl-NL");
    private static final Locale ENGLISH_NUMBERS = Locale.forLanguageTag("en-IE");

    private final ZoneId zone;

    Formats(@Value("${rendement.time-zone:Europe/Amsterdam}") ZoneId zone) {
        this.zone = zone;
    }

    public String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(numberLocale());
        format.setCurrency(money.currency());
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(money.amount()).replace('\u00a0', ' ');
    }

    public String number(BigDecimal value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(numberLocale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }

    /** A number with as many decimals as it has, grouped as the reader's language groups. */
    public String decimal(BigDecimal value) {
        return number(value, Math.max(0, value.stripTrailingZeros().scale()));
    }

    /** A value that is already a percentage (25 means 25%), with up to two decimals. */
    public String percent(BigDecimal percentage) {
        NumberFormat format = NumberFormat.getNumberInstance(numberLocale());
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        String number = format.format(percentage);
        return isDutch() ? number + " %" : number + "%";
    }

    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(numberLocale())
                .format(date);
    }

    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(numberLocale())
                .withZone(zone)
                .format(instant);
    }

    /** A day of the year without a year, e.g. "1 januari" or "1 January". */
    public String monthDay(MonthDay monthDay) {
        return monthDay.getDayOfMonth() + " " + monthName(monthDay.getMonth());
    }

    /** The twelve months with their names in the reader's language, for a picker. */
    public List<MonthOption> months() {
        return Arrays.stream(Month.values())
                .map(month -> new MonthOption(month.getValue(), monthName(month)))
                .toList();
    }

    private static String monthName(Month month) {
        return month.getDisplayName(TextStyle.FULL_STANDALONE, LocaleContextHolder.getLocale());
    }

    /** A month as a picker offers it. */
    public record MonthOption(int value, String name) {}

    /** Today in the time zone Rendement shows dates in. */
    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** A date as a date picker sends it (yyyy-mm-dd); empty when blank or not a real date. */
    public Optional<LocalDate> parseDate(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** A number as a form field shows it for editing: no grouping, as many decimals as it has. */
    public String editable(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        return isDutch() ? plain.replace('.', ',') : plain;
    }

    /**
     * Reads a number as the reader's language writes it ("1.600,5" in Dutch, "1,600.5" in
     * English). Grouping separators must group by three, so "1600.5" is refused in Dutch rather
     * than read as 16005.
     */
    public Optional<BigDecimal> parseDecimal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.strip().replace("\u00a0", "").replace(" ", "");
        char grouping = isDutch() ? '.' : ',';
        char decimal = isDutch() ? ',' : '.';
        String g = Pattern.quote(String.valueOf(grouping));
        String d = Pattern.quote(String.valueOf(decimal));
        String pattern = "-?(\\d{1,3}(" + g + "\\d{3})+|\\d+)(" + d + "\\d+)?";
        if (!compact.matches(pattern)) {
            return Optional.empty();
        }
        return Optional.of(
                new BigDecimal(compact.replace(String.valueOf(grouping), "").replace(decimal, '.')));
    }

    private static boolean isDutch() {
        return LocaleContextHolder.getLocale().getLanguage().equals("nl");
    }

    private static Locale numberLocale() {
        return isDutch() ? DUTCH_NUMBERS : ENGLISH_NUMBERS;
    }
}
