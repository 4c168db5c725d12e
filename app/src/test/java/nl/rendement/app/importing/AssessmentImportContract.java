package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.Erasure;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.programme.Assessment;
import nl.rendement.app.programme.Assessments;
import nl.rendement.app.programme.CohortRegister;
import nl.rendement.app.programme.ParticipantStatus;
import nl.rendement.app.programme.Participation;
import nl.rendement.app.programme.ProgrammeCatalogue;
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
 * Importing level 2 assessments through the service the upload page uses, on every supported
 * database (subclasses pick it): scores stored per programme, person and skill, people who do not
 * take part noticed but kept, the same file again as a no-op, a correction kept with its old
 * values, undo, every bad row reported exactly with nothing stored, a Dutch workbook, erasure.
 */
@SpringBootTest
abstract class AssessmentImportContract {

    static final String HEADER = "employee number,email,programme,skill,pre,post,maximum,pass mark,pre date,post date";
    static final String ANNA = "1001,,Sales basics,Needs analysis,";
    static final LocalDate PRE_ON = LocalDate.of(2025, 3, 17);
    static final LocalDate POST_ON = LocalDate.of(2025, 5, 19);

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
    Assessments assessments;

    @Autowired
    Erasure erasure;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    LearningFixture data;

    @BeforeEach
    void annaTakesPartInSalesBasics() {
        data = new LearningFixture(jdbc, employees, units, catalogue, register);
        register.enrol(
                LearningFixture.OWNER,
                data.spring,
                List.of(new Participation(
                        data.anna.id(),
                        ParticipantStatus.STARTED,
                        PRE_ON,
                        Optional.of(PRE_ON),
                        Optional.empty(),
                        Optional.empty())));
    }

    /** Other storage tests share this database and delete employees and programmes: leave nothing behind. */
    @AfterEach
    void leaveNothingBehind() {
        data.clear();
    }

    @Test
    void aPreviewChangesNothingAndACommitKeepsEveryScoreNoticingThoseWhoDoNotTakePart() throws IOException {
        Path file = csv(
                ANNA + "12,17.5,20,14,2025-03-17,2025-05-19",
                ",1002@VOORBEELD.nl,sales basics,Needs analysis,11,,20,,2025-03-17,",
                ",1003@voorbeeld.nl,Sales basics,Closing,,8,10,,,2025-05-19",
                "1001,,Onboarding,Needs analysis,3,,5,,,");
        List<Long> before = data.counts();

        ImportRecord preview = imports.preview("assessments", file, "assessments.csv", "analyst");

        assertThat(imports.problems(preview.id())).isEmpty();
        assertThat(messages(imports.notices(preview.id())))
                .containsExactly(
                        "assessments.csv: People assessed who do not take part in “Sales basics”: 2. Their scores are"
                                + " kept (as a comparison group, for instance); check the programme if they should"
                                + " take part.",
                        "assessments.csv: People assessed who do not take part in “Onboarding”: 1. Their scores are"
                                + " kept (as a comparison group, for instance); check the programme if they should"
                                + " take part.");
        assertThat(preview.identities()).isEqualTo(new ImportRecord.Identities(4, 0, 0));
        assertThat(imports.changes(preview.id())).isEqualTo(new Imports.Changes(4, 0, 0));
        assertThat(data.counts()).isEqualTo(before);

        imports.commit(preview.id(), false, "analyst");

        assertThat(assessments.of(data.sales, data.anna.id(), "Needs analysis"))
                .contains(new Assessment(
                        data.sales,
                        data.anna.id(),
                        "Needs analysis",
                        new Assessment.Scores(decimal("12"), decimal("17.5"), new BigDecimal("20"), decimal("14")),
                        Optional.of(PRE_ON),
                        Optional.of(POST_ON)));
        assertThat(assessments
                        .of(data.sales, data.bram.id(), "Needs analysis")
                        .orElseThrow()
                        .scores()
                        .post())
                .isEmpty();
        assertThat(assessments
                        .of(data.sales, data.cees.id(), "Closing")
                        .orElseThrow()
                        .postOn())
                .contains(POST_ON);
        assertThat(data.count("assessment")).isEqualTo(4);
    }

