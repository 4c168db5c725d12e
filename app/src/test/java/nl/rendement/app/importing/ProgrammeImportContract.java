package nl.rendement.app.importing;

import static nl.rendement.app.importing.ProgrammeImportFixture.UPLOADER;
import static nl.rendement.app.importing.ProgrammeImportFixture.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.rendement.app.importing.ProgrammeImportFixture.Percent;
import nl.rendement.app.programme.CohortDetails;
import nl.rendement.app.programme.CohortRegister;
import nl.rendement.app.programme.DeliveryMode;
import nl.rendement.app.programme.Programme;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeChange;
import nl.rendement.app.programme.ProgrammeDetails;
import nl.rendement.app.programme.ProgrammeStatus;
import nl.rendement.app.programme.ProgrammeType;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing programmes through the service the upload page uses, on every supported database
 * (subclasses pick it): preview, commit through the catalogue (audited, owned by the uploader),
 * the same file again as a no-op, a correction kept with its old values, undo, and every row the
 * catalogue would refuse reported in the preview instead.
 */
@SpringBootTest
abstract class ProgrammeImportContract {

    static final String HEADER = "name,type,description,sponsor,status,target population,delivery mode,mandatory,"
            + "due date,roi objective,target level,lms course ids";
    static final String SALES = "Sales basics,sales,Two days of consultative selling,Sales director,running,"
            + "Account managers,blended,yes,2025-12-19,25%,5,SB-101|SB-102";
    static final String ONBOARDING = "Onboarding,onboarding,,,,,online,,,,3,";

    @Autowired
    Imports imports;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    CohortRegister register;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    ProgrammeImportFixture fixture;
    long uploader;

    @BeforeEach
    void startEmpty() {
        fixture = new ProgrammeImportFixture(jdbc, folder);
        uploader = fixture.startEmpty();
    }

    @AfterEach
    void leaveNothingBehind() {
        fixture.clear();
    }

    @Test
    void aPreviewChangesNothingAndACommitAddsProgrammesOwnedByTheUploaderAndAudited() throws IOException {
        ImportRecord preview = imports.preview(
                "programmes", fixture.csv("programmes.csv", HEADER, SALES, ONBOARDING), "programmes.csv", UPLOADER);

        assertThat(imports.problems(preview.id())).isEmpty();
        assertThat(imports.changes(preview.id())).isEqualTo(new Imports.Changes(2, 0, 0));
        assertThat(fixture.counts()).containsOnly(0L);

        imports.commit(preview.id(), false, UPLOADER);

        assertThat(details("Sales basics")).isEqualTo(sales(uploader));
        assertThat(details("Onboarding"))
                .isEqualTo(new ProgrammeDetails(
                        "Onboarding",
                        ProgrammeType.ONBOARDING,
                        Optional.empty(),
                        uploader,
                        Optional.empty(),
                        ProgrammeStatus.PLANNED,
                        Optional.empty(),
                        DeliveryMode.ONLINE_SELF_PACED,
                        false,
                        Optional.empty(),
                        Optional.empty(),
                        3,
                        Set.of()));
        assertThat(catalogue
                        .byLmsCourseId("SB-102")
                        .map(programme -> programme.details().name()))
                .contains("Sales basics");
        List<ProgrammeChange> audit =
                catalogue.changes(programme("Sales basics").id());
        assertThat(audit).extracting(ProgrammeChange::changedBy).containsOnly(UPLOADER);
        assertThat(audit)
                .filteredOn(change -> change.field().equals("lms_course"))
                .extracting(change -> change.newValue().orElseThrow())
                .containsExactlyInAnyOrder("SB-101", "SB-102");
    }

