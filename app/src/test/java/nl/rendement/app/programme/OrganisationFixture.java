package nl.rendement.app.programme;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.Currency;
import java.util.Locale;
import nl.rendement.app.organisation.OrganisationSettings;

/** Organisation settings as the first start writes them, with a chosen ROI objective. */
final class OrganisationFixture {

    private OrganisationFixture() {}

    static OrganisationSettings withDefaultRoiObjective(String percent) {
        return new OrganisationSettings(
                0,
                "Organisation",
                "NL",
                Currency.getInstance("EUR"),
                Locale.forLanguageTag("nl"),
                MonthDay.of(1, 1),
                new BigDecimal("1600"),
                new BigDecimal("30"),
                false,
                false,
                true,
                5,
                new BigDecimal(percent),
                new BigDecimal("2.25"));
    }
}