    @Test
    void theSameFileAgainChangesNothingAndACorrectionIsAppliedWithItsOldValuesKeptForUndo() throws IOException {
        commit(csv(ANNA + "12,17.5,20,14,2025-03-17,2025-05-19"));

        ImportRecord again = imports.preview(
                "assessments", csv(ANNA + "12.0,17.50,20,14,17-03-2025,19-05-2025"), "again.csv", "analyst");
        assertThat(imports.changes(again.id())).isEqualTo(new Imports.Changes(0, 0, 1));

        ImportRecord correction =
                imports.preview("assessments", csv(ANNA + "12,18,20,,2025-03-17,2025-05-20"), "fix.csv", "analyst");
        assertThat(imports.changed(correction.id()))
                .containsExactly(new Imports.Changed(
                        2,
                        "Sales basics / P-0000000A / Needs analysis",
                        "pre: 12 · post: 17.5 · maximum: 20 · pass mark: 14 · pre date: 2025-03-17 · post date:"
                                + " 2025-05-19 · skill: Needs analysis · programme id: " + data.sales,
                        "pre: 12 · post: 18 · maximum: 20 · pre date: 2025-03-17 · post date: 2025-05-20 · skill:"
                                + " Needs analysis · programme id: " + data.sales));
        imports.commit(correction.id(), false, "analyst");
        assertThat(stored().scores().post()).contains(new BigDecimal("18.0000"));
        assertThat(stored().scores().passMark()).isEmpty();

        imports.undo(correction.id(), "analyst");

        assertThat(stored().scores().post()).contains(new BigDecimal("17.5000"));
        assertThat(stored().scores().passMark()).contains(new BigDecimal("14.0000"));
        assertThat(stored().postOn()).contains(POST_ON);
    }

    @Test
    void undoingAnImportRemovesTheAssessmentsItAddedUnlessTheyChangedSince() throws IOException {
        ImportRecord first = commit(csv(ANNA + "12,,20,,,", "1002,,Sales basics,Needs analysis,9,,20,,,"));
        ImportRecord second = commit(csv("1002,,Sales basics,Needs analysis,9,15,20,,,"));

        assertThatThrownBy(() -> imports.undo(first.id(), "analyst"))
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        refused -> assertThat(refused.message(messages(), Locale.ENGLISH))
                                .isEqualTo("The data of row 3 changed after this import; nothing was undone."));
        assertThat(data.count("assessment")).isEqualTo(2);

        imports.undo(second.id(), "analyst");
        imports.undo(first.id(), "analyst");

