package nl.rendement.app.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.rendement.app.system.Formats;

/**
 * A programme as its form sends it: text, dates as yyyy-mm-dd, numbers in the reader's format and
 * LMS course ids separated by commas or lines. Reading it either gives details or rejects one field.
 */
public record ProgrammeForm(
        String version,
        String name,
        String type,
        String description,
        String ownerId,
        String sponsor,
        String status,
        String targetPopulation,
        String deliveryMode,
        boolean mandatory,
        String dueDate,
        String roiObjectivePercent,
        String targetLevel,
        String lmsCourseIds) {

    static ProgrammeForm blank(long ownerId) {
        return new ProgrammeForm(
                "0",
                "",
                "",
                "",
                String.valueOf(ownerId),
                "",
                ProgrammeStatus.PLANNED.code(),
                "",
                "",
                false,
                "",
                "",
                "3",
                "");
    }

    static ProgrammeForm of(Programme programme, Formats formats) {
        ProgrammeDetails details = programme.details();
        return new ProgrammeForm(
                String.valueOf(programme.version()),
                details.name(),
                details.type().code(),
                details.description().orElse(""),
                String.valueOf(details.ownerId()),
                details.sponsor().orElse(""),
                details.status().code(),
                details.targetPopulation().orElse(""),
                details.deliveryMode().code(),
                details.mandatory(),
                details.dueDate().map(LocalDate::toString).orElse(""),
                details.roiObjectivePercent().map(formats::editable).orElse(""),
                String.valueOf(details.targetLevel()),
                String.join("\n", details.lmsCourseIds()));
    }

    /** The version the form was filled in from; -1 when it was tampered with, which no programme has. */
    int expectedVersion() {
        return whole(version).orElse(-1);
    }

    /** The details this form describes; throws {@link ProgrammeRejected} naming the first bad field. */
    ProgrammeDetails details(Formats formats) {
        return new ProgrammeDetails(
                name,
                code(type, ProgrammeType.values(), ProgrammeType::code),
                optional(description),
                whole(ownerId).orElseThrow(() -> new ProgrammeRejected("ownerId", "programme.error.owner")),
                optional(sponsor),
                code(status, ProgrammeStatus.values(), ProgrammeStatus::code),
                optional(targetPopulation),
                code(deliveryMode, DeliveryMode.values(), DeliveryMode::code),
                mandatory,
                date(dueDate),
                roi(formats),
                whole(targetLevel)
                        .orElseThrow(() -> new ProgrammeRejected("targetLevel", "programme.error.targetLevel")),
                courses());
    }

    private Optional<BigDecimal> roi(Formats formats) {
        if (optional(roiObjectivePercent).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(formats.parseDecimal(roiObjectivePercent)
                .orElseThrow(() -> new ProgrammeRejected("roiObjectivePercent", "programme.error.roiObjective")));
    }

    private Set<String> courses() {
        Set<String> ids = new LinkedHashSet<>();
        for (String id : (lmsCourseIds == null ? "" : lmsCourseIds).split("[,\\r\\n]+")) {
            if (!id.isBlank() && !ids.add(id.strip())) {
                throw new ProgrammeRejected("lmsCourseIds", "programme.error.lmsCourseId.repeated");
            }
        }
        return ids;
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return optional(text).map(LocalDate::parse);
        } catch (DateTimeParseException notADate) {
            throw new ProgrammeRejected("dueDate", "programmes.error.date");
        }
    }

    /** The constant with this code, or null, which the details reject as missing. */
    static <T> T code(String given, T[] values, Function<T, String> code) {
        return Codes.find(values, code, given).orElse(null);
    }

    static Optional<String> optional(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(value -> !value.isEmpty());
    }

    private static Optional<Integer> whole(String text) {
        try {
            return optional(text).map(Integer::valueOf);
        } catch (NumberFormatException notAWholeNumber) {
            return Optional.empty();
        }
    }
}