    @Test
    void theSameFileAgainChangesNothingAndACorrectionKeepsTheOldValuesForUndo() throws IOException {
        commit(fixture.csv("first.csv", HEADER, SALES, ONBOARDING));

        ImportRecord again = imports.preview(
                "programmes", fixture.csv("again.csv", HEADER, SALES, ONBOARDING), "again.csv", UPLOADER);
        assertThat(imports.changes(again.id())).isEqualTo(new Imports.Changes(0, 0, 2));

        Path corrected = fixture.csv(
                "fix.csv",
                HEADER,
                "Sales basics,sales,Two days of consultative selling,Sales director,completed,Account managers,blended,"
                        + "yes,2025-12-19,30,5,SB-101",
                ONBOARDING);
        ImportRecord correction = imports.preview("programmes", corrected, "fix.csv", UPLOADER);
        assertThat(imports.changes(correction.id())).isEqualTo(new Imports.Changes(0, 1, 1));
        assertThat(imports.changed(correction.id()))
                .containsExactly(new Imports.Changed(
                        2,
                        "Sales basics",
                        "name: Sales basics · type: sales · description: Two days of consultative selling · sponsor:"
                                + " Sales director · status: running · target population: Account managers · delivery"
                                + " mode: blended · mandatory: true · due date: 2025-12-19 · roi objective: 25 · target"
                                + " level: 5 · lms course ids: SB-101|SB-102",
                        "name: Sales basics · type: sales · description: Two days of consultative selling · sponsor:"
                                + " Sales director · status: completed · target population: Account managers ·"
                                + " delivery mode: blended · mandatory: true · due date: 2025-12-19 · roi objective:"
                                + " 30 · target level: 5 · lms course ids: SB-101"));

        imports.commit(correction.id(), false, UPLOADER);

        Programme changed = programme("Sales basics");
        assertThat(changed.version()).isEqualTo(1);
        assertThat(changed.details().status()).isEqualTo(ProgrammeStatus.COMPLETED);
        assertThat(changed.details().lmsCourseIds()).containsExactly("SB-101");
        assertThat(catalogue.changes(changed.id()))
                .filteredOn(change -> change.field().equals("status"))
                .extracting(
                        ProgrammeChange::changedBy, change -> change.newValue().orElseThrow())
                .last()
                .isEqualTo(tuple(UPLOADER, "completed"));

        imports.undo(correction.id(), UPLOADER);

        assertThat(details("Sales basics")).isEqualTo(sales(uploader));
        assertThat(catalogue.byLmsCourseId("SB-102")).isPresent();
        assertThat(imports.history())
                .extracting(ImportRecord::state)
                .containsExactly(ImportState.UNDONE, ImportState.PREVIEWED, ImportState.COMMITTED);
    }

    @Test
    void undoingAnImportThatAddedProgrammesRemovesThemWithTheirCourses() throws IOException {
        ImportRecord added = commit(fixture.csv("programmes.csv", HEADER, SALES, ONBOARDING));

        imports.undo(added.id(), UPLOADER);

        assertThat(catalogue.byName("Sales basics")).isEmpty();
        assertThat(catalogue.byName("Onboarding")).isEmpty();
        assertThat(catalogue.byLmsCourseId("SB-101")).isEmpty();
        assertThat(fixture.counts()).containsOnly(0L);
    }

    @Test
    void anUndoIsRefusedWholeWhenAProgrammeChangedSince() throws IOException {
        ImportRecord added = commit(fixture.csv("programmes.csv", HEADER, SALES, ONBOARDING));
        Programme sales = programme("Sales basics");
        catalogue.update("someone", sales.id(), sales.version(), stopped(sales.details()));

        assertRefused(
                () -> imports.undo(added.id(), UPLOADER),
                "The data of row 2 changed after this import; nothing was undone.");

        assertThat(catalogue.byName("Onboarding")).isPresent();
        assertThat(imports.byId(added.id()).orElseThrow().state()).isEqualTo(ImportState.COMMITTED);
    }

    @Test
    void anAddedProgrammeIsNotRemovedOnceItHasCohorts() throws IOException {
        ImportRecord added = commit(fixture.csv("programmes.csv", HEADER, SALES, ONBOARDING));
        register.addCohort(
                "someone",
                programme("Sales basics").id(),
                new CohortDetails(
                        "Spring 2025",
                        LocalDate.of(2025, 3, 17),
                        LocalDate.of(2025, 4, 18),
                        DeliveryMode.CLASSROOM,
                        Optional.empty(),
                        Languages.DUTCH));

        assertRefused(
                () -> imports.undo(added.id(), UPLOADER),
                "The programme “Sales basics” of row 2 has cohorts now; remove them (or undo their import) first."
                        + " Nothing was undone.");

        assertThat(catalogue.byName("Onboarding")).isPresent();
    }

