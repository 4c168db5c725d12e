package nl.rendement.app.organisation;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.rendement.app.system.Languages;

/**
 * The organisation whose programmes this instance evaluates, and the assumptions every figure
 * uses. Percentages are stored as percentages: 25 means 25%.
 *
 * @param hoursPerFteYear hours actually worked per full-time employee per year (after leave and
 *     holidays), used to turn salaries into hourly costs
 * @param employerCostPercent employer costs on top of gross wages (social charges, pension), as a
 *     percentage of wages
 * @param anonymityThreshold k: no displayed figure rests on fewer than k people
 */
public record OrganisationSettings(
        int version,
        String name,
        String country,
        Currency reportingCurrency,
        Locale defaultLanguage,
        MonthDay fiscalYearStart,
        BigDecimal hoursPerFteYear,
        BigDecimal employerCostPercent,
        boolean salaryIncludesHolidayAllowance,
        boolean salaryIncludesThirteenthMonth,
        boolean vatReclaimable,
        int anonymityThreshold,
        BigDecimal defaultRoiObjectivePercent,
        BigDecimal discountRatePercent) {

    static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    static final int MINIMUM_ANONYMITY_THRESHOLD = 3;

    public OrganisationSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reportingCurrency, "reportingCurrency");
        Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
        if (name.isBlank() || name.length() > 128) {
            throw new IllegalArgumentException("name must have 1 to 128 characters");
        }
        if (!COUNTRIES.contains(country)) {
            throw new IllegalArgumentException("country must be an ISO 3166 code: " + country);
        }
        if (Languages.byTag(defaultLanguage.toLanguageTag()).isEmpty()) {
            throw new IllegalArgumentException("unsupported language: " + defaultLanguage);
        }
        requireBetween(hoursPerFteYear, "1", "8784", "hoursPerFteYear");
        requireBetween(employerCostPercent, "0", "200", "employerCostPercent");
        requireBetween(defaultRoiObjectivePercent, "-100", "10000", "defaultRoiObjectivePercent");
        requireBetween(discountRatePercent, "0", "100", "discountRatePercent");
        if (anonymityThreshold < MINIMUM_ANONYMITY_THRESHOLD || anonymityThreshold > 1000) {
            throw new IllegalArgumentException("anonymityThreshold must be 3 to 1000");
        }
    }

    /** Every setting by its stored name, as text that compares and audits unambiguously. */
    Map<String, String> described() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("country", country);
        values.put("reporting_currency", reportingCurrency.getCurrencyCode());
        values.put("default_language", defaultLanguage.getLanguage());
        values.put("fiscal_year_start", fiscalYearStart.toString());
        values.put("hours_per_fte_year", plain(hoursPerFteYear));
        values.put("employer_cost_percent", plain(employerCostPercent));
        values.put("salary_includes_holiday_allowance", String.valueOf(salaryIncludesHolidayAllowance));
        values.put("salary_includes_thirteenth_month", String.valueOf(salaryIncludesThirteenthMonth));
        values.put("vat_reclaimable", String.valueOf(vatReclaimable));
        values.put("anonymity_threshold", String.valueOf(anonymityThreshold));
        values.put("default_roi_objective_percent", plain(defaultRoiObjectivePercent));
        values.put("discount_rate_percent", plain(discountRatePercent));
        return values;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static void requireBetween(BigDecimal value, String low, String high, String field) {
        Objects.requireNonNull(value, field);
        if (value.compareTo(new BigDecimal(low)) < 0 || value.compareTo(new BigDecimal(high)) > 0) {
            throw new IllegalArgumentException(field + " must be between " + low + " and " + high);
        }
    }
}
