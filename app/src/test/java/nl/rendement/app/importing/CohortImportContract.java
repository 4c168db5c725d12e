package nl.rendement.app.importing;

import static nl.rendement.app.importing.ProgrammeImportFixture.UPLOADER;
import static nl.rendement.app.importing.ProgrammeImportFixture.english;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.rendement.app.programme.Cohort;
import nl.rendement.app.programme.CohortDetails;
import nl.rendement.app.programme.CohortRegister;
import nl.rendement.app.programme.DeliveryMode;
import nl.rendement.app.programme.ParticipantStatus;
import nl.rendement.app.programme.Participation;
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
 * Importing cohorts through the service the upload page uses, on every supported database
 * (subclasses pick it): preview, commit through the register (audited by the uploader), the same
 * file again as a no-op, a correction kept with its old values, undo, and every row the register
 * would refuse reported in the preview instead.
 */
@SpringBootTest
abstract class CohortImportContract {

    static final String HEADER = "programme,name,start date,end date,delivery mode,location,language";
    static final String SPRING = "Sales basics,Spring 2025,2025-03-17,2025-04-18,classroom,Utrecht,English";
    static final String AUTUMN = "Sales basics,Autumn 2025,15-09-2025,17-10-2025,,,Dutch";

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
    long sales;
    long leadership;

    @BeforeEach
    void twoProgrammes() {
        fixture = new ProgrammeImportFixture(jdbc, folder);
        long uploader = fixture.startEmpty();
        sales = catalogue.create("someone", programme("Sales basics", DeliveryMode.BLENDED, uploader));
        leadership = catalogue.create("someone", programme("Leiderschap", DeliveryMode.CLASSROOM, uploader));
    }

    @AfterEach
    void leaveNothingBehind() {
        fixture.clear();
    }

    @Test
    void aPreviewChangesNothingAndACommitAddsCohortsAudited() throws IOException {
        List<Long> before = fixture.counts();
        ImportRecord preview =
                imports.preview("cohorts", fixture.csv("cohorts.csv", HEADER, SPRING, AUTUMN), "cohorts.csv", UPLOADER);

        assertThat(imports.problems(preview.id())).isEmpty();
        assertThat(imports.changes(preview.id())).isEqualTo(new Imports.Changes(2, 0, 0));
        assertThat(fixture.counts()).isEqualTo(before);

        imports.commit(preview.id(), false, UPLOADER);

        assertThat(register.cohorts(sales)).extracting(Cohort::details).containsExactly(spring(), autumn());
        assertThat(catalogue.changes(sales))
                .filteredOn(change -> change.subject() == ProgrammeChange.Subject.COHORT)
                .extracting(ProgrammeChange::changedBy)
                .hasSize(11)
                .containsOnly(UPLOADER);
    }

    @Test
    void theSameFileAgainChangesNothingAndACorrectionKeepsTheOldValuesForUndo() throws IOException {
        commit(fixture.csv("first.csv", HEADER, SPRING, AUTUMN));

        ImportRecord again =
                imports.preview("cohorts", fixture.csv("again.csv", HEADER, SPRING, AUTUMN), "again.csv", UPLOADER);
        assertThat(imports.changes(again.id())).isEqualTo(new Imports.Changes(0, 0, 2));

        Path corrected = fixture.csv(
                "fix.csv",
                HEADER,
                "Sales basics,Spring 2025,2025-03-17,2025-04-25,classroom,Amersfoort,English",
                AUTUMN);
        ImportRecord correction = imports.preview("cohorts", corrected, "fix.csv", UPLOADER);
        assertThat(imports.changed(correction.id()))
                .containsExactly(new Imports.Changed(
                        2,
                        "Sales basics / Spring 2025",
                        "programme: Sales basics · name: Spring 2025 · start date: 2025-03-17 · end date: 2025-04-18 ·"
                                + " delivery mode: classroom · location: Utrecht · language: en",
                        "programme: Sales basics · name: Spring 2025 · start date: 2025-03-17 · end date: 2025-04-25 ·"
                                + " delivery mode: classroom · location: Amersfoort · language: en"));
        imports.commit(correction.id(), false, UPLOADER);

        assertThat(cohort("Spring 2025").details().location()).contains("Amersfoort");

        imports.undo(correction.id(), UPLOADER);

        assertThat(register.cohorts(sales)).extracting(Cohort::details).containsExactly(spring(), autumn());
    }

    @Test
    void undoingAnImportThatAddedCohortsRemovesThemAndAuditsTheRemoval() throws IOException {
        ImportRecord added = commit(fixture.csv("cohorts.csv", HEADER, SPRING, AUTUMN));
        long spring = cohort("Spring 2025").id();

        imports.undo(added.id(), UPLOADER);

        assertThat(register.cohorts(sales)).isEmpty();
        assertThat(catalogue.changes(sales))
                .filteredOn(change ->
                        change.subjectId() == spring && change.newValue().isEmpty())
                .extracting(ProgrammeChange::field, ProgrammeChange::changedBy)
                .contains(tuple("name", UPLOADER));
    }