    @Test
    void anAddedProgrammeIsNotRemovedOnceOtherDataRefersToIt() throws IOException {
        ImportRecord added = commit(fixture.csv("programmes.csv", HEADER, SALES, ONBOARDING));
        jdbc.sql("insert into app_user_scope_programme (user_id, programme_id) values (?, ?)")
                .params(uploader, programme("Sales basics").id())
                .update();

        assertRefused(
                () -> imports.undo(added.id(), UPLOADER),
                "Other data refers to the programme “Sales basics” of row 2 now, such as a user’s access; nothing was"
                        + " undone.");

        assertThat(catalogue.byName("Onboarding")).isPresent();
        assertThat(catalogue.byLmsCourseId("SB-101")).isPresent();
        assertThat(catalogue.changes(programme("Sales basics").id())).isNotEmpty();
    }

    @Test
    void aCommitIsRefusedWholeWhenAProgrammeWasAddedSinceThePreview() throws IOException {
        ImportRecord preview = imports.preview(
                "programmes", fixture.csv("programmes.csv", HEADER, SALES, ONBOARDING), "programmes.csv", UPLOADER);
        catalogue.create(
                "someone",
                new ProgrammeDetails(
                        "Onboarding",
                        ProgrammeType.ONBOARDING,
                        Optional.empty(),
                        uploader,
                        Optional.empty(),
                        ProgrammeStatus.RUNNING,
                        Optional.empty(),
                        DeliveryMode.CLASSROOM,
                        false,
                        Optional.empty(),
                        Optional.empty(),
                        2,
                        Set.of()));

        assertRefused(
                () -> imports.commit(preview.id(), false, UPLOADER),
                "The data of row 3 changed after the preview; nothing was imported. Upload the file again for a new"
                        + " preview.");

        assertThat(catalogue.byName("Sales basics")).isEmpty();
        assertThat(imports.byId(preview.id()).orElseThrow().state()).isEqualTo(ImportState.PREVIEWED);
    }

    @Test
    void aDutchWorkbookIsImportedAndItsBadRowsReportedUnderItsOwnHeaders() throws IOException {
        Path workbook = fixture.xlsx(
                "programmas.xlsx",
                new Object[] {
                    "naam",
                    "soort",
                    "omschrijving",
                    "opdrachtgever",
                    "status",
                    "doelgroep",
                    "leervorm",
                    "verplicht",
                    "uiterste datum",
                    "roi-doel",
                    "doelniveau",
                    "lms-cursus-id's"
                },
                new Object[] {
                    "Basis verkoop",
                    "verkoop",
                    "Twee dagen adviserend verkopen",
                    "Salesdirecteur",
                    "lopend",
                    "Accountmanagers",
                    "klassikaal",
                    Boolean.TRUE,
                    LocalDate.of(2025, 12, 19),
                    new Percent(0.255),
                    5L,
                    "BV-101 | BV-102"
                },
                new Object[] {
                    "Leiderschap",
                    "leiderschap",
                    null,
                    null,
                    "gepland",
                    null,
                    "op de werkplek",
                    "nee",
                    null,
                    null,
                    4L,
                    null
                },
                new Object[] {"Welzijn", "welzijn", null, null, null, null, "online", null, null, null, 7L, null});

        ImportRecord preview = imports.preview("programmes", workbook, "programmas.xlsx", UPLOADER);

        assertThat(imports.problems(preview.id()))
                .extracting(ProgrammeImportFixture::english)
                .containsExactly("programmas.xlsx, row 4, column “doelniveau”, value “7”: The target level is a whole"
                        + " number from 0 (inputs) to 5 (ROI).");
        imports.commit(preview.id(), true, UPLOADER);

        assertThat(details("Basis verkoop"))
                .isEqualTo(new ProgrammeDetails(
                        "Basis verkoop",
                        ProgrammeType.SALES,
                        Optional.of("Twee dagen adviserend verkopen"),
                        uploader,
                        Optional.of("Salesdirecteur"),
                        ProgrammeStatus.RUNNING,
                        Optional.of("Accountmanagers"),
                        DeliveryMode.CLASSROOM,
                        true,
                        Optional.of(LocalDate.of(2025, 12, 19)),
                        Optional.of(new BigDecimal("25.5")),
                        5,
                        Set.of("BV-101", "BV-102")));
        assertThat(details("Leiderschap").deliveryMode()).isEqualTo(DeliveryMode.ON_THE_JOB);
        assertThat(catalogue.byName("Welzijn")).isEmpty();

        ImportRecord again = imports.preview("programmes", workbook, "programmas.xlsx", UPLOADER);
        assertThat(imports.changes(again.id())).isEqualTo(new Imports.Changes(0, 0, 2));
    }

