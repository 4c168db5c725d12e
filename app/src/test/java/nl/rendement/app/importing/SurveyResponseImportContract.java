package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.rendement.app.importing.Workbooks.Percent;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.EmployeeAttributes;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.Erasure;
import nl.rendement.app.people.NewEmployee;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.people.UnitKind;
import nl.rendement.app.programme.CohortDetails;
import nl.rendement.app.programme.CohortRegister;
import nl.rendement.app.programme.DeliveryMode;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeDetails;
import nl.rendement.app.programme.ProgrammeStatus;
import nl.rendement.app.programme.ProgrammeType;
import nl.rendement.app.survey.Application;
import nl.rendement.app.survey.Estimate;
import nl.rendement.app.survey.Rating;
import nl.rendement.app.survey.RespondentRole;
import nl.rendement.app.survey.SurveyResponse;
import nl.rendement.app.survey.SurveyResponses;
import nl.rendement.app.system.Languages;
import nl.rendement.engine.money.Money;
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
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Importing survey responses through the service the upload page uses, on every supported database
 * (subclasses pick it): responses over several rows, preview, commit, the same file again, a
 * correction kept with its old answers, undo, every kind of bad answer, anonymity and erasure.
 */
@SpringBootTest
abstract class SurveyResponseImportContract {

    static final String ACTOR = "survey-import-test";
    static final String PROGRAMME = "Survey test programme";
    static final LocalDate START = LocalDate.of(2025, 3, 3);

    @Autowired
    Imports imports;

    @Autowired
    SurveyResponses responses;

    @Autowired
    Employees employees;

    @Autowired
    OrgUnits units;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    CohortRegister register;

    @Autowired
    Erasure erasure;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    long programmeId;
    long spring;
    Employee anna;
    Employee bram;

    @BeforeEach
    void aProgrammeWithTwoCohortsAndTwoEmployees() {
        clear();
        programmeId = catalogue.create(ACTOR, programme(owner()));
        spring = register.addCohort(ACTOR, programmeId, cohort("Spring 2025", START));
        register.addCohort(ACTOR, programmeId, cohort("Autumn 2025", START.plusMonths(6)));
        OrgUnit team = units.add("SV-TEAM", "Survey team", UnitKind.TEAM, Optional.empty(), START.minusYears(3));
        anna = employees.hire(hire("P-SURVEY0A", "SV-4711", "anna.survey@voorbeeld.nl", team));
        bram = employees.hire(hire("P-SURVEY0B", "SV-4712", "bram.survey@voorbeeld.nl", team));
    }

