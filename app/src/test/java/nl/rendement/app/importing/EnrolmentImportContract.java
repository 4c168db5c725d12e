package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import nl.rendement.app.importing.LearningFixture.Percent;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.Erasure;
import nl.rendement.app.people.LearnerIds;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.programme.CohortRegister;
import nl.rendement.app.programme.ParticipantStatus;
import nl.rendement.app.programme.Participation;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeChange;
import nl.rendement.app.system.Languages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing enrolments and completions from an LMS export through the service the upload page
 * uses, on every supported database (subclasses pick it): participants enrolled and changed
 * through the programme (and audited), learner ids learned and matched, the same file again as a
 * no-op, a correction kept with its old values, undo, every bad row reported exactly with nothing
 * stored, a Dutch workbook, erasure.
 */
@SpringBootTest
abstract class EnrolmentImportContract {

    static final String HEADER = "learner id,email,employee number,course id,cohort,status,progress,hours spent,score,"
            + "enrolled on,started on,completed on";
    static final LocalDate ENROLLED = LocalDate.of(2025, 2, 24);
    static final LocalDate STARTED = LocalDate.of(2025, 3, 17);
    static final LocalDate COMPLETED = LocalDate.of(2025, 4, 18);

    @Autowired
    Imports imports;

    @Autowired
    Employees employees;

    @Autowired
    OrgUnits units;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    CohortRegister register;

    @Autowired
    LearnerIds learnerIds;

    @Autowired
    Erasure erasure;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    LearningFixture data;

    @BeforeEach
    void threeEmployeesAndTwoProgrammes() {
        data = new LearningFixture(jdbc, employees, units, catalogue, register);
    }

    /** Other storage tests share this database and delete employees and programmes: leave nothing behind. */
    @AfterEach
    void leaveNothingBehind() {
        data.clear();
    }

    @Test
    void aPreviewChangesNothingAndACommitEnrolsEveryLearnerThroughTheProgramme() throws IOException {
        Path file = csv(
                ",1001@VOORBEELD.nl,,SB-101,Spring 2025,completed,100%,6.5,82.5,2025-02-24,2025-03-17,2025-04-18",
                ",,1002,ON-1,,gestart,40,1.666666,,2025-01-02,2025-01-06,");
        List<Long> before = data.counts();

        ImportRecord preview = imports.preview("enrolments", file, "enrolments.csv", "analyst");

        assertThat(imports.problems(preview.id())).isEmpty();
        assertThat(preview.identities()).isEqualTo(new ImportRecord.Identities(2, 0, 0));
        assertThat(imports.changes(preview.id())).isEqualTo(new Imports.Changes(2, 0, 0));
        assertThat(data.counts()).isEqualTo(before);

        imports.commit(preview.id(), false, "analyst");

        assertThat(participation(data.sales, data.anna))
                .contains(new Participation(
                        data.anna.id(),
                        ParticipantStatus.COMPLETED,
                        ENROLLED,
                        Optional.of(STARTED),
                        Optional.of(COMPLETED),
                        decimal("6.5"),
                        decimal("100"),
                        decimal("82.5")));
        assertThat(cohortOf(data.sales, data.anna)).isEqualTo(data.spring);
        assertThat(participation(data.onboarding, data.bram).orElseThrow().hours())
                .contains(new BigDecimal("1.67"));
        assertThat(participation(data.onboarding, data.bram).orElseThrow().progress())
                .contains(new BigDecimal("40.00"));
        assertThat(catalogue.changes(data.sales))
                .filteredOn(change -> change.subject() == ProgrammeChange.Subject.PARTICIPANT)
                .extracting(ProgrammeChange::changedBy, ProgrammeChange::field)
                .contains(tuple("analyst", "status"), tuple("analyst", "progress"), tuple("analyst", "score"));
    }

