package nl.rendement.app.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.rendement.app.system.FieldProblem;
import nl.rendement.app.system.Formats;
import nl.rendement.engine.money.ExchangeRate;

/**
 * A new exchange rate as the Settings page sends it: one unit of {@code currency} is {@code rate}
 * units of the reporting currency from {@code validFrom} on, according to {@code source}.
 */
public record ExchangeRateForm(String currency, String rate, String validFrom, String source) {

    static final int MOST_DECIMALS = 10;
    static final int MOST_DIGITS = 14;
    static final int SOURCE_LENGTH = 200;

    static ExchangeRateForm empty() {
        return new ExchangeRateForm("", "", "", "");
    }

    /** The rate into {@code reporting} this form describes, or the problems that stop it, each next to its field. */
    Parsed parse(Formats formats, Currency reporting) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<Currency> from = currency(reporting);
        if (from.isEmpty()) {
            problems.add(new FieldProblem("currency", "settings.rates.error.currency"));
        }
        Optional<BigDecimal> value = formats.parseDecimal(rate).filter(ExchangeRateForm::plausible);
        if (value.isEmpty()) {
            problems.add(new FieldProblem("rate", "settings.rates.error.rate"));
        }
        Optional<LocalDate> day = formats.parseDate(validFrom);
        if (day.isEmpty()) {
            problems.add(new FieldProblem("validFrom", "settings.rates.error.validFrom"));
        }
        String cleanSource = source == null ? "" : source.strip();
        if (cleanSource.isEmpty() || cleanSource.length() > SOURCE_LENGTH) {
            problems.add(new FieldProblem("source", "settings.rates.error.source"));
        }
        if (!problems.isEmpty()) {
            return new Parsed(Optional.empty(), problems);
        }
        return new Parsed(
                Optional.of(new ExchangeRate(from.get(), reporting, value.get(), day.get(), cleanSource)), problems);
    }

    private Optional<Currency> currency(Currency reporting) {
        try {
            Currency from = Currency.getInstance(
                    currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT));
            return from.equals(reporting) ? Optional.empty() : Optional.of(from);
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** Above 0, with no more digits than the store keeps. */
    private static boolean plausible(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return value.signum() > 0 && plain.scale() <= MOST_DECIMALS && plain.precision() - plain.scale() <= MOST_DIGITS;
    }

    /** Either a rate or the problems found. */
    record Parsed(Optional<ExchangeRate> rate, List<FieldProblem> problems) {}
}