    @Test
    void anUndoIsRefusedWholeWhenACohortChangedSince() throws IOException {
        ImportRecord added = commit(fixture.csv("cohorts.csv", HEADER, SPRING, AUTUMN));
        register.changeCohort(
                "someone",
                cohort("Spring 2025").id(),
                new CohortDetails(
                        "Spring 2025",
                        LocalDate.of(2025, 3, 17),
                        LocalDate.of(2025, 4, 18),
                        DeliveryMode.CLASSROOM,
                        Optional.of("Zwolle"),
                        Languages.ENGLISH));

        assertRefused(
                () -> imports.undo(added.id(), UPLOADER),
                "The data of row 2 changed after this import; nothing was undone.");

        assertThat(register.cohorts(sales)).hasSize(2);
    }

    @Test
    void anAddedCohortIsNotRemovedOnceSomeoneTakesPartInIt() throws IOException {
        ImportRecord added = commit(fixture.csv("cohorts.csv", HEADER, SPRING, AUTUMN));
        register.enrol(
                "someone",
                cohort("Spring 2025").id(),
                List.of(new Participation(
                        fixture.employee("A"),
                        ParticipantStatus.ENROLLED,
                        LocalDate.of(2025, 3, 1),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())));

        assertRefused(
                () -> imports.undo(added.id(), UPLOADER),
                "Participants take part in the cohort “Sales basics / Spring 2025” of row 2 now; nothing was undone.");

        assertThat(register.cohorts(sales)).hasSize(2);
    }

    @Test
    void aCohortMayBelongToAProgrammeAnEarlierImportAdded() throws IOException {
        Path programmes =
                fixture.csv("programmes.csv", "name,type,delivery mode,target level", "Nieuw programma,other,online,2");
        Path cohorts = fixture.csv("cohorts.csv", HEADER, "Nieuw programma,Eerste groep,2026-01-05,2026-01-30,,,nl");
        ImportRecord tooSoon = imports.preview("cohorts", cohorts, "cohorts.csv", UPLOADER);
        assertThat(imports.problems(tooSoon.id()))
                .extracting(ProgrammeImportFixture::english)
                .containsExactly(
                        "cohorts.csv, row 2, column “programme”, value “Nieuw programma”: There is no programme"
                                + " “Nieuw programma” in Rendement: create it, or import it in a programmes file first.");

        commit("programmes", programmes);
        commit("cohorts", cohorts);

        long added = catalogue.byName("Nieuw programma").orElseThrow().id();
        assertThat(register.cohorts(added))
                .extracting(cohort -> cohort.details().deliveryMode())
                .containsExactly(DeliveryMode.ONLINE_SELF_PACED);
    }

    @Test
    void aDutchWorkbookIsImported() throws IOException {
        Path workbook = fixture.xlsx(
                "groepen.xlsx",
                new Object[] {"programma", "naam", "startdatum", "einddatum", "leervorm", "locatie", "taal"},
                new Object[] {
                    "Leiderschap",
                    "Voorjaar 2025",
                    LocalDate.of(2025, 3, 17),
                    LocalDate.of(2025, 4, 18),
                    "virtueel klaslokaal",
                    "Utrecht",
                    "Nederlands"
                },
                new Object[] {
                    "Leiderschap",
                    "Najaar 2025",
                    LocalDate.of(2025, 9, 15),
                    LocalDate.of(2025, 10, 17),
                    null,
                    null,
                    "Engels"
                });

        ImportRecord preview = imports.preview("cohorts", workbook, "groepen.xlsx", UPLOADER);
        assertThat(imports.problems(preview.id())).isEmpty();
        imports.commit(preview.id(), false, UPLOADER);

        assertThat(register.cohorts(leadership))
                .extracting(Cohort::details)
                .containsExactly(
                        new CohortDetails(
                                "Voorjaar 2025",
                                LocalDate.of(2025, 3, 17),
                                LocalDate.of(2025, 4, 18),
                                DeliveryMode.VIRTUAL_CLASSROOM,
                                Optional.of("Utrecht"),
                                Languages.DUTCH),
                        new CohortDetails(
                                "Najaar 2025",
                                LocalDate.of(2025, 9, 15),
                                LocalDate.of(2025, 10, 17),
                                DeliveryMode.CLASSROOM,
                                Optional.empty(),
                                Languages.ENGLISH));
        ImportRecord again = imports.preview("cohorts", workbook, "groepen.xlsx", UPLOADER);
        assertThat(imports.changes(again.id())).isEqualTo(new Imports.Changes(0, 0, 2));
    }