    @Test
    void theSameFileAgainChangesNothingAndACorrectionIsAppliedWithItsOldValuesKeptForUndo() throws IOException {
        commit(csv(",,1001,SB-101,Spring 2025,started,40,2,,2025-02-24,2025-03-17,"));

        ImportRecord again = imports.preview(
                "enrolments",
                csv(",,1001,SB-101,Spring 2025,started,40,2,,2025-02-24,2025-03-17,"),
                "again.csv",
                "analyst");
        assertThat(imports.changes(again.id())).isEqualTo(new Imports.Changes(0, 0, 1));

        ImportRecord correction = imports.preview(
                "enrolments",
                csv(",,1001,SB-102,autumn 2025,completed,100,7.25,90,2025-02-24,2025-03-17,2025-04-18"),
                "fix.csv",
                "analyst");
        assertThat(imports.changes(correction.id())).isEqualTo(new Imports.Changes(0, 1, 0));
        assertThat(imports.changed(correction.id()))
                .containsExactly(new Imports.Changed(
                        2,
                        "Sales basics / P-0000000A",
                        "cohort: Spring 2025 · status: started · enrolled on: 2025-02-24 · started on: 2025-03-17"
                                + " · hours: 2 · progress: 40 · cohort id: " + data.spring,
                        "cohort: Autumn 2025 · status: completed · enrolled on: 2025-02-24 · started on: 2025-03-17"
                                + " · completed on: 2025-04-18 · hours: 7.25 · progress: 100 · score: 90 · cohort id: "
                                + data.autumn));
        imports.commit(correction.id(), false, "analyst");
        assertThat(cohortOf(data.sales, data.anna)).isEqualTo(data.autumn);
        assertThat(participation(data.sales, data.anna).orElseThrow().status()).isEqualTo(ParticipantStatus.COMPLETED);

        imports.undo(correction.id(), "analyst");

        assertThat(cohortOf(data.sales, data.anna)).isEqualTo(data.spring);
        assertThat(participation(data.sales, data.anna))
                .contains(new Participation(
                        data.anna.id(),
                        ParticipantStatus.STARTED,
                        ENROLLED,
                        Optional.of(STARTED),
                        Optional.empty(),
                        decimal("2"),
                        decimal("40"),
                        Optional.empty()));
    }

    @Test
    void undoingAnImportRemovesTheParticipantsItAddedAndForgetsTheLearnerIdsItLearned() throws IOException {
        ImportRecord first = commit(csv(
                "lms-7,1001@voorbeeld.nl,,SB-101,Spring 2025,enrolled,,,,2025-02-24,,",
                ",,1002,ON-1,,enrolled,,,,2025-01-02,,"));
        assertThat(learnerIds.employeeOf("lms-7")).contains(data.anna.id());

        imports.undo(first.id(), "analyst");

        assertThat(data.count("participant")).isZero();
        assertThat(learnerIds.employeeOf("lms-7")).isEmpty();
        assertThat(catalogue.changes(data.onboarding))
                .filteredOn(change -> change.field().equals("employee_id"))
                .extracting(ProgrammeChange::changedBy, ProgrammeChange::oldValue, ProgrammeChange::newValue)
                .containsExactly(
                        tuple("analyst", Optional.empty(), Optional.of(String.valueOf(data.bram.id()))),
                        tuple("analyst", Optional.of(String.valueOf(data.bram.id())), Optional.empty()));
    }

    @Test
    void learnsALearnerIdFromARowWithAnEmailAndMatchesRowsThatGiveOnlyTheLearnerId() throws IOException {
        ImportRecord first = imports.preview(
                "enrolments",
                csv(
                        "lms-7,,,ON-1,,enrolled,,,,2025-01-02,,",
                        "lms-7,1001@voorbeeld.nl,,SB-101,Spring 2025,enrolled,,,,2025-02-24,,"),
                "lms.csv",
                "analyst");
        assertThat(imports.problems(first.id())).isEmpty();
        assertThat(first.identities()).isEqualTo(new ImportRecord.Identities(2, 0, 0));
        assertThat(imports.changes(first.id())).isEqualTo(new Imports.Changes(3, 0, 0));
        assertThat(learnerIds.employeeOf("lms-7")).isEmpty();

        imports.commit(first.id(), false, "analyst");

        assertThat(learnerIds.employeeOf("lms-7")).contains(data.anna.id());
        assertThat(participation(data.onboarding, data.anna)).isPresent();
        ImportRecord later = imports.preview(
                "enrolments",
                csv("lms-7,,,SB-101,Spring 2025,started,,,,2025-02-24,2025-03-17,"),
                "later.csv",
                "analyst");
        assertThat(later.identities()).isEqualTo(new ImportRecord.Identities(1, 0, 0));
        assertThat(imports.changes(later.id())).isEqualTo(new Imports.Changes(0, 1, 0));
    }

