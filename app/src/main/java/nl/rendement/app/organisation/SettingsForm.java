package nl.rendement.app.organisation;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.rendement.app.system.FieldProblem;
import nl.rendement.app.system.Formats;
import nl.rendement.app.system.Languages;

/** The settings as the form sends them: text in the reader's number format, checked field by field. */
public record SettingsForm(
        int version,
        String name,
        String country,
        String reportingCurrency,
        String defaultLanguage,
        int fiscalYearStartMonth,
        int fiscalYearStartDay,
        String hoursPerFteYear,
        String employerCostPercent,
        boolean salaryIncludesHolidayAllowance,
        boolean salaryIncludesThirteenthMonth,
        boolean vatReclaimable,
        String anonymityThreshold,
        String defaultRoiObjectivePercent,
        String discountRatePercent) {

    static SettingsForm of(OrganisationSettings settings, Formats formats) {
        return new SettingsForm(
                settings.version(),
                settings.name(),
                settings.country(),
                settings.reportingCurrency().getCurrencyCode(),
                settings.defaultLanguage().getLanguage(),
                settings.fiscalYearStart().getMonthValue(),
                settings.fiscalYearStart().getDayOfMonth(),
                formats.editable(settings.hoursPerFteYear()),
                formats.editable(settings.employerCostPercent()),
                settings.salaryIncludesHolidayAllowance(),
                settings.salaryIncludesThirteenthMonth(),
                settings.vatReclaimable(),
                String.valueOf(settings.anonymityThreshold()),
                formats.editable(settings.defaultRoiObjectivePercent()),
                formats.editable(settings.discountRatePercent()));
    }

    /** The settings this form describes, or the problems that stop it, each next to its field. */
    Parsed parse(Formats formats) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 128) {
            problems.add(new FieldProblem("name", "settings.error.name"));
        }
        String cleanCountry = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!OrganisationSettings.COUNTRIES.contains(cleanCountry)) {
            problems.add(new FieldProblem("country", "settings.error.country"));
        }
        Currency currency = currency(problems);
        Optional<Locale> language = Languages.byTag(defaultLanguage);
        if (language.isEmpty()) {
            problems.add(new FieldProblem("defaultLanguage", "settings.error.language"));
        }
        MonthDay fiscalYearStart = fiscalYearStart(problems);
        BigDecimal hours = number(
                formats,
                hoursPerFteYear,
                new Range("hoursPerFteYear", "1", "8784", "settings.error.hoursPerFteYear"),
                problems);
        BigDecimal employerCost = number(
                formats,
                employerCostPercent,
                new Range("employerCostPercent", "0", "200", "settings.error.employerCostPercent"),
                problems);
        Range kRange = new Range("anonymityThreshold", "3", "1000", "settings.error.anonymityThreshold");
        BigDecimal k = number(formats, anonymityThreshold, kRange, problems);
        if (k != null && k.stripTrailingZeros().scale() > 0) {
            problems.add(new FieldProblem(kRange.field(), kRange.messageKey()));
            k = null;
        }
        BigDecimal objective = number(
                formats,
                defaultRoiObjectivePercent,
                new Range("defaultRoiObjectivePercent", "-100", "10000", "settings.error.defaultRoiObjectivePercent"),
                problems);
        BigDecimal discount = number(
                formats,
                discountRatePercent,
                new Range("discountRatePercent", "0", "100", "settings.error.discountRatePercent"),
                problems);
        if (!problems.isEmpty()) {
            return new Parsed(Optional.empty(), problems);
        }
        return new Parsed(
                Optional.of(new OrganisationSettings(
                        version,
                        cleanName,
                        cleanCountry,
                        currency,
                        language.orElseThrow(),
                        fiscalYearStart,
                        hours,
                        employerCost,
                        salaryIncludesHolidayAllowance,
                        salaryIncludesThirteenthMonth,
                        vatReclaimable,
                        k.intValueExact(),
                        objective,
                        discount)),
                List.of());
    }

    private Currency currency(List<FieldProblem> problems) {
        try {
            return Currency.getInstance(
                    reportingCurrency == null ? "" : reportingCurrency.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem("reportingCurrency", "settings.error.currency"));
            return null;
        }
    }

    private MonthDay fiscalYearStart(List<FieldProblem> problems) {
        try {
            return MonthDay.of(fiscalYearStartMonth, fiscalYearStartDay);
        } catch (DateTimeException impossible) {
            problems.add(new FieldProblem("fiscalYearStart", "settings.error.fiscalYearStart"));
            return null;
        }
    }

    private static BigDecimal number(Formats formats, String text, Range range, List<FieldProblem> problems) {
        Optional<BigDecimal> value = formats.parseDecimal(text);
        if (value.isEmpty()) {
            problems.add(new FieldProblem(range.field(), "settings.error.number"));
            return null;
        }
        if (value.get().compareTo(new BigDecimal(range.low())) < 0
                || value.get().compareTo(new BigDecimal(range.high())) > 0) {
            problems.add(new FieldProblem(range.field(), range.messageKey()));
            return null;
        }
        return value.get();
    }

    /** The allowed values of a numeric field, and the message that says so. */
    private record Range(String field, String low, String high, String messageKey) {}

    /** Either settings or the problems found. */
    record Parsed(Optional<OrganisationSettings> settings, List<FieldProblem> problems) {}
}
