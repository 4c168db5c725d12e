package nl.rendement.app.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.rendement.engine.value.Percentage;

/**
 * What one scalar of an evaluation file holds: how its text is read, the problem when it cannot
 * be, and the problem when it is read but out of bounds.
 *
 * @param allowed the values a person may write, listed in the problem; empty when any will do
 */
record Kind<T>(
        Function<String, Optional<T>> parse, String reason, String allowed, Predicate<T> valid, String invalidReason) {

    static final Kind<String> TEXT = of(Optional::of, "evaluation.problem.notAScalar");
    static final Kind<BigDecimal> DECIMAL = of(Kind::decimal, "evaluation.problem.notANumber");
    static final Kind<BigDecimal> AMOUNT = DECIMAL.requiring(d -> d.signum() >= 0, "evaluation.problem.negative");
    static final Kind<BigDecimal> POSITIVE = DECIMAL.requiring(d -> d.signum() > 0, "evaluation.problem.notPositive");
    static final Kind<Integer> INTEGER = of(Kind::integer, "evaluation.problem.notAWholeNumber");
    static final Kind<Integer> COUNT = INTEGER.requiring(i -> i >= 0, "evaluation.problem.negative");
    static final Kind<Boolean> BOOLEAN = of(Kind::bool, "evaluation.problem.notABoolean");
    static final Kind<LocalDate> DATE = of(Kind::date, "evaluation.problem.notADate");
    static final Kind<Currency> CURRENCY = of(Kind::currency, "evaluation.problem.unknownCurrency");
    static final Kind<Percentage> PERCENTAGE = of(Kind::percentage, "evaluation.problem.notANumber")
            .requiring(p -> p.value().signum() >= 0, "evaluation.problem.negative");
    static final Kind<Percentage> SHARE = PERCENTAGE.requiring(Percentage::isShare, "evaluation.problem.notAShare");

    private static <T> Kind<T> of(Function<String, Optional<T>> parse, String reason) {
        return new Kind<>(parse, reason, "", value -> true, reason);
    }

    /** An enum written in lower case with hyphens ({@code higher-is-better}); case and separators are free. */
    static <E extends Enum<E>> Kind<E> of(Class<E> type) {
        String allowed =
                Arrays.stream(type.getEnumConstants()).map(Kind::written).collect(Collectors.joining(", "));
        return new Kind<>(
                text -> Arrays.stream(type.getEnumConstants())
                        .filter(constant -> constant.name().equals(normalised(text)))
                        .findFirst(),
                "evaluation.problem.unknownValue",
                allowed,
                value -> true,
                "");
    }

    static String written(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    Kind<T> requiring(Predicate<T> bound, String boundReason) {
        return new Kind<>(parse, reason, allowed, valid.and(bound), boundReason);
    }

    private static String normalised(String text) {
        return text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    private static Optional<BigDecimal> decimal(String text) {
        try {
            return Optional.of(new BigDecimal(text.trim()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> integer(String text) {
        try {
            return Optional.of(Integer.valueOf(text.trim()));
        } catch (NumberFormatException notAWholeNumber) {
            return Optional.empty();
        }
    }

    private static Optional<Boolean> bool(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "ja", "waar" -> Optional.of(true);
            case "false", "no", "nee", "onwaar" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.trim()));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private static Optional<Currency> currency(String text) {
        String code = text.trim().toUpperCase(Locale.ROOT);
        return Currency.getAvailableCurrencies().stream()
                .filter(currency -> currency.getCurrencyCode().equals(code))
                .findFirst();
    }

    private static Optional<Percentage> percentage(String text) {
        String number = text.trim();
        if (number.endsWith("%")) {
            number = number.substring(0, number.length() - 1);
        }
        return decimal(number).map(Percentage::new);
    }
}
