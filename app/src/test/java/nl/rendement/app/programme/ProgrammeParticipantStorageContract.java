package nl.rendement.app.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.rendement.app.programme.ProgrammeChange.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What storage of cohorts and participants must do on every supported database. */
@SpringBootTest
abstract class ProgrammeParticipantStorageContract {

    private static final LocalDate MARCH = LocalDate.of(2025, 3, 3);
    private static final Optional<LocalDate> NONE = Optional.empty();
    private static final Optional<String> NONE_TEXT = Optional.empty();

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    CohortRegister register;

    @Autowired
    JdbcClient jdbc;

    ProgrammeTestData data;
    long programme;
    long spring;

    @BeforeEach
    void startWithOneProgrammeAndCohort() {
        data = new ProgrammeTestData(jdbc);
        data.clear();
        programme = catalogue.create("analist", new ProgrammeDraft(data.user("owner")).build());
        spring = register.addCohort("analist", programme, cohort("Voorjaar", MARCH));
    }

    @AfterEach
    void leaveNothingBehind() {
        data.clear();
    }

    @Test
    void keepsEveryValueOfACohortAndListsCohortsByStart() {
        CohortDetails autumn = new CohortDetails(
                "Najaar", MARCH.plusMonths(6), MARCH.plusMonths(8), DeliveryMode.ON_THE_JOB, NONE_TEXT, Locale.ENGLISH);
        CohortDetails winter = cohort("Winter", MARCH.minusMonths(2));

        long autumnId = register.addCohort("analist", programme, autumn);
        long winterId = register.addCohort("analist", programme, winter);

        assertThat(register.cohorts(programme))
                .containsExactly(
                        new Cohort(winterId, programme, winter),
                        new Cohort(spring, programme, cohort("Voorjaar", MARCH)),
                        new Cohort(autumnId, programme, autumn));
    }

    @Test
    void refusesASecondCohortOfTheSameNameInOneProgrammeOnly() {
        long other = catalogue.create(
                "analist",
                new ProgrammeDraft(data.user("other"))
                        .bare()
                        .with(d -> d.name = "Ander")
                        .build());

        data.assertRejectedWritingNothing(
                () -> register.addCohort("analist", programme, cohort("Voorjaar", MARCH)),
                "name",
                "programme.error.cohort.name.taken");
        assertThat(register.addCohort("analist", other, cohort("Voorjaar", MARCH)))
                .isPositive();
    }

    @Test
    void recordsTheChangedValuesOfACohort() {
        jdbc.sql("delete from programme_change").update();

        register.changeCohort(
                "analist",
                spring,
                new CohortDetails(
                        "Voorjaar",
                        MARCH,
                        MARCH.plusDays(1),
                        DeliveryMode.CLASSROOM,
                        Optional.of("Zwolle"),
                        Locale.ENGLISH));

        assertThat(catalogue.changes(programme))
                .extracting(
                        ProgrammeChange::subject,
                        ProgrammeChange::subjectId,
                        ProgrammeChange::field,
                        ProgrammeChange::oldValue,
                        ProgrammeChange::newValue)
                .containsExactlyInAnyOrder(
                        tuple(Subject.COHORT, spring, "end_date", Optional.of("2025-04-03"), Optional.of("2025-03-04")),
                        tuple(
                                Subject.COHORT,
                                spring,
                                "delivery_mode",
                                Optional.of("virtual_classroom"),
                                Optional.of("classroom")),
                        tuple(Subject.COHORT, spring, "location", Optional.of("Utrecht"), Optional.of("Zwolle")),
                        tuple(Subject.COHORT, spring, "language", Optional.of("nl"), Optional.of("en")));
    }

    @Test
    void enrolsParticipantsInOneBatchKeepingEveryValue() {
        List<Participation> participations = List.of(
                new Participation(data.employee("a"), ParticipantStatus.ENROLLED, MARCH, NONE, NONE, Optional.empty()),
                new Participation(
                        data.employee("b"),
                        ParticipantStatus.COMPLETED,
                        MARCH,
                        Optional.of(MARCH.plusDays(1)),
                        Optional.of(MARCH.plusDays(30)),
                        Optional.of(new BigDecimal("12.25"))),
                new Participation(
                        data.employee("c"), ParticipantStatus.WITHDRAWN, MARCH, Optional.of(MARCH), NONE, hours("2")));

        List<Long> ids = register.enrol("analist", spring, participations);

        assertThat(register.participants(spring))
                .containsExactly(
                        new Participant(ids.get(0), programme, spring, participations.get(0)),
                        new Participant(ids.get(1), programme, spring, participations.get(1)),
                        new Participant(ids.get(2), programme, spring, participations.get(2)));
    }

    @Test
    void refusesUnknownRepeatedOrAlreadyEnrolledEmployeesAndWritesNothing() {
        long known = data.employee("known");
        long autumn = register.addCohort("analist", programme, cohort("Najaar", MARCH.plusMonths(6)));
        register.enrol("analist", spring, List.of(enrolled(known)));

        data.assertRejectedWritingNothing(
                () -> register.enrol("analist", autumn, List.of(enrolled(data.employee("new")), enrolled(known))),
                "employeeId",
                "programme.error.participant.alreadyEnrolled");
        long fresh = data.employee("fresh");
        data.assertRejectedWritingNothing(
                () -> register.enrol("analist", autumn, List.of(enrolled(fresh), enrolled(fresh))),
                "employeeId",
                "programme.error.participant.repeated");
        data.assertRejectedWritingNothing(
                () -> register.enrol("analist", autumn, List.of(enrolled(fresh), enrolled(fresh + 999))),
                "employeeId",
                "programme.error.participant.employee");
        data.assertRejectedWritingNothing(
                () -> register.enrol("analist", autumn + 999, List.of(enrolled(fresh))),
                "cohortId",
                "programme.error.cohort.unknown");
    }

