package nl.rendement.app.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import nl.rendement.app.system.FieldProblem;
import nl.rendement.app.system.Formats;
import nl.rendement.app.system.Languages;
import nl.rendement.app.system.TestFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.i18n.LocaleContextHolder;

class SettingsFormTest {

    private static final Map<String, String> VALID_DUTCH = Map.ofEntries(
            Map.entry("version", "7"),
            Map.entry("name", "  Voorbeeld Zorg BV "),
            Map.entry("country", "nl"),
            Map.entry("reportingCurrency", "eur"),
            Map.entry("defaultLanguage", "nl"),
            Map.entry("fiscalYearStartMonth", "4"),
            Map.entry("fiscalYearStartDay", "1"),
            Map.entry("hoursPerFteYear", "1.600,5"),
            Map.entry("employerCostPercent", "27,5"),
            Map.entry("anonymityThreshold", "5"),
            Map.entry("defaultRoiObjectivePercent", "-10"),
            Map.entry("discountRatePercent", "4,25"));

    private final Formats formats = TestFormats.amsterdam();

    @BeforeEach
    void readInDutch() {
        LocaleContextHolder.setLocale(Languages.DUTCH);
    }

    @AfterEach
    void forgetTheLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void readsValidDutchInputIntoSettings() {
        SettingsForm.Parsed parsed = dutchForm(Map.of()).parse(formats);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.settings())
                .contains(new OrganisationSettings(
                        7,
                        "Voorbeeld Zorg BV",
                        "NL",
                        Currency.getInstance("EUR"),
                        Languages.DUTCH,
                        MonthDay.of(4, 1),
                        new BigDecimal("1600.5"),
                        new BigDecimal("27.5"),
                        true,
                        false,
                        true,
                        5,
                        new BigDecimal("-10"),
                        new BigDecimal("4.25")));
    }

    @Test
    void acceptsTheEdgesOfEachRange() {
        SettingsForm form = dutchForm(Map.of(
                "hoursPerFteYear", "8.784",
                "employerCostPercent", "0",
                "anonymityThreshold", "3",
                "defaultRoiObjectivePercent", "-100",
                "discountRatePercent", "100",
                "fiscalYearStartMonth", "2",
                "fiscalYearStartDay", "29"));

        assertThat(form.parse(formats).problems()).isEmpty();
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                arguments(Map.of("name", ""), "name", "settings.error.name"),
                arguments(Map.of("name", "   "), "name", "settings.error.name"),
                arguments(Map.of("name", "x".repeat(129)), "name", "settings.error.name"),
                arguments(Map.of("country", "XX"), "country", "settings.error.country"),
                arguments(Map.of("reportingCurrency", "EURO"), "reportingCurrency", "settings.error.currency"),
                arguments(Map.of("defaultLanguage", "de"), "defaultLanguage", "settings.error.language"),
                arguments(
                        Map.of("fiscalYearStartMonth", "2", "fiscalYearStartDay", "31"),
                        "fiscalYearStart",
                        "settings.error.fiscalYearStart"),
                arguments(Map.of("fiscalYearStartMonth", "13"), "fiscalYearStart", "settings.error.fiscalYearStart"),
                arguments(Map.of("hoursPerFteYear", "0"), "hoursPerFteYear", "settings.error.hoursPerFteYear"),
                arguments(Map.of("hoursPerFteYear", "8.785"), "hoursPerFteYear", "settings.error.hoursPerFteYear"),
                arguments(Map.of("hoursPerFteYear", "1600.5"), "hoursPerFteYear", "settings.error.number"),
                arguments(
                        Map.of("employerCostPercent", "200,01"),
                        "employerCostPercent",
                        "settings.error.employerCostPercent"),
                arguments(Map.of("anonymityThreshold", "2"), "anonymityThreshold", "settings.error.anonymityThreshold"),
                arguments(
                        Map.of("anonymityThreshold", "4,5"), "anonymityThreshold", "settings.error.anonymityThreshold"),
                arguments(Map.of("anonymityThreshold", "4.5"), "anonymityThreshold", "settings.error.number"),
                arguments(
                        Map.of("defaultRoiObjectivePercent", "-100,5"),
                        "defaultRoiObjectivePercent",
                        "settings.error.defaultRoiObjectivePercent"),
                arguments(
                        Map.of("discountRatePercent", "101"),
                        "discountRatePercent",
                        "settings.error.discountRatePercent"),
                arguments(Map.of("discountRatePercent", "vijf"), "discountRatePercent", "settings.error.number"));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @MethodSource("badFields")
    void reportsABadFieldOnThatFieldAlone(Map<String, String> change, String field, String messageKey) {
        SettingsForm.Parsed parsed = dutchForm(change).parse(formats);

        assertThat(parsed.settings()).isEmpty();
        assertThat(parsed.problems()).containsExactly(new FieldProblem(field, messageKey));
    }

    @Test
    void reportsEveryFieldOfAnEmptySubmissionWithoutThrowing() {
        SettingsForm empty =
                new SettingsForm(0, null, null, null, null, 0, 0, null, null, false, false, false, null, null, null);

        SettingsForm.Parsed parsed = empty.parse(formats);

        assertThat(parsed.settings()).isEmpty();
        assertThat(parsed.problems())
                .extracting(FieldProblem::field)
                .containsExactly(
                        "name",
                        "country",
                        "reportingCurrency",
                        "defaultLanguage",
                        "fiscalYearStart",
                        "hoursPerFteYear",
                        "employerCostPercent",
                        "anonymityThreshold",
                        "defaultRoiObjectivePercent",
                        "discountRatePercent");
    }

    private static SettingsForm dutchForm(Map<String, String> change) {
        Map<String, String> field = new HashMap<>(VALID_DUTCH);
        field.putAll(change);
        return new SettingsForm(
                Integer.parseInt(field.get("version")),
                field.get("name"),
                field.get("country"),
                field.get("reportingCurrency"),
                field.get("defaultLanguage"),
                Integer.parseInt(field.get("fiscalYearStartMonth")),
                Integer.parseInt(field.get("fiscalYearStartDay")),
                field.get("hoursPerFteYear"),
                field.get("employerCostPercent"),
                true,
                false,
                true,
                field.get("anonymityThreshold"),
                field.get("defaultRoiObjectivePercent"),
                field.get("discountRatePercent"));
    }
}
