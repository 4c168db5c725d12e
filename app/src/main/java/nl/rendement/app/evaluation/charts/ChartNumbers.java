package nl.rendement.app.evaluation.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import nl.rendement.engine.money.Money;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnitSource;

/**
 * Figures inside a chart as the reader's language writes them, the same way the pages do
 * ({@code Formats}): {@code 1.234,5} and {@code 12,5 %} in Dutch, {@code 1,234.5} and
 * {@code 12.5%} in English, money in whole units; the space between a figure and its sign is a
 * no-break space, so that a label never wraps between them. Rounds HALF_EVEN. The formats are also handed to
 * the axes, so tick labels and item labels agree.
 */
final class ChartNumbers {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Locale ENGLISH = Locale.forLanguageTag("en-IE");

    private final Locale locale;
    private final boolean dutch;

    ChartNumbers(Locale locale) {
        this.dutch = locale.getLanguage().equals("nl");
        this.locale = dutch ? DUTCH : ENGLISH;
    }

    NumberFormat numberFormat(int decimals) {
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(locale));
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format;
    }

    /** Tick sizes for a value axis, each written with the decimals it needs. */
    TickUnitSource tickUnits() {
        return NumberAxis.createStandardTickUnits(locale);
    }

    /** Percentages as given (25 means 25%), with up to {@code decimals} decimals. */
    NumberFormat percentFormat(int decimals) {
        DecimalFormat format = (DecimalFormat) numberFormat(0);
        format.setMaximumFractionDigits(decimals);
        String suffix = dutch ? "\u00a0%" : "%";
        format.setPositiveSuffix(suffix);
        format.setNegativeSuffix(suffix);
        return format;
    }

    NumberFormat moneyFormat(Currency currency) {
        DecimalFormat format = (DecimalFormat) NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(0);
        format.setMaximumFractionDigits(0);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format;
    }

    String number(double value, int decimals) {
        return numberFormat(decimals).format(value);
    }

    String number(BigDecimal value, int decimals) {
        return numberFormat(decimals).format(value);
    }

    /** A percentage with at most one decimal, as charts need no more. */
    String percent(double percentage) {
        return percentFormat(1).format(percentage);
    }

    String percent(BigDecimal percentage) {
        return percentFormat(1).format(percentage);
    }

    String money(Money money) {
        return moneyFormat(money.currency()).format(money.amount());
    }

    /** A signed difference, {@code +12,5} or {@code -3,0}. */
    String signed(double value, int decimals) {
        String number = number(value, decimals);
        return value > 0 ? "+" + number : number;
    }

    /** A figure as the reader's language writes it. */
    String figure(Figure figure) {
        if (figure instanceof Figure.Number number) {
            return number(number.value(), number.decimals());
        }
        if (figure instanceof Figure.Percent percent) {
            return percent(percent.value());
        }
        return money(((Figure.Amount) figure).money());
    }
}