    @Test
    void aLearnerIdThatBelongsToAnotherEmployeeOrToTwoInOneFileIsAmbiguous() throws IOException {
        commit(csv("lms-7,1001@voorbeeld.nl,,SB-101,Spring 2025,enrolled,,,,2025-02-24,,"));

        ImportRecord preview = imports.preview(
                "enrolments",
                csv(
                        "lms-7,,1002,ON-1,,enrolled,,,,2025-01-02,,",
                        "lms-9,,1002,SB-101,Spring 2025,enrolled,,,,2025-02-24,,",
                        "lms-9,,1003,ON-1,,enrolled,,,,2025-01-02,,",
                        "lms-404,,,ON-1,,enrolled,,,,2025-01-02,,"),
                "lms.csv",
                "analyst");

        assertThat(preview.identities()).isEqualTo(new ImportRecord.Identities(0, 1, 3));
        assertThat(messages(imports.problems(preview.id())))
                .containsExactly(
                        "lms.csv, row 2, column “learner id”, value “lms-7”: The learner id, employee number and email"
                                + " address point at 2 different employees (a learner id belongs to one employee); the"
                                + " row is not imported.",
                        "lms.csv, row 3, column “learner id”, value “lms-9”: The learner id, employee number and email"
                                + " address point at 2 different employees (a learner id belongs to one employee); the"
                                + " row is not imported.",
                        "lms.csv, row 4, column “learner id”, value “lms-9”: The learner id, employee number and email"
                                + " address point at 2 different employees (a learner id belongs to one employee); the"
                                + " row is not imported.",
                        "lms.csv, row 5, column “learner id”, value “lms-404”: No employee has this learner id,"
                                + " employee number or email address; the row is not imported. Rendement learns a"
                                + " learner id from a row that gives it with the employee number or email address.");
        assertThat(imports.changes(preview.id())).isEqualTo(new Imports.Changes(0, 0, 0));
    }