    static Stream<Arguments> badRows() {
        String header = "name,type,status,delivery mode,mandatory,due date,roi objective,target level,lms course ids";
        return Stream.of(
                arguments(
                        "wrong type",
                        List.of(header, "Sales,sales,running,blended,no,,,five,"),
                        "programmes.csv, row 2, column “target level”, value “five”: This is not a number."),
                arguments(
                        "impossible date",
                        List.of(header, "Sales,sales,running,blended,yes,2025-02-30,,5,"),
                        "programmes.csv, row 2, column “due date”, value “2025-02-30”: This is not a date; write"
                                + " dd-mm-yyyy or yyyy-mm-dd."),
                arguments(
                        "duplicate name",
                        List.of(header, "Sales,sales,running,blended,no,,,5,", "Sales,sales,planned,online,no,,,4,"),
                        "programmes.csv, row 3, column “name”, value “Sales”: Row 2 has a programme with this name"
                                + " too."),
                arguments(
                        "mandatory without due date",
                        List.of(header, "Sales,sales,running,blended,yes,,,5,"),
                        "programmes.csv, row 2, column “due date”: A mandatory programme needs a due date."),
                arguments(
                        "due date without mandatory",
                        List.of(header, "Sales,sales,running,blended,,2025-12-19,,5,"),
                        "programmes.csv, row 2, column “due date”, value “2025-12-19”: Only a mandatory programme has"
                                + " a due date: write yes under “mandatory”, or leave the due date blank."),
                arguments(
                        "roi objective above 10000%",
                        List.of(header, "Sales,sales,running,blended,no,,10001,5,"),
                        "programmes.csv, row 2, column “roi objective”, value “10001”: " + ROI),
                arguments(
                        "roi objective below -100%",
                        List.of(header, "Sales,sales,running,blended,no,,-150%,5,"),
                        "programmes.csv, row 2, column “roi objective”, value “-150”: " + ROI),
                arguments(
                        "roi objective with four decimals",
                        List.of(header, "Sales,sales,running,blended,no,,12.3456,5,"),
                        "programmes.csv, row 2, column “roi objective”, value “12.3456”: " + ROI),
                arguments(
                        "target level above 5",
                        List.of(header, "Sales,sales,running,blended,no,,,6,"),
                        "programmes.csv, row 2, column “target level”, value “6”: The target level is a whole number"
                                + " from 0 (inputs) to 5 (ROI)."),
                arguments(
                        "unknown type",
                        List.of(header, "Sales,cooking,running,blended,no,,,5,"),
                        "programmes.csv, row 2, column “type”, value “cooking”: “cooking” is not a type of programme:"
                                + " write onboarding, leadership, digital learning, sales, wellbeing, compliance, ai"
                                + " literacy, soft skills or other (onboarding, leiderschap, digitaal leren, verkoop,"
                                + " welzijn, compliance, ai-geletterdheid, soft skills, anders)."),
                arguments(
                        "unknown status",
                        List.of(header, "Sales,sales,paused,blended,no,,,5,"),
                        "programmes.csv, row 2, column “status”, value “paused”: “paused” is not a status of a"
                                + " programme: write planned, running, completed or stopped (gepland, lopend, afgerond,"
                                + " gestopt), or leave it blank for planned."),
                arguments(
                        "unknown delivery mode",
                        List.of(header, "Sales,sales,running,by post,no,,,5,"),
                        "programmes.csv, row 2, column “delivery mode”, value “by post”: “by post” is not a delivery"
                                + " mode: write classroom, online, virtual classroom, blended or on the job (klassikaal,"
                                + " online, virtueel klaslokaal, blended, op de werkplek)."),
                arguments(
                        "course id twice in a row",
                        List.of(header, "Sales,sales,running,blended,no,,,5,S-1|S-1"),
                        "programmes.csv, row 2, column “lms course ids”, value “S-1”: This LMS course id appears twice"
                                + " in this row."),
                arguments(
                        "course id in two rows",
                        List.of(
                                header,
                                "Sales,sales,running,blended,no,,,5,S-1",
                                "Lead,leadership,running,blended,no,,,5,S-2|S-1"),
                        "programmes.csv, row 3, column “lms course ids”, value “S-1”: Row 2 claims this LMS course id"
                                + " too; a course belongs to one programme."),
                arguments(
                        "course id of another programme",
                        List.of(header, "Sales,sales,running,blended,no,,,5,ST-1"),
                        "programmes.csv, row 2, column “lms course ids”, value “ST-1”: This LMS course id belongs to"
                                + " the programme “Stored”; a course belongs to one programme."),
                arguments(
                        "name too long",
                        List.of(header, "x".repeat(201) + ",sales,running,blended,no,,,5,"),
                        "programmes.csv, row 2, column “name”, value “" + "x".repeat(201)
                                + "”: Give a name of 1 to 200 characters."));
    }