    @Test
    void letsAnEmployeeTakePartInSeveralProgrammes() {
        long employee = data.employee("both");
        long other = catalogue.create(
                "analist",
                new ProgrammeDraft(data.user("other"))
                        .bare()
                        .with(d -> d.name = "Ander")
                        .build());
        long otherCohort = register.addCohort("analist", other, cohort("Voorjaar", MARCH));

        register.enrol("analist", spring, List.of(enrolled(employee)));
        register.enrol("analist", otherCohort, List.of(enrolled(employee)));

        assertThat(register.participants(otherCohort))
                .extracting(p -> p.participation().employeeId())
                .containsExactly(employee);
    }

    @Test
    void recordsProgressAndMovesWithinTheProgrammeOnly() {
        long employee = data.employee("mover");
        long participant =
                register.enrol("analist", spring, List.of(enrolled(employee))).get(0);
        long autumn = register.addCohort("analist", programme, cohort("Najaar", MARCH.plusMonths(6)));
        jdbc.sql("delete from programme_change").update();

        register.changeParticipant(
                "coach",
                participant,
                autumn,
                new Participation(
                        employee,
                        ParticipantStatus.STARTED,
                        MARCH,
                        Optional.of(MARCH.plusDays(2)),
                        NONE,
                        hours("3.5")));

        assertThat(register.participants(autumn)).extracting(Participant::id).containsExactly(participant);
        assertThat(catalogue.changes(programme))
                .extracting(ProgrammeChange::changedBy, ProgrammeChange::field, ProgrammeChange::newValue)
                .containsExactlyInAnyOrder(
                        tuple("coach", "cohort_id", Optional.of(String.valueOf(autumn))),
                        tuple("coach", "status", Optional.of("started")),
                        tuple("coach", "started_on", Optional.of("2025-03-05")),
                        tuple("coach", "hours", Optional.of("3.50")));
        long otherCohort = register.addCohort(
                "analist",
                catalogue.create(
                        "analist",
                        new ProgrammeDraft(data.user("x"))
                                .bare()
                                .with(d -> d.name = "X")
                                .build()),
                cohort("Voorjaar", MARCH));
        data.assertRejectedWritingNothing(
                () -> register.changeParticipant("coach", participant, otherCohort, enrolled(employee)),
                "cohortId",
                "programme.error.participant.otherProgramme");
        data.assertRejectedWritingNothing(
                () -> register.changeParticipant("coach", participant, autumn, enrolled(data.employee("else"))),
                "employeeId",
                "programme.error.participant.otherEmployee");
    }

    @Test
    void summarisesEachProgrammeWithItsCohortsParticipantsAndCompletions() {
        register.addCohort("analist", programme, cohort("Najaar", MARCH.plusMonths(6)));
        register.enrol(
                "analist",
                spring,
                List.of(
                        enrolled(data.employee("1")),
                        new Participation(
                                data.employee("2"),
                                ParticipantStatus.COMPLETED,
                                MARCH,
                                NONE,
                                Optional.of(MARCH),
                                hours("1"))));
        long empty = catalogue.create(
                "analist",
                new ProgrammeDraft(data.user("other"))
                        .bare()
                        .with(d -> d.name = "Adoptie AI")
                        .build());

        assertThat(catalogue.all())
                .containsExactly(
                        new ProgrammeSummary(
                                empty, "Adoptie AI", ProgrammeType.LEADERSHIP, ProgrammeStatus.RUNNING, 0, 0, 0),
                        new ProgrammeSummary(
                                programme,
                                "Leiderschap in de zorg",
                                ProgrammeType.LEADERSHIP,
                                ProgrammeStatus.RUNNING,
                                2,
                                2,
                                1));
    }

    @Test
    void auditsParticipantsByKeyNeverByNumberEmailOrName() {
        long employee = data.employee("private");

        register.enrol("analist", spring, List.of(enrolled(employee)));

        List<String> values = jdbc.sql("select coalesce(old_value, '') || '|' || coalesce(new_value, '')"
                        + " from programme_change where subject = 'participant'")
                .query(String.class)
                .list();
        assertThat(values).contains("|" + employee).noneMatch(value -> value.contains("private"));
    }

    @Test
    void theDatabaseItselfKeepsAParticipantInACohortOfItsProgramme() {
        long employee = data.employee("sql");
        long other = catalogue.create(
                "analist",
                new ProgrammeDraft(data.user("o"))
                        .bare()
                        .with(d -> d.name = "O")
                        .build());

        assertThatThrownBy(() -> jdbc.sql("insert into participant (programme_id, cohort_id, employee_id, status,"
                                + " enrolled_on) values (?, ?, ?, 'enrolled', ?)")
                        .params(other, spring, employee, MARCH)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into participant (programme_id, cohort_id, employee_id, status,"
                                + " enrolled_on, completed_on) values (?, ?, ?, 'started', ?, ?)")
                        .params(programme, spring, employee, MARCH, MARCH)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static Participation enrolled(long employee) {
        return new Participation(employee, ParticipantStatus.ENROLLED, MARCH, NONE, NONE, Optional.empty());
    }

    private static Optional<BigDecimal> hours(String hours) {
        return Optional.of(new BigDecimal(hours));
    }

    private static CohortDetails cohort(String name, LocalDate start) {
        return new CohortDetails(
                name,
                start,
                start.plusMonths(1),
                DeliveryMode.VIRTUAL_CLASSROOM,
                Optional.of("Utrecht"),
                Locale.forLanguageTag("nl"));
    }
}
