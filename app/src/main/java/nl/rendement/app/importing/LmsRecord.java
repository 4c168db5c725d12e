package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.LearningFormats.COMPLETED;
import static nl.rendement.app.importing.formats.LearningFormats.ENROLLED;
import static nl.rendement.app.importing.formats.LearningFormats.HOURS;
import static nl.rendement.app.importing.formats.LearningFormats.PROGRESS;
import static nl.rendement.app.importing.formats.LearningFormats.SCORE;
import static nl.rendement.app.importing.formats.LearningFormats.STARTED;
import static nl.rendement.app.importing.formats.LearningFormats.STATUS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import nl.rendement.app.importing.formats.LearningFormats;
import nl.rendement.app.programme.ParticipantStatus;
import nl.rendement.app.programme.Participation;

/**
 * What an LMS export says of one enrolment, checked as a participant's values must be: a status
 * that fits the dates, hours, progress (0 to 100 %) and score in range. Numbers are kept to
 * hundredths, as the participant stores them ({@code 1.666…} hours is {@code 1.67}).
 */
record LmsRecord(
        ParticipantStatus status,
        LocalDate enrolledOn,
        Optional<LocalDate> startedOn,
        Optional<LocalDate> completedOn,
        Optional<BigDecimal> hours,
        Optional<BigDecimal> progress,
        Optional<BigDecimal> score) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** The row's values, or empty when a problem (added to {@code problems}) keeps them out. */
    static Optional<LmsRecord> read(Row row, RowProblems problems) {
        Optional<ParticipantStatus> status = status(row, problems);
        Optional<BigDecimal> hours =
                amount(row, HOURS, Participation.MAX_HOURS, "importing.enrolments.hours", problems);
        Optional<BigDecimal> progress = amount(row, PROGRESS, HUNDRED, "importing.enrolments.progress", problems);
        Optional<BigDecimal> score =
                amount(row, SCORE, Participation.MAX_SCORE, "importing.enrolments.score", problems);
        LocalDate enrolled = row.date(ENROLLED).orElseThrow();
        Optional<LocalDate> started = row.date(STARTED);
        Optional<LocalDate> completed = row.date(COMPLETED);
        status.ifPresent(known -> checkStart(known, enrolled, started, problems));
        status.ifPresent(known -> checkCompletion(known, started.orElse(enrolled), completed, problems));
        if (problems.found()) {
            return Optional.empty();
        }
        return Optional.of(new LmsRecord(status.get(), enrolled, started, completed, hours, progress, score));
    }

    /** The employee's participation with these values. */
    Participation of(long employeeId) {
        return new Participation(employeeId, status, enrolledOn, startedOn, completedOn, hours, progress, score);
    }

    private static Optional<ParticipantStatus> status(Row row, RowProblems problems) {
        String written = row.text(STATUS).orElseThrow();
        Optional<ParticipantStatus> status =
                Coded.code(LearningFormats.STATUSES, written).map(ParticipantStatus::ofCode);
        if (status.isEmpty()) {
            problems.add(STATUS, written, "importing.enrolments.unknownStatus", written);
        }
        return status;
    }

    /** The column's number to hundredths, when it lies from 0 to {@code most}. */
    private static Optional<BigDecimal> amount(
            Row row, Column column, BigDecimal most, String reason, RowProblems problems) {
        Optional<BigDecimal> written = row.decimal(column);
        Optional<BigDecimal> kept = written.map(value -> value.setScale(2, RoundingMode.HALF_EVEN));
        if (kept.filter(value -> value.signum() < 0 || value.compareTo(most) > 0)
                .isPresent()) {
            problems.add(column, written.get(), reason);
            return Optional.empty();
        }
        return kept;
    }

    private static void checkStart(
            ParticipantStatus status, LocalDate enrolled, Optional<LocalDate> started, RowProblems problems) {
        if (started.isPresent() && !status.allowsStart()) {
            problems.add(STARTED, started.get(), "importing.enrolments.startedTooSoon");
        } else if (started.isEmpty() && status == ParticipantStatus.STARTED) {
            problems.blank(STARTED, "importing.enrolments.startedMissing");
        } else if (started.filter(day -> day.isBefore(enrolled)).isPresent()) {
            problems.add(STARTED, started.get(), "importing.enrolments.startedBeforeEnrolment", enrolled);
        }
    }

    private static void checkCompletion(
            ParticipantStatus status, LocalDate earliest, Optional<LocalDate> completed, RowProblems problems) {
        boolean done = status == ParticipantStatus.COMPLETED;
        if (done && completed.isEmpty()) {
            problems.blank(COMPLETED, "importing.enrolments.completedMissing");
        } else if (!done && completed.isPresent()) {
            problems.add(COMPLETED, completed.get(), "importing.enrolments.completedNotCompleted");
        } else if (completed.filter(day -> day.isBefore(earliest)).isPresent()) {
            problems.add(COMPLETED, completed.get(), "importing.enrolments.completedBeforeStart", earliest);
        }
    }
}
