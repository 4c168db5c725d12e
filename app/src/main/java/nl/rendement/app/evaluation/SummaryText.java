package nl.rendement.app.evaluation;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Fact;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.value.Percentage;
import org.springframework.context.MessageSource;

/**
 * The lines of the {@code evaluate} summary in the reader's language: money and numbers as that
 * language writes them ({@code € 1.234,56} in Dutch, {@code €1,234.56} in English, as the web
 * pages do), rounded only here (HALF_EVEN), and reasons in words where the bundles have them.
 */
final class SummaryText {

    private final MessageSource messages;
    private final Locale locale;
    private final Locale numbers;
    private final PrintStream out;

    SummaryText(MessageSource messages, Locale locale, PrintStream out) {
        this.messages = messages;
        this.locale = locale;
        this.numbers = dutch(locale) ? Locale.forLanguageTag("nl-NL") : Locale.forLanguageTag("en-IE");
        this.out = out;
    }

    String reasons(List<Reason> reasons) {
        return reasons.stream().map(this::reason).collect(Collectors.joining("; "));
    }

    /** A reason in the reader's language where the bundles have it, else its code. */
    String reason(Reason reason) {
        Object[] facts =
                reason.step().facts().stream().map(Fact::value).map(this::fact).toArray();
        return messages.getMessage("evaluate.reason." + reason.code(), facts, reason.code(), locale);
    }

    String fact(Object value) {
        if (value instanceof Money money) {
            return money(money);
        }
        if (value instanceof BigDecimal decimal) {
            return number(
                    decimal,
                    Math.min(2, Math.max(0, decimal.stripTrailingZeros().scale())));
        }
        if (value instanceof Percentage percentage) {
            return percent(percentage.value());
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(this::fact).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(numbers);
        format.setCurrency(money.currency());
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(money.amount()).replace('\u00a0', ' ');
    }

    String number(BigDecimal value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(numbers);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }

    /** A percentage with two decimals, written as the web pages write it: 75.00% or 75,00 %. */
    String percent(BigDecimal percentage) {
        String number = number(percentage, 2);
        return dutch(locale) ? number + " %" : number + "%";
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    void line(String key, Object... arguments) {
        out.println(text(key, arguments));
    }

    static boolean dutch(Locale locale) {
        return locale.getLanguage().equals("nl");
    }

    void print(String text) {
        out.println(text);
    }
}
