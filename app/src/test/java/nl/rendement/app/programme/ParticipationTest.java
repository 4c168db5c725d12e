package nl.rendement.app.programme;

import static nl.rendement.app.programme.CohortDetailsTest.assertRejected;
import static nl.rendement.app.programme.ParticipantStatus.COMPLETED;
import static nl.rendement.app.programme.ParticipantStatus.ENROLLED;
import static nl.rendement.app.programme.ParticipantStatus.NO_SHOW;
import static nl.rendement.app.programme.ParticipantStatus.STARTED;
import static nl.rendement.app.programme.ParticipantStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ParticipationTest {

    private static final LocalDate ENROLLED_ON = LocalDate.of(2025, 1, 6);
    private static final Optional<LocalDate> NONE = Optional.empty();

    @Test
    void acceptsTheDatesEachStatusCanHave() {
        assertThat(participation(ENROLLED, NONE, NONE).status()).isEqualTo(ENROLLED);
        assertThat(participation(NO_SHOW, NONE, NONE).status()).isEqualTo(NO_SHOW);
        assertThat(participation(STARTED, day(0), NONE).startedOn()).isEqualTo(day(0));
        assertThat(participation(WITHDRAWN, day(3), NONE).startedOn()).isEqualTo(day(3));
        assertThat(participation(WITHDRAWN, NONE, NONE).startedOn()).isEmpty();
        assertThat(participation(COMPLETED, day(1), day(1)).completedOn()).isEqualTo(day(1));
        assertThat(participation(COMPLETED, NONE, day(0)).completedOn()).isEqualTo(day(0));
    }

    @ParameterizedTest
    @EnumSource(names = {"ENROLLED", "NO_SHOW"})
    void rejectsAStartDateBeforeAParticipantStarted(ParticipantStatus status) {
        assertRejected(
                () -> participation(status, day(1), NONE), "startedOn", "programme.error.participant.startedTooSoon");
    }

    @Test
    void rejectsAStartedParticipantWithoutStartDate() {
        assertRejected(
                () -> participation(STARTED, NONE, NONE), "startedOn", "programme.error.participant.startedMissing");
    }

    @Test
    void rejectsAStartBeforeTheEnrolment() {
        assertRejected(
                () -> participation(STARTED, day(-1), NONE),
                "startedOn",
                "programme.error.participant.startedBeforeEnrolment");
    }

    @ParameterizedTest
    @EnumSource(names = {"STARTED", "WITHDRAWN"})
    void rejectsACompletionDateUnlessCompleted(ParticipantStatus status) {
        assertRejected(
                () -> participation(status, day(1), day(2)),
                "completedOn",
                "programme.error.participant.completedNotCompleted");
    }

    @Test
    void rejectsACompletedParticipantWithoutCompletionDate() {
        assertRejected(
                () -> participation(COMPLETED, day(1), NONE),
                "completedOn",
                "programme.error.participant.completedMissing");
    }

    @Test
    void rejectsACompletionBeforeTheStartOrTheEnrolment() {
        assertRejected(
                () -> participation(COMPLETED, day(5), day(4)),
                "completedOn",
                "programme.error.participant.completedBeforeStart");
        assertRejected(
                () -> participation(COMPLETED, NONE, day(-1)),
                "completedOn",
                "programme.error.participant.completedBeforeStart");
    }

    @Test
    void keepsHoursAtTwoDecimalsAndRejectsNegativeOrTooPreciseHours() {
        assertThat(withHours("7.5").hours()).contains(new BigDecimal("7.50"));
        assertRejected(() -> withHours("-0.01"), "hours", "programme.error.participant.hours");
        assertRejected(() -> withHours("1.125"), "hours", "programme.error.participant.hours");
        assertRejected(() -> withHours("100000"), "hours", "programme.error.participant.hours");
    }

    @Test
    void keepsProgressFrom0To100PercentAndRejectsItOutsideOrTooPrecise() {
        assertThat(withResults("100", "0").progress()).contains(new BigDecimal("100.00"));
        assertThat(withResults("0", "0").progress()).contains(new BigDecimal("0.00"));
        assertRejected(() -> withResults("100.01", "0"), "progress", "programme.error.participant.progress");
        assertRejected(() -> withResults("-1", "0"), "progress", "programme.error.participant.progress");
        assertRejected(() -> withResults("33.333", "0"), "progress", "programme.error.participant.progress");
    }

    @Test
    void keepsANonNegativeScoreAtTwoDecimals() {
        assertThat(withResults("50", "82.5").score()).contains(new BigDecimal("82.50"));
        assertRejected(() -> withResults("50", "-0.5"), "score", "programme.error.participant.score");
        assertRejected(() -> withResults("50", "10000000"), "score", "programme.error.participant.score");
    }

    @Test
    void rejectsAMissingEmployeeStatusOrEnrolmentDate() {
        assertRejected(
                () -> new Participation(0, ENROLLED, ENROLLED_ON, NONE, NONE, Optional.empty()),
                "employeeId",
                "programme.error.participant.employee");
        assertRejected(
                () -> new Participation(7, null, ENROLLED_ON, NONE, NONE, Optional.empty()),
                "status",
                "programme.error.participant.status");
        assertRejected(
                () -> new Participation(7, ENROLLED, null, NONE, NONE, Optional.empty()),
                "enrolledOn",
                "programme.error.participant.enrolledOn");
    }

    private static Participation withHours(String hours) {
        return new Participation(7, COMPLETED, ENROLLED_ON, day(0), day(9), Optional.of(new BigDecimal(hours)));
    }

    private static Participation withResults(String progress, String score) {
        return new Participation(
                7,
                STARTED,
                ENROLLED_ON,
                day(0),
                NONE,
                Optional.empty(),
                Optional.of(new BigDecimal(progress)),
                Optional.of(new BigDecimal(score)));
    }

    private static Participation participation(
            ParticipantStatus status, Optional<LocalDate> started, Optional<LocalDate> completed) {
        return new Participation(7, status, ENROLLED_ON, started, completed, Optional.empty());
    }

    private static Optional<LocalDate> day(int afterEnrolment) {
        return Optional.of(ENROLLED_ON.plusDays(afterEnrolment));
    }
}
