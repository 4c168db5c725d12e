package nl.rendement.app.programme;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.system.Languages;

/** One run of a programme: when, how, where and in which language it is taught. */
public record CohortDetails(
        String name,
        LocalDate start,
        LocalDate end,
        DeliveryMode deliveryMode,
        Optional<String> location,
        Locale language) {

    public CohortDetails {
        name = Checks.text(name, 100, "name", "programme.error.cohort.name");
        Checks.present(start, "start", "programme.error.cohort.start");
        Checks.present(end, "end", "programme.error.cohort.end");
        if (end.isBefore(start)) {
            throw new ProgrammeRejected("end", "programme.error.cohort.endBeforeStart");
        }
        Checks.present(deliveryMode, "deliveryMode", "programme.error.deliveryMode");
        location = Checks.optionalText(location, 200, "location", "programme.error.cohort.location");
        Checks.present(language, "language", "programme.error.cohort.language");
        language = Languages.byTag(language.toLanguageTag())
                .orElseThrow(() -> new ProgrammeRejected("language", "programme.error.cohort.language"));
    }

    /** Every value by its stored name, as text that compares and audits. */
    Map<String, String> described() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("start_date", start.toString());
        values.put("end_date", end.toString());
        values.put("delivery_mode", deliveryMode.code());
        values.put("location", location.orElse(null));
        values.put("language", language.getLanguage());
        return values;
    }
}
