package nl.rendement.app.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An employee's part in a programme, with dates that fit the status: a start date only once
 * started, a completion date only when completed and never before the start or the enrolment.
 *
 * @param employeeId the employee's key; never a number, email or name
 * @param hours the hours spent learning, when known
 */
public record Participation(
        long employeeId,
        ParticipantStatus status,
        LocalDate enrolledOn,
        Optional<LocalDate> startedOn,
        Optional<LocalDate> completedOn,
        Optional<BigDecimal> hours) {

    public Participation {
        if (employeeId <= 0) {
            throw new ProgrammeRejected("employeeId", "programme.error.participant.employee");
        }
        Checks.present(status, "status", "programme.error.participant.status");
        Checks.present(enrolledOn, "enrolledOn", "programme.error.participant.enrolledOn");
        Objects.requireNonNull(startedOn, "startedOn");
        Objects.requireNonNull(completedOn, "completedOn");
        checkStart(status, enrolledOn, startedOn);
        checkCompletion(status, enrolledOn, startedOn, completedOn);
        hours = Objects.requireNonNull(hours, "hours")
                .map(value -> Checks.decimal(value, "0", "99999.99", 2, "hours", "programme.error.participant.hours"));
    }

    private static void checkStart(ParticipantStatus status, LocalDate enrolledOn, Optional<LocalDate> startedOn) {
        if (startedOn.isPresent() && !status.allowsStart()) {
            throw new ProgrammeRejected("startedOn", "programme.error.participant.startedTooSoon");
        }
        if (startedOn.isEmpty() && status == ParticipantStatus.STARTED) {
            throw new ProgrammeRejected("startedOn", "programme.error.participant.startedMissing");
        }
        if (startedOn.filter(start -> start.isBefore(enrolledOn)).isPresent()) {
            throw new ProgrammeRejected("startedOn", "programme.error.participant.startedBeforeEnrolment");
        }
    }

    private static void checkCompletion(
            ParticipantStatus status,
            LocalDate enrolledOn,
            Optional<LocalDate> startedOn,
            Optional<LocalDate> completedOn) {
        if (completedOn.isPresent() != (status == ParticipantStatus.COMPLETED)) {
            throw new ProgrammeRejected(
                    "completedOn",
                    completedOn.isPresent()
                            ? "programme.error.participant.completedNotCompleted"
                            : "programme.error.participant.completedMissing");
        }
        LocalDate earliest = startedOn.orElse(enrolledOn);
        if (completedOn.filter(done -> done.isBefore(earliest)).isPresent()) {
            throw new ProgrammeRejected("completedOn", "programme.error.participant.completedBeforeStart");
        }
    }

    /** Every value by its stored name, as text that compares and audits: keys, codes, dates. */
    Map<String, String> described() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("employee_id", String.valueOf(employeeId));
        values.put("status", status.code());
        values.put("enrolled_on", enrolledOn.toString());
        values.put("started_on", startedOn.map(LocalDate::toString).orElse(null));
        values.put("completed_on", completedOn.map(LocalDate::toString).orElse(null));
        values.put("hours", hours.map(BigDecimal::toPlainString).orElse(null));
        return values;
    }
}