        assertThat(data.count("assessment")).isZero();
    }

    @Test
    void aFileWithProblemsImportsNothingUnlessOnlyItsValidRowsAreChosen() throws IOException {
        ImportRecord preview = imports.preview(
                "assessments",
                csv(ANNA + "12,,20,,,", "1002,,Sales basics,Needs analysis,,,20,,,"),
                "assessments.csv",
                "analyst");
        assertThat(preview.rowsWithProblems()).isEqualTo(1);
        assertThatThrownBy(() -> imports.commit(preview.id(), false, "analyst")).isInstanceOf(ImportRefused.class);
        assertThat(data.count("assessment")).isZero();

        imports.commit(preview.id(), true, "analyst");

        assertThat(data.count("assessment")).isEqualTo(1);
        assertThat(stored().scores().pre()).contains(new BigDecimal("12.0000"));
    }

    @Test
    void readsADutchWorkbook() throws IOException {
        Path file = folder.resolve("toetsen.xlsx");
        Files.write(
                file,
                LearningFixture.workbook(
                        new Object[] {
                            "personeelsnummer",
                            "e-mail",
                            "programma",
                            "vaardigheid",
                            "voor",
                            "na",
                            "maximum",
                            "cesuur",
                            "datum voor",
                            "datum na"
                        },
                        new Object[] {"1001", null, "Sales basics", "Needs analysis", 12, 17.5, 20, 14, PRE_ON, POST_ON
                        },
                        new Object[] {null, "1002@voorbeeld.nl", "Onboarding", "Kennis", null, 4.25, 5, null, null, null
                        }));

        ImportRecord preview = imports.preview("assessments", file, "toetsen.xlsx", "analist");
        assertThat(imports.problems(preview.id())).isEmpty();
        imports.commit(preview.id(), false, "analist");

        assertThat(stored())
                .isEqualTo(new Assessment(
                        data.sales,
                        data.anna.id(),
                        "Needs analysis",
                        new Assessment.Scores(decimal("12"), decimal("17.5"), new BigDecimal("20"), decimal("14")),
                        Optional.of(PRE_ON),
                        Optional.of(POST_ON)));
        assertThat(assessments
                        .of(data.onboarding, data.bram.id(), "Kennis")
                        .orElseThrow()
                        .scores()
                        .post())
                .contains(new BigDecimal("4.2500"));
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                arguments(
                        "wrong type",
                        ANNA + "twelve,,20,,,",
                        "row 2, column “pre”, value “twelve”: This is not a number."),
                arguments(
                        "impossible date",
                        ANNA + "12,,20,,2025-02-30,",
                        "row 2, column “pre date”, value “2025-02-30”: This is not a date; write dd-mm-yyyy or"
                                + " yyyy-mm-dd."),
                arguments(
                        "no score",
                        ANNA + ",,20,,,",
                        "row 2, column “pre”: Give the score before, the score after, or both."),
                arguments(
                        "a score above the maximum",
                        ANNA + "21,,20,,,",
                        "row 2, column “pre”, value “21”: This lies outside 0 to the maximum, 20."),
                arguments(
                        "a negative score",
                        ANNA + "12,-1,20,,,",
                        "row 2, column “post”, value “-1”: This lies outside 0 to the maximum, 20."),
                arguments(
                        "a pass mark above the maximum",
                        ANNA + "12,,20,25,,",
                        "row 2, column “pass mark”, value “25”: This lies outside 0 to the maximum, 20."),
                arguments(
                        "a maximum of 0",
                        ANNA + "0,,0,,,",
                        "row 2, column “maximum”, value “0”: The maximum lies above 0 and is at most 1000000."),
                arguments(
                        "the test after before the test before",
                        ANNA + "12,15,20,,2025-03-17,2025-03-01",
                        "row 2, column “post date”, value “2025-03-01”: The test after lies before the test before, on"
                                + " 2025-03-17."),
                arguments(
                        "unknown programme",
                        "1001,,Sales advanced,Needs analysis,12,,20,,,",
                        "row 2, column “programme”, value “Sales advanced”: There is no programme “Sales advanced” in"
                                + " Rendement."),
                arguments(
                        "the same person and skill twice",
                        ANNA + "12,,20,,,\n,1001@voorbeeld.nl,Sales basics,Needs analysis,13,,20,,,",
                        "row 3, column “skill”, value “Needs analysis”: This person’s score on this skill in this"
                                + " programme appears in an earlier row too."),
                arguments(
                        "an unknown person",
                        "9999,,Sales basics,Needs analysis,12,,20,,,",
                        "row 2, column “employee number”, value “9999”: No employee has this employee number or email"
                                + " address; the row is not imported."),
                arguments(
                        "a skill name too long",
                        "1001,,Sales basics," + "s".repeat(201) + ",12,,20,,,",
                        "row 2, column “skill”, value “" + "s".repeat(201)
                                + "”: A skill is named with at most 200 characters."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void aBadRowIsReportedExactlyAndNothingIsStored(String name, String rows, String problem) throws IOException {
        List<Long> before = data.counts();

        ImportRecord preview = imports.preview("assessments", csv(rows), "assessments.csv", "analyst");

        assertThat(messages(imports.problems(preview.id()))).first().isEqualTo("assessments.csv, " + problem);
        assertThatThrownBy(() -> imports.commit(preview.id(), false, "analyst")).isInstanceOf(ImportRefused.class);
        assertThat(data.counts()).isEqualTo(before);
    }

    @Test
    void erasingAnEmployeeRemovesTheirAssessmentsAndTheirRowsInImports() throws IOException {
        commit(csv(ANNA + "12,,20,,,", "1002,,Sales basics,Needs analysis,9,,20,,,"));

        erasure.erase("admin", data.anna.id());

        assertThat(assessments.of(data.sales, data.anna.id(), "Needs analysis")).isEmpty();
        assertThat(jdbc.sql("select count(*) from assessment where employee_id = ?")
                        .param(data.anna.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(assessments.of(data.sales, data.bram.id(), "Needs analysis")).isPresent();
        assertThat(data.count("import_change")).isEqualTo(1);
    }

    private Assessment stored() {
        return assessments.of(data.sales, data.anna.id(), "Needs analysis").orElseThrow();
    }

    private ImportRecord commit(Path file) {
        ImportRecord preview =
                imports.preview("assessments", file, file.getFileName().toString(), "analyst");
        assertThat(imports.problems(preview.id())).isEmpty();
        return imports.commit(preview.id(), false, "analyst");
    }

    private Path csv(String... rows) throws IOException {
        Path file = Files.createTempFile(folder, "assessments", ".csv");
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
