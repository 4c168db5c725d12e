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
 * @param progress how much of the programme's course is done, in percentage points (0 to 100), as
 *     the LMS reports it
 * @param score the final score the LMS gives, when it gives one
 */
public record Participation(
        long employeeId,
        ParticipantStatus status,
        LocalDate enrolledOn,
        Optional<LocalDate> startedOn,
        Optional<LocalDate> completedOn,
        Optional<BigDecimal> hours,
        Optional<BigDecimal> progress,
        Optional<BigDecimal> score) {

    /** The most hours, and the highest score, a participant can have. */
    public static final BigDecimal MAX_HOURS = new BigDecimal("99999.99");

    public static final BigDecimal MAX_SCORE = new BigDecimal("9999999.99");

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
                .map(value -> Checks.decimal(
                        value, "0", MAX_HOURS.toPlainString(), 2, "hours", "programme.error.participant.hours"));
        progress = Objects.requireNonNull(progress, "progress")
                .map(value -> Checks.decimal(value, "0", "100", 2, "progress", "programme.error.participant.progress"));
        score = Objects.requireNonNull(score, "score")
                .map(value -> Checks.decimal(
                        value, "0", MAX_SCORE.toPlainString(), 2, "score", "programme.error.participant.score"));
    }

    /** A participation of which the LMS reports no progress or score. */
    public Participation(
            long employeeId,
            ParticipantStatus status,
            LocalDate enrolledOn,
            Optional<LocalDate> startedOn,
            Optional<LocalDate> completedOn,
            Optional<BigDecimal> hours) {
        this(employeeId, status, enrolledOn, startedOn, completedOn, hours, Optional.empty(), Optional.empty());
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
        values.put("progress", progress.map(BigDecimal::toPlainString).orElse(null));
        values.put("score", score.map(BigDecimal::toPlainString).orElse(null));
        return values;
    }
}
