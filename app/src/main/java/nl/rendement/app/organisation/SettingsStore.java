package nl.rendement.app.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of organisation settings and the record of every change to it. */
@Repository
class SettingsStore {

    private final JdbcClient jdbc;

    SettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    OrganisationSettings current() {
        return jdbc.sql("select * from organisation_settings where id = 1")
                .query(this::row)
                .single();
    }

    /**
     * Replaces the settings if nobody changed them since {@code expectedVersion}, recording each
     * changed value. Returns false, writing nothing, when someone did.
     */
    boolean replace(int expectedVersion, OrganisationSettings next, String changedBy) {
        OrganisationSettings before = current();
        if (before.version() != expectedVersion) {
            return false;
        }
        int updated = jdbc.sql("update organisation_settings set version = version + 1, name = ?, country = ?,"
                        + " reporting_currency = ?, default_language = ?, fiscal_year_start_month = ?,"
                        + " fiscal_year_start_day = ?, hours_per_fte_year = ?, employer_cost_percent = ?,"
                        + " salary_includes_holiday_allowance = ?, salary_includes_thirteenth_month = ?,"
                        + " vat_reclaimable = ?, anonymity_threshold = ?, default_roi_objective_percent = ?,"
                        + " discount_rate_percent = ? where id = 1 and version = ?")
                .params(
                        next.name(),
                        next.country(),
                        next.reportingCurrency().getCurrencyCode(),
                        next.defaultLanguage().getLanguage(),
                        next.fiscalYearStart().getMonthValue(),
                        next.fiscalYearStart().getDayOfMonth(),
                        next.hoursPerFteYear(),
                        next.employerCostPercent(),
                        next.salaryIncludesHolidayAllowance(),
                        next.salaryIncludesThirteenthMonth(),
                        next.vatReclaimable(),
                        next.anonymityThreshold(),
                        next.defaultRoiObjectivePercent(),
                        next.discountRatePercent(),
                        expectedVersion)
                .update();
        if (updated != 1) {
            return false;
        }
        recordChanges(before.described(), next.described(), changedBy);
        return true;
    }

    List<SettingChange> latestChanges(int limit) {
        return jdbc.sql("select changed_at, changed_by, setting, old_value, new_value"
                        + " from organisation_settings_change order by id desc fetch first " + limit + " rows only")
                .query((rs, n) -> new SettingChange(
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("changed_by"),
                        rs.getString("setting"),
                        rs.getString("old_value"),
                        rs.getString("new_value")))
                .list();
    }

    private void recordChanges(Map<String, String> before, Map<String, String> after, String changedBy) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        after.forEach((setting, value) -> {
            String old = before.get(setting);
            if (!Objects.equals(old, value)) {
                jdbc.sql("insert into organisation_settings_change (changed_at, changed_by, setting, old_value,"
                                + " new_value) values (?, ?, ?, ?, ?)")
                        .params(now, changedBy, setting, old, value)
                        .update();
            }
        });
    }

    private OrganisationSettings row(ResultSet rs, int rowNum) throws SQLException {
        return new OrganisationSettings(
                rs.getInt("version"),
                rs.getString("name"),
                rs.getString("country"),
                Currency.getInstance(rs.getString("reporting_currency")),
                Locale.forLanguageTag(rs.getString("default_language")),
                MonthDay.of(rs.getInt("fiscal_year_start_month"), rs.getInt("fiscal_year_start_day")),
                rs.getBigDecimal("hours_per_fte_year"),
                rs.getBigDecimal("employer_cost_percent"),
                rs.getBoolean("salary_includes_holiday_allowance"),
                rs.getBoolean("salary_includes_thirteenth_month"),
                rs.getBoolean("vat_reclaimable"),
                rs.getInt("anonymity_threshold"),
                rs.getBigDecimal("default_roi_objective_percent"),
                rs.getBigDecimal("discount_rate_percent"));
    }

    /** One recorded change of one setting. */
    public record SettingChange(Instant at, String changedBy, String setting, String oldValue, String newValue) {

        private static final Map<String, String> LABELS = Map.ofEntries(
                Map.entry("name", "settings.field.name"),
                Map.entry("country", "settings.field.country"),
                Map.entry("reporting_currency", "settings.field.reportingCurrency"),
                Map.entry("default_language", "settings.field.defaultLanguage"),
                Map.entry("fiscal_year_start", "settings.field.fiscalYearStart"),
                Map.entry("hours_per_fte_year", "settings.field.hoursPerFteYear"),
                Map.entry("employer_cost_percent", "settings.field.employerCostPercent"),
                Map.entry("salary_includes_holiday_allowance", "settings.field.salaryIncludesHolidayAllowance"),
                Map.entry("salary_includes_thirteenth_month", "settings.field.salaryIncludesThirteenthMonth"),
                Map.entry("vat_reclaimable", "settings.field.vatReclaimable"),
                Map.entry("anonymity_threshold", "settings.field.anonymityThreshold"),
                Map.entry("default_roi_objective_percent", "settings.field.defaultRoiObjectivePercent"),
                Map.entry("discount_rate_percent", "settings.field.discountRatePercent"));

        /** The message key of the changed setting's label. */
        public String labelKey() {
            return LABELS.getOrDefault(setting, "settings.field.unknown");
        }
    }
}
