package nl.rendement.app.programme;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import nl.rendement.app.system.Languages;

/** A cohort as its form sends it, dates as yyyy-mm-dd; reading it gives details or rejects one field. */
public record CohortForm(String name, String start, String end, String deliveryMode, String location, String language) {

    static CohortForm blank(Programme programme, Locale reader) {
        return new CohortForm("", "", "", programme.details().deliveryMode().code(), "", reader.getLanguage());
    }

    static CohortForm of(CohortDetails details) {
        return new CohortForm(
                details.name(),
                details.start().toString(),
                details.end().toString(),
                details.deliveryMode().code(),
                details.location().orElse(""),
                details.language().getLanguage());
    }

    /** The details this form describes; throws {@link ProgrammeRejected} naming the first bad field. */
    CohortDetails details() {
        return new CohortDetails(
                name,
                date(start, "start", "programme.error.cohort.start"),
                date(end, "end", "programme.error.cohort.end"),
                ProgrammeForm.code(deliveryMode, DeliveryMode.values(), DeliveryMode::code),
                ProgrammeForm.optional(location),
                ProgrammeForm.optional(language).flatMap(Languages::byTag).orElse(null));
    }

    private static LocalDate date(String text, String field, String key) {
        try {
            return ProgrammeForm.optional(text).map(LocalDate::parse).orElse(null);
        } catch (DateTimeParseException notADate) {
            throw new ProgrammeRejected(field, key);
        }
    }
}