    @Test
    void aCommitIsRefusedWholeWhenACohortWasAddedSinceThePreview() throws IOException {
        ImportRecord preview =
                imports.preview("cohorts", fixture.csv("cohorts.csv", HEADER, SPRING, AUTUMN), "cohorts.csv", UPLOADER);
        register.addCohort("someone", sales, autumn());

        assertRefused(
                () -> imports.commit(preview.id(), false, UPLOADER),
                "The data of row 3 changed after the preview; nothing was imported. Upload the file again for a new"
                        + " preview.");

        assertThat(register.cohorts(sales)).extracting(Cohort::details).containsExactly(autumn());
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                arguments(
                        "wrong type",
                        List.of(HEADER, "Sales basics,Spring,soon,2025-04-18,,,en"),
                        "cohorts.csv, row 2, column “start date”, value “soon”: This is not a date; write dd-mm-yyyy or"
                                + " yyyy-mm-dd."),
                arguments(
                        "unknown programme",
                        List.of(HEADER, "Sales advanced,Spring,2025-03-17,2025-04-18,,,en"),
                        "cohorts.csv, row 2, column “programme”, value “Sales advanced”: There is no programme “Sales"
                                + " advanced” in Rendement: create it, or import it in a programmes file first."),
                arguments(
                        "end before start",
                        List.of(HEADER, "Sales basics,Spring,2025-04-18,2025-03-17,,,en"),
                        "cohorts.csv, row 2, column “end date”, value “2025-03-17”: The end date is before the start"
                                + " date, 2025-04-18."),
                arguments(
                        "duplicate cohort",
                        List.of(
                                HEADER,
                                "Sales basics,Spring,2025-03-17,2025-04-18,,,en",
                                "Sales basics,Spring,2025-05-17,2025-06-18,,,nl"),
                        "cohorts.csv, row 3, column “name”, value “Spring”: Row 2 has a cohort with this name in the"
                                + " same programme too."),
                arguments(
                        "unknown delivery mode",
                        List.of(HEADER, "Sales basics,Spring,2025-03-17,2025-04-18,by post,,en"),
                        "cohorts.csv, row 2, column “delivery mode”, value “by post”: “by post” is not a delivery mode:"
                                + " write classroom, online, virtual classroom, blended or on the job (klassikaal,"
                                + " online, virtueel klaslokaal, blended, op de werkplek), or leave it blank for the"
                                + " programme’s delivery mode."),
                arguments(
                        "unknown language",
                        List.of(HEADER, "Sales basics,Spring,2025-03-17,2025-04-18,,,French"),
                        "cohorts.csv, row 2, column “language”, value “French”: “French” is not a language a cohort is"
                                + " taught in: write Dutch or English (Nederlands, Engels)."),
                arguments(
                        "name too long",
                        List.of(HEADER, "Sales basics," + "y".repeat(101) + ",2025-03-17,2025-04-18,,,en"),
                        "cohorts.csv, row 2, column “name”, value “" + "y".repeat(101) + "”: Give the cohort a name of"
                                + " 1 to 100 characters."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void aBadRowIsReportedExactlyAndChangesNothing(String name, List<String> lines, String problem) throws IOException {
        register.addCohort("someone", leadership, spring());
        List<Long> before = fixture.counts();

        ImportRecord preview = imports.preview(
                "cohorts", fixture.csv("cohorts.csv", lines.toArray(String[]::new)), "cohorts.csv", UPLOADER);

        assertThat(imports.problems(preview.id()))
                .extracting(ProgrammeImportFixture::english)
                .containsExactly(problem);
        assertThatThrownBy(() -> imports.commit(preview.id(), false, UPLOADER)).isInstanceOf(ImportRefused.class);
        assertThat(fixture.counts()).isEqualTo(before);
        assertThat(register.cohorts(leadership)).extracting(Cohort::details).containsExactly(spring());
    }

    private ImportRecord commit(Path file) {
        return commit("cohorts", file);
    }

    private ImportRecord commit(String kind, Path file) {
        ImportRecord preview = imports.preview(kind, file, file.getFileName().toString(), UPLOADER);
        return imports.commit(preview.id(), false, UPLOADER);
    }

    private Cohort cohort(String name) {
        return register.cohort(sales, name).orElseThrow();
    }

    private static CohortDetails spring() {
        return new CohortDetails(
                "Spring 2025",
                LocalDate.of(2025, 3, 17),
                LocalDate.of(2025, 4, 18),
                DeliveryMode.CLASSROOM,
                Optional.of("Utrecht"),
                Languages.ENGLISH);
    }

    /** Its delivery mode is left blank in the file: the programme's. */
    private static CohortDetails autumn() {
        return new CohortDetails(
                "Autumn 2025",
                LocalDate.of(2025, 9, 15),
                LocalDate.of(2025, 10, 17),
                DeliveryMode.BLENDED,
                Optional.empty(),
                Languages.DUTCH);
    }

    private static ProgrammeDetails programme(String name, DeliveryMode mode, long owner) {
        return new ProgrammeDetails(
                name,
                ProgrammeType.SALES,
                Optional.empty(),
                owner,
                Optional.empty(),
                ProgrammeStatus.RUNNING,
                Optional.empty(),
                mode,
                false,
                Optional.empty(),
                Optional.empty(),
                3,
                Set.of());
    }

    private static void assertRefused(Runnable step, String message) {
        assertThatThrownBy(step::run)
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        refused -> assertThat(english(refused)).isEqualTo(message));
    }
}
