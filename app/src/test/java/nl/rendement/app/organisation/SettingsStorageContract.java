package nl.rendement.app.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the settings storage must do on every supported database (subclasses pick the database). */
@SpringBootTest
abstract class SettingsStorageContract {

    @Autowired
    Organisation organisation;

    @Autowired
    SettingsStore store;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void restoreDefaults() {
        jdbc.sql("delete from organisation_settings_change").update();
        jdbc.sql("update organisation_settings set name = 'Organisation', hours_per_fte_year = 1600,"
                        + " employer_cost_percent = 30, fiscal_year_start_month = 1, fiscal_year_start_day = 1,"
                        + " anonymity_threshold = 5, default_language = 'nl'")
                .update();
    }

    @Test
    void startsWithTheDocumentedDefaults() {
        OrganisationSettings settings = organisation.settings();

        assertThat(settings.reportingCurrency()).isEqualTo(Currency.getInstance("EUR"));
        assertThat(settings.country()).isEqualTo("NL");
        assertThat(settings.anonymityThreshold()).isEqualTo(5);
        assertThat(settings.defaultRoiObjectivePercent()).isEqualByComparingTo("25");
        assertThat(settings.discountRatePercent()).isEqualByComparingTo("2.25");
        assertThat(settings.vatReclaimable()).isTrue();
    }

    @Test
    void keepsEveryValueExactlyAndRecordsEachChangedSetting() {
        OrganisationSettings before = organisation.settings();
        OrganisationSettings next = new OrganisationSettings(
                before.version(),
                "Zorggroep Noord",
                before.country(),
                before.reportingCurrency(),
                Locale.ENGLISH,
                MonthDay.of(4, 6),
                new BigDecimal("1650.75"),
                new BigDecimal("31.125"),
                before.salaryIncludesHolidayAllowance(),
                before.salaryIncludesThirteenthMonth(),
                before.vatReclaimable(),
                7,
                before.defaultRoiObjectivePercent(),
                before.discountRatePercent());

        assertThat(organisation.update(before.version(), next, "beheerder")).isTrue();

        OrganisationSettings after = organisation.settings();
        assertThat(after).isEqualTo(withVersion(next, before.version() + 1));
        assertThat(store.latestChanges(50))
                .extracting(
                        SettingsStore.SettingChange::setting,
                        SettingsStore.SettingChange::oldValue,
                        SettingsStore.SettingChange::newValue,
                        SettingsStore.SettingChange::changedBy)
                .containsExactlyInAnyOrder(
                        tuple("name", "Organisation", "Zorggroep Noord", "beheerder"),
                        tuple("default_language", "nl", "en", "beheerder"),
                        tuple("fiscal_year_start", "--01-01", "--04-06", "beheerder"),
                        tuple("hours_per_fte_year", "1600", "1650.75", "beheerder"),
                        tuple("employer_cost_percent", "30", "31.125", "beheerder"),
                        tuple("anonymity_threshold", "5", "7", "beheerder"));
    }

    @Test
    void refusesAStaleUpdateAndWritesNothing() {
        OrganisationSettings before = organisation.settings();
        organisation.update(before.version(), renamed(before, "First"), "one");

        boolean saved = organisation.update(before.version(), renamed(before, "Second"), "two");

        assertThat(saved).isFalse();
        assertThat(organisation.settings().name()).isEqualTo("First");
        assertThat(store.latestChanges(50))
                .extracting(SettingsStore.SettingChange::changedBy)
                .containsExactly("one");
    }

    @Test
    void savingTheSameValuesRecordsNoChange() {
        OrganisationSettings before = organisation.settings();

        assertThat(organisation.update(before.version(), before, "beheerder")).isTrue();

        assertThat(store.latestChanges(50)).isEmpty();
    }

    @Test
    void theDatabaseItselfRefusesAnImpossibleAnonymityThreshold() {
        assertThatThrownBy(() -> jdbc.sql("update organisation_settings set anonymity_threshold = 1")
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(organisation.settings().anonymityThreshold()).isEqualTo(5);
    }

    private static OrganisationSettings renamed(OrganisationSettings base, String name) {
        return copy(base, base.version(), name);
    }

    private static OrganisationSettings withVersion(OrganisationSettings base, int version) {
        return copy(base, version, base.name());
    }

    private static OrganisationSettings copy(OrganisationSettings base, int version, String name) {
        return new OrganisationSettings(
                version,
                name,
                base.country(),
                base.reportingCurrency(),
                base.defaultLanguage(),
                base.fiscalYearStart(),
                base.hoursPerFteYear(),
                base.employerCostPercent(),
                base.salaryIncludesHolidayAllowance(),
                base.salaryIncludesThirteenthMonth(),
                base.vatReclaimable(),
                base.anonymityThreshold(),
                base.defaultRoiObjectivePercent(),
                base.discountRatePercent());
    }
}