    @Test
    void anUndoIsRefusedWholeWhenAParticipantChangedSince() throws IOException {
        ImportRecord first = commit(csv(
                "lms-7,1001@voorbeeld.nl,,SB-101,Spring 2025,enrolled,,,,2025-02-24,,",
                ",,1002,ON-1,,enrolled,,,,2025-01-02,,"));
        long bram = register.participant(data.onboarding, data.bram.id())
                .orElseThrow()
                .id();
        register.changeParticipant(
                "manager",
                bram,
                data.onboardingCohort,
                new Participation(
                        data.bram.id(),
                        ParticipantStatus.NO_SHOW,
                        LocalDate.of(2025, 1, 2),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));

        assertThatThrownBy(() -> imports.undo(first.id(), "analyst"))
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        refused -> assertThat(refused.message(messages(), Locale.ENGLISH))
                                .isEqualTo("The data of row 3 changed after this import; nothing was undone."));
        assertThat(participation(data.sales, data.anna)).isPresent();
        assertThat(learnerIds.employeeOf("lms-7")).contains(data.anna.id());
        assertThat(imports.byId(first.id()).orElseThrow().state()).isEqualTo(ImportState.COMMITTED);
    }

    @Test
    void anUndoIsRefusedWholeWhenDataAddedSinceRefersToAnAddedParticipant() throws IOException {
        ImportRecord first = commit(csv(",,1002,ON-1,,enrolled,,,,2025-01-02,,"));
        long bram = register.participant(data.onboarding, data.bram.id())
                .orElseThrow()
                .id();
        jdbc.sql("create table enrolment_test_reference (participant_id bigint not null references participant (id))")
                .update();
        try {
            jdbc.sql("insert into enrolment_test_reference values (?)")
                    .param(bram)
                    .update();

            assertThatThrownBy(() -> imports.undo(first.id(), "analyst"))
                    .isInstanceOfSatisfying(
                            ImportRefused.class,
                            refused -> assertThat(refused.message(messages(), Locale.ENGLISH))
                                    .isEqualTo(
                                            "Data added after this import refers to the participant of row 2; nothing was"
                                                    + " undone."));
            assertThat(participation(data.onboarding, data.bram)).isPresent();
        } finally {
            jdbc.sql("drop table enrolment_test_reference").update();
        }
    }

    @Test
    void aCommitIsRefusedWhenTheParticipantChangedAfterThePreview() throws IOException {
        ImportRecord preview = imports.preview(
                "enrolments", csv(",,1002,ON-1,,enrolled,,,,2025-01-02,,"), "enrolments.csv", "analyst");
        register.enrol(
                "manager",
                data.onboardingCohort,
                List.of(new Participation(
                        data.bram.id(),
                        ParticipantStatus.WITHDRAWN,
                        LocalDate.of(2025, 1, 3),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())));

        assertThatThrownBy(() -> imports.commit(preview.id(), false, "analyst"))
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        refused -> assertThat(refused.message(messages(), Locale.ENGLISH))
                                .isEqualTo(
                                        "The data of row 2 changed after the preview; nothing was imported. Upload the file"
                                                + " again for a new preview."));
        assertThat(participation(data.onboarding, data.bram).orElseThrow().status())
                .isEqualTo(ParticipantStatus.WITHDRAWN);
    }

    @Test
    void aFileWithProblemsImportsNothingUnlessOnlyItsValidRowsAreChosen() throws IOException {
        List<Long> before = data.counts();
        ImportRecord preview = imports.preview(
                "enrolments",
                csv(
                        "lms-7,1001@voorbeeld.nl,,SB-101,Spring 2025,enrolled,,,,2025-02-24,,",
                        ",,1002,XX-9,,enrolled,,,,2025-01-02,,"),
                "enrolments.csv",
                "analyst");
        assertThat(preview.rowsWithProblems()).isEqualTo(1);
        assertThatThrownBy(() -> imports.commit(preview.id(), false, "analyst")).isInstanceOf(ImportRefused.class);
        assertThat(data.counts()).isEqualTo(before);

        imports.commit(preview.id(), true, "analyst");

        assertThat(participation(data.sales, data.anna)).isPresent();
        assertThat(learnerIds.employeeOf("lms-7")).contains(data.anna.id());
        assertThat(data.count("participant")).isEqualTo(1);
    }

    @Test
    void readsADutchWorkbook() throws IOException {
        Path file = folder.resolve("inschrijvingen.xlsx");
        Files.write(
                file,
                LearningFixture.workbook(
                        new Object[] {
                            "deelnemer-id", "e-mail", "personeelsnummer", "cursus-id", "groep", "status",
                            "voortgang", "bestede uren", "score", "ingeschreven op", "gestart op", "afgerond op"
                        },
                        new Object[] {
                            "lms-7",
                            "1001@voorbeeld.nl",
                            null,
                            "SB-101",
                            "Voorjaar",
                            "afgerond",
                            new Percent(0.85),
                            6.5,
                            82.5,
                            ENROLLED,
                            STARTED,
                            COMPLETED
                        },
                        new Object[] {
                            null,
                            null,
                            "1002",
                            "ON-1",
                            null,
                            "niet verschenen",
                            null,
                            null,
                            null,
                            LocalDate.of(2025, 1, 2),
                            null,
                            null
                        }));
        jdbc.sql("update cohort set name = 'Voorjaar' where id = ?")
                .param(data.spring)
                .update();

        ImportRecord preview = imports.preview("enrolments", file, "inschrijvingen.xlsx", "analist");
        assertThat(imports.problems(preview.id())).isEmpty();
        imports.commit(preview.id(), false, "analist");

        assertThat(participation(data.sales, data.anna))
                .contains(new Participation(
                        data.anna.id(),
                        ParticipantStatus.COMPLETED,
                        ENROLLED,
                        Optional.of(STARTED),
                        Optional.of(COMPLETED),
                        decimal("6.5"),
                        decimal("85"),
                        decimal("82.5")));
        assertThat(participation(data.onboarding, data.bram).orElseThrow().status())
                .isEqualTo(ParticipantStatus.NO_SHOW);
        assertThat(learnerIds.employeeOf("lms-7")).contains(data.anna.id());
    }

    static Stream<Arguments> badRows() {
        String anna = ",,1001,SB-101,Spring 2025,";
        return Stream.of(
                arguments(
                        "wrong type",
                        anna + "started,40,lots,,2025-02-24,2025-03-17,",
                        "row 2, column “hours spent”, value “lots”: This is not a number."),
                arguments(
                        "impossible date",
                        anna + "enrolled,,,,2025-02-30,,",
                        "row 2, column “enrolled on”, value “2025-02-30”: This is not a date; write dd-mm-yyyy or"
                                + " yyyy-mm-dd."),
                arguments(
                        "unknown status",
                        anna + "finished,,,,2025-02-24,,",
                        "row 2, column “status”, value “finished”: “finished” is not a status: write enrolled, started,"
                                + " completed, withdrawn or no show (ingeschreven, gestart, afgerond, afgemeld, niet"
                                + " verschenen)."),
                arguments(
                        "unknown course",
                        ",,1001,XX-9,,enrolled,,,,2025-02-24,,",
                        "row 2, column “course id”, value “XX-9”: No programme lists the LMS course “XX-9”: add the"
                                + " course id to its programme first."),
                arguments(
                        "unknown cohort",
                        ",,1001,SB-101,Winter 2025,enrolled,,,,2025-02-24,,",
                        "row 2, column “cohort”, value “Winter 2025”: The programme “Sales basics” has no cohort"
                                + " “Winter 2025”."),
                arguments(
                        "no cohort of several",
                        ",,1001,SB-101,,enrolled,,,,2025-02-24,,",
                        "row 2, column “cohort”: The programme “Sales basics” has 2 cohorts: name the cohort in this"
                                + " column."),
                arguments(
                        "completed without completion date",
                        anna + "completed,,,,2025-02-24,2025-03-17,",
                        "row 2, column “completed on”: A learner who completed needs a completion date."),
                arguments(
                        "completion date while started",
                        anna + "started,,,,2025-02-24,2025-03-17,2025-04-18",
                        "row 2, column “completed on”, value “2025-04-18”: Only a learner with the status completed"
                                + " has a completion date."),
                arguments(
                        "start before enrolment",
                        anna + "started,,,,2025-02-24,2025-02-01,",
                        "row 2, column “started on”, value “2025-02-01”: The start date lies before the enrolment"
                                + " date, 2025-02-24."),
                arguments(
                        "completion before start",
                        anna + "completed,,,,2025-02-24,2025-03-17,2025-03-01",
                        "row 2, column “completed on”, value “2025-03-01”: The completion date lies before the start or"
                                + " enrolment date, 2025-03-17."),
                arguments(
                        "started without start date",
                        anna + "started,,,,2025-02-24,,",
                        "row 2, column “started on”: A learner who started needs a start date."),
                arguments(
                        "start date while enrolled",
                        anna + "enrolled,,,,2025-02-24,2025-03-17,",
                        "row 2, column “started on”, value “2025-03-17”: Only a learner who started, completed or"
                                + " withdrew has a start date."),
                arguments(
                        "progress above 100%",
                        anna + "started,120%,,,2025-02-24,2025-03-17,",
                        "row 2, column “progress”, value “120”: Progress is a percentage from 0 to 100."),
                arguments(
                        "negative hours",
                        anna + "started,,-2,,2025-02-24,2025-03-17,",
                        "row 2, column “hours spent”, value “-2”: Hours spent are a number from 0 to 99999.99."),
                arguments(
                        "negative score",
                        anna + "started,,,-1,2025-02-24,2025-03-17,",
                        "row 2, column “score”, value “-1”: A score is a number from 0 to 9999999.99."),
                arguments(
                        "the same learner twice in a programme",
                        anna
                                + "enrolled,,,,2025-02-24,,\n,1001@voorbeeld.nl,,SB-102,Spring 2025,enrolled,,,,2025-02-24,,",
                        "row 3, column “course id”, value “SB-102”: This learner appears in an earlier row for the same"
                                + " programme too."),
                arguments(
                        "no one named",
                        ",,,ON-1,,enrolled,,,,2025-01-02,,",
                        "row 2, column “learner id”: This row names no one: give a learner id, an employee number or an"
                                + " email address."),
                arguments(
                        "a learner id too long",
                        "x".repeat(129) + ",,1001,ON-1,,enrolled,,,,2025-01-02,,",
                        "row 2, column “learner id”, value “" + "x".repeat(129)
                                + "”: A learner id has at most 128 characters."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void aBadRowIsReportedExactlyAndNothingIsStored(String name, String rows, String problem) throws IOException {
        List<Long> before = data.counts();

        ImportRecord preview = imports.preview("enrolments", csv(rows), "enrolments.csv", "analyst");

        assertThat(messages(imports.problems(preview.id()))).first().isEqualTo("enrolments.csv, " + problem);
        assertThatThrownBy(() -> imports.commit(preview.id(), false, "analyst")).isInstanceOf(ImportRefused.class);
        assertThat(data.counts()).isEqualTo(before);
    }

    @Test
    void aRowNamingNoOneIsReportedInTheFirstIdentityColumnTheFileHas() throws IOException {
        Path file = folder.resolve("emails.csv");
        Files.writeString(file, "email,course id,status,enrolled on\n,ON-1,enrolled,2025-01-02\n");

        ImportRecord preview = imports.preview("enrolments", file, "emails.csv", "analyst");

        assertThat(messages(imports.problems(preview.id())))
                .containsExactly("emails.csv, row 2, column “email”: This row names no one: give a learner id, an"
                        + " employee number or an email address.");
    }

    @Test
    void erasingAnEmployeeForgetsTheirLearnerIdsAndTheirRowsInImports() throws IOException {
        commit(csv("lms-7,1001@voorbeeld.nl,,SB-101,Spring 2025,enrolled,,,,2025-02-24,,"));

        erasure.erase("admin", data.anna.id());

        assertThat(learnerIds.employeeOf("lms-7")).isEmpty();
        assertThat(data.count("employee_learner_id")).isZero();
        assertThat(data.count("participant")).isZero();
        assertThat(data.count("import_change")).isZero();
    }

    private Optional<Participation> participation(long programme, Employee employee) {
        return register.participant(programme, employee.id()).map(participant -> participant.participation());
    }

    private long cohortOf(long programme, Employee employee) {
        return register.participant(programme, employee.id()).orElseThrow().cohortId();
    }

    private ImportRecord commit(Path file) {
        ImportRecord preview =
                imports.preview("enrolments", file, file.getFileName().toString(), "analyst");
        assertThat(imports.problems(preview.id())).isEmpty();
        return imports.commit(preview.id(), false, "analyst");
    }

    private Path csv(String... rows) throws IOException {
        Path file = Files.createTempFile(folder, "enrolments", ".csv");
        Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n");
        return file;
    }

    private static Optional<BigDecimal> decimal(String value) {
        return Optional.of(new BigDecimal(value));
    }

    private static List<String> messages(List<TableProblem> problems) {
        return problems.stream()
                .map(problem -> problem.message(messages(), Locale.ENGLISH))
                .toList();
    }

    private static MessageSource messages() {
        return Languages.messages();
    }
}