    private static final String ROI = "An ROI objective lies between -100% and 10000%, with at most three decimals;"
            + " leave it blank for the organisation’s default.";

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void aBadRowIsReportedExactlyAndChangesNothing(String name, List<String> lines, String problem) throws IOException {
        catalogue.create("someone", stored());
        List<Long> before = fixture.counts();

        ImportRecord preview = imports.preview(
                "programmes", fixture.csv("programmes.csv", lines.toArray(String[]::new)), "programmes.csv", UPLOADER);

        assertThat(imports.problems(preview.id()))
                .extracting(ProgrammeImportFixture::english)
                .containsExactly(problem);
        assertThatThrownBy(() -> imports.commit(preview.id(), false, UPLOADER)).isInstanceOf(ImportRefused.class);
        assertThat(fixture.counts()).isEqualTo(before);
        assertThat(details("Stored")).isEqualTo(stored());
    }

    private ImportRecord commit(Path file) {
        ImportRecord preview =
                imports.preview("programmes", file, file.getFileName().toString(), UPLOADER);
        return imports.commit(preview.id(), false, UPLOADER);
    }

    private Programme programme(String name) {
        return catalogue.byName(name).orElseThrow();
    }

    private ProgrammeDetails details(String name) {
        return programme(name).details();
    }

    private ProgrammeDetails stored() {
        return new ProgrammeDetails(
                "Stored",
                ProgrammeType.OTHER,
                Optional.empty(),
                uploader,
                Optional.empty(),
                ProgrammeStatus.RUNNING,
                Optional.empty(),
                DeliveryMode.BLENDED,
                false,
                Optional.empty(),
                Optional.empty(),
                3,
                Set.of("ST-1"));
    }

    private static ProgrammeDetails sales(long owner) {
        return new ProgrammeDetails(
                "Sales basics",
                ProgrammeType.SALES,
                Optional.of("Two days of consultative selling"),
                owner,
                Optional.of("Sales director"),
                ProgrammeStatus.RUNNING,
                Optional.of("Account managers"),
                DeliveryMode.BLENDED,
                true,
                Optional.of(LocalDate.of(2025, 12, 19)),
                Optional.of(new BigDecimal("25")),
                5,
                Set.of("SB-101", "SB-102"));
    }

    private static ProgrammeDetails stopped(ProgrammeDetails details) {
        return new ProgrammeDetails(
                details.name(),
                details.type(),
                details.description(),
                details.ownerId(),
                details.sponsor(),
                ProgrammeStatus.STOPPED,
                details.targetPopulation(),
                details.deliveryMode(),
                details.mandatory(),
                details.dueDate(),
                details.roiObjectivePercent(),
                details.targetLevel(),
                details.lmsCourseIds());
    }

    private static void assertRefused(Runnable step, String message) {
        assertThatThrownBy(step::run)
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        refused -> assertThat(english(refused)).isEqualTo(message));
    }
}
