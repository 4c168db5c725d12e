package nl.rendement.app.importing;

import java.time.LocalDate;
import java.util.Locale;
import nl.rendement.app.programme.CohortDetails;
import nl.rendement.app.programme.DeliveryMode;

/**
 * A cohort as an import keeps it: its programme's name and every value a cohorts file holds, in
 * the file's order, written the same way from the file and from the register. The delivery mode
 * is the cohort's own, also when the file left it to the programme's.
 */
final class CohortValue {

    private CohortValue() {}

    /** {@code {"programme":"Sales basics","name":"Spring 2025","start date":"2025-03-17",...}}. */
    static String written(String programme, CohortDetails details) {
        return ImportValue.builder()
                .put("programme", programme)
                .put("name", details.name())
                .put("start date", details.start())
                .put("end date", details.end())
                .put("delivery mode", details.deliveryMode().code())
                .put("location", details.location())
                .put("language", details.language().getLanguage())
                .written();
    }

    static CohortDetails details(String written) {
        ImportValue value = ImportValue.parse(written);
        return new CohortDetails(
                value.require("name"),
                LocalDate.parse(value.require("start date")),
                LocalDate.parse(value.require("end date")),
                DeliveryMode.ofCode(value.require("delivery mode")),
                value.get("location"),
                Locale.forLanguageTag(value.require("language")));
    }

    static String programme(String written) {
        return ImportValue.parse(written).require("programme");
    }

    static String name(String written) {
        return ImportValue.parse(written).require("name");
    }
}
