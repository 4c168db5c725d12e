package nl.rendement.app.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.rendement.app.programme.ProgrammeChange.Subject;
import nl.rendement.app.security.UserDirectory;
import nl.rendement.app.system.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The recorded changes of a programme and its cohorts as the reader reads them: field names and
 * codes in their language, dates and numbers in their format. Participants arrive from the LMS and
 * are left out here.
 */
@Component
class ProgrammeHistory {

    private final ProgrammeCatalogue catalogue;
    private final CohortRegister register;
    private final UserDirectory users;
    private final MessageSource messages;
    private final Formats formats;

    ProgrammeHistory(
            ProgrammeCatalogue catalogue,
            CohortRegister register,
            UserDirectory users,
            MessageSource messages,
            Formats formats) {
        this.catalogue = catalogue;
        this.register = register;
        this.users = users;
        this.messages = messages;
        this.formats = formats;
    }

    /** Newest first. */
    List<ShownChange> of(long programmeId) {
        Map<Long, String> cohorts = register.cohorts(programmeId).stream()
                .collect(Collectors.toMap(Cohort::id, cohort -> cohort.details().name()));
        Map<Long, String> owners = users.enabledUsers().stream()
                .collect(Collectors.toMap(UserDirectory.User::id, UserDirectory.User::displayName));
        List<ProgrammeChange> newestFirst = new ArrayList<>(catalogue.changes(programmeId));
        Collections.reverse(newestFirst);
        return newestFirst.stream()
                .filter(change -> change.subject() != Subject.PARTICIPANT)
                .map(change -> new ShownChange(
                        change.at(),
                        change.changedBy(),
                        change.subject() == Subject.COHORT
                                ? Optional.ofNullable(cohorts.get(change.subjectId()))
                                : Optional.empty(),
                        "programme.history." + change.subject().name().toLowerCase(Locale.ROOT) + "." + change.field(),
                        change.oldValue()
                                .map(value -> shown(change.field(), value, owners))
                                .orElse(""),
                        change.newValue()
                                .map(value -> shown(change.field(), value, owners))
                                .orElseGet(() -> withheld(change))))
                .toList();
    }

    private String shown(String field, String stored, Map<Long, String> owners) {
        return switch (field) {
            case "type" -> label(ProgrammeType.ofCode(stored).labelKey());
            case "status" -> label(ProgrammeStatus.ofCode(stored).labelKey());
            case "delivery_mode" -> label(DeliveryMode.ofCode(stored).labelKey());
            case "mandatory" -> label(Boolean.parseBoolean(stored) ? "common.yes" : "common.no");
            case "due_date", "start_date", "end_date" -> formats.date(LocalDate.parse(stored));
            case "roi_objective_percent" -> formats.percent(new BigDecimal(stored));
            case "language" -> Locale.forLanguageTag(stored).getDisplayLanguage(LocaleContextHolder.getLocale());
            case "owner_id" -> owners.getOrDefault(Long.parseLong(stored), stored);
            default -> stored;
        };
    }

    /** The sponsor may name a person, so the audit keeps neither value; say so rather than show nothing. */
    private String withheld(ProgrammeChange change) {
        return change.oldValue().isEmpty() && change.field().equals("sponsor")
                ? label("programmes.history.withheld")
                : "";
    }

    private String label(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** A recorded change as the history table shows it; the cohort's name when it is about a cohort. */
    public record ShownChange(
            Instant at, String changedBy, Optional<String> cohort, String labelKey, String oldValue, String newValue) {}
}