    @Test
    void aPreviewChangesNothingAndACommitStoresAResponseOfSeveralRowsWithEveryAnswer() throws IOException {
        Path file = csv(
                "response id,employee number,email,anonymous,programme,cohort,level,answered on,item,rating,recommend,"
                        + "comment,role,kpi,improvement,attribution,confidence,basis",
                "R-1,SV-4711,,,Survey test programme,Spring 2025,1,2025-04-18,Relevance to my job,4,9,Practical,"
                        + "manager,conversion,2.5,40%,70%,More quotes accepted",
                "R-1,,,,Survey test programme,,1,,Pace,3,,,,,,,,",
                "R-1,,,,Survey test programme,,1,,Trainer,5,,,,,,,,",
                "R-2,SV-4712,bram.survey@voorbeeld.nl,yes,Survey test programme,Spring 2025,1,2025-04-19,"
                        + "Relevance to my job,2,6,Too long,,,,,,");

        ImportRecord preview = imports.preview("survey-responses", file, "survey.csv", "analyst");

        assertThat(preview.rowsRead()).isEqualTo(4);
        assertThat(preview.rowsWithProblems()).isZero();
        assertThat(preview.identities()).isEqualTo(new ImportRecord.Identities(1, 0, 0));
        assertThat(imports.changes(preview.id())).isEqualTo(new Imports.Changes(2, 0, 0));
        assertThat(english(imports.notices(preview.id())))
                .containsExactly("survey.csv: Anonymous responses give employee numbers or email addresses: these are"
                        + " neither looked up nor stored.");
        assertThat(storedRows()).isZero();

        imports.commit(preview.id(), false, "analyst");

        assertSame(
                responses.find(programmeId, "R-1").orElseThrow(),
                new SurveyResponse(
                        programmeId,
                        "R-1",
                        Optional.of(spring),
                        Optional.of(anna.id()),
                        RespondentRole.MANAGER,
                        1,
                        Optional.of(LocalDate.of(2025, 4, 18)),
                        List.of(new Rating("Relevance to my job", 4), new Rating("Pace", 3), new Rating("Trainer", 5)),
                        Optional.of(9),
                        Optional.of("Practical"),
                        Application.NONE,
                        Optional.of(new Estimate(
                                "conversion",
                                new BigDecimal("2.5"),
                                new BigDecimal("40"),
                                new BigDecimal("70"),
                                Optional.of("More quotes accepted")))));
        SurveyResponse anonymous = responses.find(programmeId, "R-2").orElseThrow();
        assertThat(anonymous.anonymous()).isTrue();
        assertThat(anonymous.ratings()).containsExactly(new Rating("Relevance to my job", 2));
        assertThat(jdbc.sql("select count(*) from survey_rating")
                        .query(Long.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void theSameFileAgainChangesNothingAndACorrectionKeepsTheOldAnswersForUndo() throws IOException {
        String header = "response id,employee number,programme,cohort,level,item,rating,comment";
        ImportRecord first = commit(csv(
                header,
                "R-1,SV-4711,Survey test programme,Spring 2025,1,Relevance,4,Good",
                "R-1,,Survey test programme,,1,Pace,3,"));
        SurveyResponse original = responses.find(programmeId, "R-1").orElseThrow();

        ImportRecord again = imports.preview(
                "survey-responses",
                csv(
                        header,
                        "R-1,SV-4711,Survey test programme,Spring 2025,1,Pace,3,",
                        "R-1,,Survey test programme,,1,Relevance,4,Good"),
                "again.csv",
                "analyst");
        assertThat(imports.changes(again.id())).isEqualTo(new Imports.Changes(0, 0, 1));

        ImportRecord correction = imports.preview(
                "survey-responses",
                csv(
                        header,
                        "R-1,SV-4711,Survey test programme,Autumn 2025,1,Relevance,4,Good after all",
                        "R-1,,Survey test programme,,1,Pace,2,"),
                "fix.csv",
                "analyst");
        assertThat(imports.changes(correction.id())).isEqualTo(new Imports.Changes(0, 1, 0));
        assertThat(imports.changed(correction.id()))
                .containsExactly(new Imports.Changed(
                        2,
                        "Survey test programme / R-1",
                        "programme: Survey test programme · response id: R-1 · cohort: Spring 2025 · level: 1 · role:"
                                + " participant · rating: Pace: 3 · rating: Relevance: 4 · comment: Good",
                        "programme: Survey test programme · response id: R-1 · cohort: Autumn 2025 · level: 1 · role:"
                                + " participant · rating: Pace: 2 · rating: Relevance: 4 · comment: Good after all"));
        assertThat(responses.find(programmeId, "R-1")).contains(original);

        imports.commit(correction.id(), false, "analyst");
        assertThat(responses.find(programmeId, "R-1").orElseThrow().comment()).contains("Good after all");

        imports.undo(correction.id(), "analyst");
        assertThat(responses.find(programmeId, "R-1")).contains(original);

        imports.undo(first.id(), "analyst");
        assertThat(storedRows()).isZero();
    }

    @Test
    void anUndoIsRefusedWholeWhenTheResponseChangedSince() throws IOException {
        String header = "response id,employee number,programme,level,recommend";
        ImportRecord first =
                commit(csv(header, "R-1,SV-4711,Survey test programme,1,8", "R-2,SV-4712,Survey test programme,1,7"));
        commit(csv(header, "R-2,SV-4712,Survey test programme,1,3"));

        assertThatThrownBy(() -> imports.undo(first.id(), "analyst"))
                .isInstanceOf(ImportRefused.class)
                .satisfies(refused -> assertThat(((ImportRefused) refused).message(messages(), Locale.ENGLISH))
                        .isEqualTo("The data of row 3 changed after this import; nothing was undone."));
        assertThat(responses.find(programmeId, "R-1")).isPresent();
        assertThat(responses.find(programmeId, "R-2").orElseThrow().recommend()).contains(3);
    }

    @Test
    void anAnonymousResponseLeavesNoTraceOfThePersonAnywhere() throws IOException {
        Path file = csv(
                "response id,employee number,email,anonymous,programme,level,item,rating,comment",
                "R-7,SV-4711,anna.survey@voorbeeld.nl,ja,Survey test programme,1,Relevance,4,Fine",
                "R-7,SV-4712,bram.survey@voorbeeld.nl,yes,Survey test programme,1,Pace,5,",
                "R-8,SV-4711,anna.survey@voorbeeld.nl,yes,Survey test programme,1,Relevance,9,",
                "R-8,SV-4711,anna.survey@voorbeeld.nl,no,Survey test programme,1,Pace,2,");

        ImportRecord preview = imports.preview("survey-responses", file, "anonymous.csv", "analyst");

        assertThat(preview.identities()).isEqualTo(new ImportRecord.Identities(0, 0, 0));
        assertThat(english(imports.problems(preview.id())))
                .containsExactly(
                        "anonymous.csv, row 4, column “rating”, value “9”: A rating is a whole number from 1 to 5.",
                        "anonymous.csv, row 5, column “anonymous”, value “no”: Row 4 of the same response gives “yes”"
                                + " here: a response gives each answer once.");
        imports.commit(preview.id(), true, "analyst");
        assertThat(responses.find(programmeId, "R-7").orElseThrow().employeeId())
                .isEmpty();

        // The file names a person for a response stored as anonymous: refused, and still no trace.
        ImportRecord naming = imports.preview(
                "survey-responses",
                csv(
                        "response id,employee number,programme,level,item,rating",
                        "R-7,SV-4711,Survey test programme,1,Pace,5"),
                "naming.csv",
                "analyst");

        assertThat(naming.identities()).isEqualTo(new ImportRecord.Identities(0, 0, 0));
        assertThat(english(imports.problems(naming.id())))
                .containsExactly("naming.csv, row 2, column “response id”, value “R-7”: This response is stored as"
                        + " anonymous: an import cannot link it to a person.");
        assertThat(personalTexts("employee"))
                .as("the scan finds the texts where they are")
                .isNotEmpty();
        assertThat(personalTexts(
                        "import_change", "import_problem", "import_record", "survey_response", "survey_rating"))
                .isEmpty();
        assertThat(jdbc.sql("select count(*) from import_change where employee_id is not null")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from import_problem where employee_id is not null")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aResponseWhoseRowsDisagreeIsKeptOutWhole() throws IOException {
        Path file = csv(
                "response id,employee number,programme,level,item,rating,recommend,comment",
                "R-1,SV-4711,Survey test programme,1,Relevance,4,9,Good",
                "R-1,,Survey test programme,1,Pace,3,7,",
                "R-1,,Survey test programme,1,Trainer,5,,",
                "R-2,SV-4712,Survey test programme,1,Relevance,5,10,");

        ImportRecord preview = imports.preview("survey-responses", file, "survey.csv", "analyst");

        assertThat(preview.rowsWithProblems()).isEqualTo(3);
        assertThat(english(imports.problems(preview.id())))
                .containsExactly(
                        "survey.csv, row 2, column “response id”, value “R-1”: This response is not imported, because"
                                + " its row 3 has a problem.",
                        "survey.csv, row 3, column “recommend”, value “7”: Row 2 of the same response gives “9” here:"
                                + " a response gives each answer once.",
                        "survey.csv, row 4, column “response id”, value “R-1”: This response is not imported, because"
                                + " its row 3 has a problem.");
        assertThatThrownBy(() -> imports.commit(preview.id(), false, "analyst")).isInstanceOf(ImportRefused.class);
        assertThat(storedRows()).isZero();

        imports.commit(preview.id(), true, "analyst");

        assertThat(responses.find(programmeId, "R-1")).isEmpty();
        assertThat(responses.find(programmeId, "R-2")).isPresent();
    }

    static Stream<Arguments> badAnswers() {
        return Stream.of(
                arguments(
                        "wrong type",
                        List.of("R-1,SV-4711,Survey test programme,,1,,Relevance,veel,,,,,,,,"),
                        "row 2, column “rating”, value “veel”: This is not a number."),
                arguments(
                        "impossible date",
                        List.of("R-1,SV-4711,Survey test programme,,1,2025-02-30,Relevance,4,,,,,,,,"),
                        "row 2, column “answered on”, value “2025-02-30”: This is not a date; write dd-mm-yyyy or"
                                + " yyyy-mm-dd."),
                arguments(
                        "level 2",
                        List.of("R-1,SV-4711,Survey test programme,,2,,Relevance,4,,,,,,,,"),
                        "row 2, column “level”, value “2”: The level is 1 (a reaction survey) or 3 (an application"
                                + " survey)."),
                arguments(
                        "rating above 5",
                        List.of("R-1,SV-4711,Survey test programme,,1,,Relevance,6,,,,,,,,"),
                        "row 2, column “rating”, value “6”: A rating is a whole number from 1 to 5."),
                arguments(
                        "rating without item",
                        List.of("R-1,SV-4711,Survey test programme,,1,,,3,,,,,,,,"),
                        "row 2, column “item”: This row gives a rating but names no item."),
                arguments(
                        "recommend above 10",
                        List.of("R-1,SV-4711,Survey test programme,,1,,,,11,,,,,,,"),
                        "row 2, column “recommend”, value “11”: The recommend answer is a whole number from 0 to 10."),
                arguments(
                        "attribution above 100%",
                        List.of("R-1,SV-4711,Survey test programme,,1,,,,,,,conversion,2,120%,50%,Sales up"),
                        "row 2, column “attribution”, value “120%”: A percentage lies between 0% and 100%."),
                arguments(
                        "an improvement without a confidence",
                        List.of("R-1,SV-4711,Survey test programme,,1,,,,,,,conversion,2,40%,,Sales up"),
                        "row 2, column “confidence”: An estimate with an improvement needs a KPI, an attribution and"
                                + " a confidence."),
                arguments(
                        "an estimate without an improvement",
                        List.of("R-1,SV-4711,Survey test programme,,1,,,,,,,conversion,,40%,50%,"),
                        "row 2, column “kpi”, value “conversion”: This is part of an estimate, which needs an"
                                + " improvement too."),
                arguments(
                        "a frequency without level 3",
                        List.of("R-1,SV-4711,Survey test programme,,1,,,,,weekly,,,,,,"),
                        "row 2, column “frequency”, value “weekly”: A frequency belongs to an application survey"
                                + " (level 3)."),
                arguments(
                        "an unknown role",
                        List.of("R-1,SV-4711,Survey test programme,,1,,,,,,boss,,,,,"),
                        "row 2, column “role”, value “boss”: This is not a role: write participant, manager, senior"
                                + " management or expert (deelnemer, leidinggevende, hoger management, expert)."),
                arguments(
                        "the same item twice in one response",
                        List.of(
                                "R-1,SV-4711,Survey test programme,,1,,Relevance,4,,,,,,,,",
                                "R-1,,Survey test programme,,1,,relevance,5,,,,,,,,"),
                        "row 3, column “item”, value “relevance”: This item is rated in row 2 of the same response"
                                + " already."),
                arguments(
                        "an unknown programme",
                        List.of("R-1,SV-4711,Sales basics,,1,,Relevance,4,,,,,,,,"),
                        "row 2, column “programme”, value “Sales basics”: There is no programme “Sales basics” in"
                                + " Rendement; write its name as Rendement shows it."),
                arguments(
                        "an unknown cohort",
                        List.of("R-1,SV-4711,Survey test programme,Winter 2025,1,,Relevance,4,,,,,,,,"),
                        "row 2, column “cohort”, value “Winter 2025”: Programme “Survey test programme” has no cohort"
                                + " “Winter 2025”."),
                arguments(
                        "an unknown respondent",
                        List.of("R-1,SV-9999,Survey test programme,,1,,Relevance,4,,,,,,,,"),
                        "row 2, column “employee number”, value “SV-9999”: No employee has this employee number or"
                                + " email address; the row is not imported."),
                arguments(
                        "no respondent",
                        List.of("R-1,,Survey test programme,,1,,Relevance,4,,,,,,,,"),
                        "row 2, column “employee number”: This row names no one: give an employee number or an email"
                                + " address."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAnswers")
    void aBadAnswerIsReportedExactlyAndChangesNothing(String name, List<String> lines, String problem)
            throws IOException {
        List<String> file = new ArrayList<>(List.of("response id,employee number,programme,cohort,level,answered on,"
                + "item,rating,recommend,frequency,role,kpi,improvement,attribution,confidence,basis"));
        file.addAll(lines);

        ImportRecord preview =
                imports.preview("survey-responses", csv(file.toArray(String[]::new)), "survey.csv", "analyst");

        assertThat(english(imports.problems(preview.id()))).contains("survey.csv, " + problem);
        assertThatThrownBy(() -> imports.commit(preview.id(), false, "analyst")).isInstanceOf(ImportRefused.class);
        assertThat(storedRows()).isZero();
        assertThat(jdbc.sql("select count(*) from survey_rating")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anEstimateWithoutABasisIsStoredAndANoticeSaysItIsNotCounted() throws IOException {
        ImportRecord preview = imports.preview(
                "survey-responses",
                csv(
                        "response id,employee number,programme,level,kpi,improvement,attribution,confidence,basis",
                        "R-1,SV-4711,Survey test programme,3,conversion,-1.5,30%,60%,"),
                "estimates.csv",
                "analyst");

        assertThat(english(imports.notices(preview.id())))
                .containsExactly("estimates.csv, row 2, column “basis”: An estimate without a basis is not counted.");
        imports.commit(preview.id(), false, "analyst");
        Estimate estimate =
                responses.find(programmeId, "R-1").orElseThrow().estimate().orElseThrow();
        assertThat(estimate.hasBasis()).isFalse();
        assertThat(estimate.improvement()).isEqualByComparingTo("-1.5");
    }

    @Test
    void aDutchWorkbookOfAnApplicationSurveyIsReadWhole() throws IOException {
        Path file = folder.resolve("enquete.xlsx");
        Files.write(file, Workbooks.xlsx("Antwoorden", new Object[][] {
            {
                "respons-id",
                "personeelsnummer",
                "anoniem",
                "programma",
                "groep",
                "niveau",
                "ingevuld op",
                "vraag",
                "waardering",
                "aanbevelen",
                "opmerking",
                "past toe",
                "frequentie",
                "belemmeringen",
                "bevorderaars",
                "rol",
                "kpi",
                "verbetering",
                "toeschrijving",
                "zekerheid",
                "onderbouwing"
            },
            {
                "R-31",
                "SV-4712",
                "nee",
                PROGRAMME,
                "Spring 2025",
                3,
                LocalDate.of(2025, 6, 2),
                "Toepasbaarheid",
                4,
                8,
                "Goed te doen",
                "ja",
                "wekelijks",
                "geen tijd | geen middelen",
                "steun leidinggevende",
                "leidinggevende",
                "conversie",
                2.5,
                new Percent("40"),
                new Percent("70"),
                "Meer offertes"
            },
            {"R-31", null, null, PROGRAMME, null, 3, null, "Ondersteuning", 2, null, null, null, null, null, null}
        }));

        ImportRecord preview = imports.preview("survey-responses", file, "enquete.xlsx", "analyst");
        assertThat(imports.problems(preview.id())).isEmpty();
        imports.commit(preview.id(), false, "analyst");

        assertSame(
                responses.find(programmeId, "R-31").orElseThrow(),
                new SurveyResponse(
                        programmeId,
                        "R-31",
                        Optional.of(spring),
                        Optional.of(bram.id()),
                        RespondentRole.MANAGER,
                        3,
                        Optional.of(LocalDate.of(2025, 6, 2)),
                        List.of(new Rating("Ondersteuning", 2), new Rating("Toepasbaarheid", 4)),
                        Optional.of(8),
                        Optional.of("Goed te doen"),
                        new Application(
                                Optional.of(true),
                                Optional.of("wekelijks"),
                                Optional.of("geen tijd|geen middelen"),
                                Optional.of("steun leidinggevende")),
                        Optional.of(new Estimate(
                                "conversie",
                                new BigDecimal("2.5"),
                                new BigDecimal("40"),
                                new BigDecimal("70"),
                                Optional.of("Meer offertes")))));
    }

    @Test
    void aStoredResponseKeepsItsRespondent() throws IOException {
        commit(csv("response id,employee number,programme,level,recommend", "R-1,SV-4711,Survey test programme,1,8"));

        ImportRecord unnaming = imports.preview(
                "survey-responses",
                csv("response id,anonymous,programme,level,recommend", "R-1,yes,Survey test programme,1,8"),
                "unnaming.csv",
                "analyst");
        ImportRecord reassigning = imports.preview(
                "survey-responses",
                csv("response id,employee number,programme,level,recommend", "R-1,SV-4712,Survey test programme,1,8"),
                "reassigning.csv",
                "analyst");

        String refused = "row 2, column “response id”, value “R-1”: This response is stored with its respondent: an"
                + " import cannot make it anonymous or give it to someone else.";
        assertThat(english(imports.problems(unnaming.id()))).containsExactly("unnaming.csv, " + refused);
        assertThat(english(imports.problems(reassigning.id()))).containsExactly("reassigning.csv, " + refused);
        assertThat(responses.find(programmeId, "R-1").orElseThrow().employeeId())
                .contains(anna.id());
    }

    @Test
    void erasingARespondentDeletesTheirResponsesAndKeepsAnonymousOnes() throws IOException {
        commit(csv(
                "response id,employee number,anonymous,programme,level,item,rating,comment",
                "R-1,SV-4711,,Survey test programme,1,Relevance,4,Mine",
                "R-2,SV-4711,yes,Survey test programme,1,Relevance,2,Nobody's"));

        erasure.erase(ACTOR, anna.id());

        assertThat(responses.find(programmeId, "R-1")).isEmpty();
        assertThat(responses.find(programmeId, "R-2")).isPresent();
        assertThat(jdbc.sql("select count(*) from survey_rating")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from import_change")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @AfterEach
    void clear() {
        jdbc.sql("delete from survey_rating").update();
        jdbc.sql("delete from survey_response").update();
        jdbc.sql("delete from import_change").update();
        jdbc.sql("delete from import_problem").update();
        jdbc.sql("delete from import_record").update();
        jdbc.sql("delete from programme_change where changed_by = ?")
                .param(ACTOR)
                .update();
        String ours = "(select id from programme where name = '" + PROGRAMME + "')";
        jdbc.sql("delete from cohort where programme_id in " + ours).update();
        jdbc.sql("delete from programme where id in " + ours).update();
        jdbc.sql("delete from app_user where username = ?").param(ACTOR).update();
        String people = "(select id from employee where pseudonym in ('P-SURVEY0A', 'P-SURVEY0B'))";
        jdbc.sql("delete from employee_period where employee_id in " + people).update();
        jdbc.sql("delete from employee where id in " + people).update();
        jdbc.sql("delete from org_unit where code = 'SV-TEAM'").update();
        jdbc.sql("delete from erasure where erased_by = ?").param(ACTOR).update();
    }

    /** Cells of these tables that hold either employee's number, email or pseudonym, ignoring case. */
    private List<String> personalTexts(String... tables) {
        List<String> personal = List.of(
                "sv-4711",
                "sv-4712",
                "anna.survey@voorbeeld.nl",
                "bram.survey@voorbeeld.nl",
                "p-survey0a",
                "p-survey0b");
        List<String> hits = new ArrayList<>();
        for (String table : tables) {
            for (Map<String, Object> row :
                    jdbc.sql("select * from " + table).query().listOfRows()) {
                row.forEach((column, value) -> {
                    String text = String.valueOf(value).toLowerCase(Locale.ROOT);
                    personal.stream()
                            .filter(text::contains)
                            .forEach(found -> hits.add(table + "." + column + ": " + found));
                });
            }
        }
        return hits;
    }

    private ImportRecord commit(Path file) {
        ImportRecord preview =
                imports.preview("survey-responses", file, file.getFileName().toString(), "analyst");
        return imports.commit(preview.id(), false, "analyst");
    }

    private long storedRows() {
        return jdbc.sql("select count(*) from survey_response")
                .query(Long.class)
                .single();
    }

    private static void assertSame(SurveyResponse actual, SurveyResponse expected) {
        assertThat(actual)
                .usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(expected);
    }

    private static List<String> english(List<TableProblem> problems) {
        return problems.stream()
                .map(problem -> problem.message(messages(), Locale.ENGLISH))
                .toList();
    }

    private Path csv(String... lines) throws IOException {
        Path file = Files.createTempFile(folder, "survey", ".csv");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private static MessageSource messages() {
        return Languages.messages();
    }

    private long owner() {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into app_user (username, display_name, password_hash, enabled, created_at)"
                        + " values (?, 'Survey test', '{noop}unused', true, ?)")
                .params(ACTOR, OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private static ProgrammeDetails programme(long owner) {
        return new ProgrammeDetails(
                PROGRAMME,
                ProgrammeType.SALES,
                Optional.empty(),
                owner,
                Optional.empty(),
                ProgrammeStatus.RUNNING,
                Optional.empty(),
                DeliveryMode.BLENDED,
                false,
                Optional.empty(),
                Optional.empty(),
                3,
                Set.of());
    }

    private static CohortDetails cohort(String name, LocalDate start) {
        return new CohortDetails(
                name, start, start.plusWeeks(6), DeliveryMode.CLASSROOM, Optional.empty(), Locale.ENGLISH);
    }

    private static NewEmployee hire(String pseudonym, String number, String email, OrgUnit team) {
        return new NewEmployee(
                pseudonym,
                Optional.of(number),
                Optional.of(email),
                START.minusYears(2),
                new EmployeeAttributes(
                        team.id(),
                        "B",
                        Optional.empty(),
                        Money.of("42000", "EUR"),
                        BigDecimal.ONE,
                        new BigDecimal("36")));
    }
}
