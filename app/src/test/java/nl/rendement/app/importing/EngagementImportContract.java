package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import nl.rendement.app.organisation.Organisation;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.people.UnitKind;
import nl.rendement.app.survey.ScorePeriod;
import nl.rendement.app.survey.TeamScore;
import nl.rendement.app.survey.TeamScores;
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
 * Importing teams' engagement and happiness through the service the upload page uses, on every
 * supported database (subclasses pick it): preview, commit, the same file again, a correction
 * kept with its old scores, undo, small groups, and every kind of bad row.
 */
@SpringBootTest
abstract class EngagementImportContract {

    static final String HEADER = "team,period start,period,engagement,happiness,scale maximum,respondents";
    static final LocalDate APRIL = LocalDate.of(2025, 4, 1);

    @Autowired
    Imports imports;

    @Autowired
    TeamScores scores;

    @Autowired
    OrgUnits units;

    @Autowired
    Organisation organisation;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    OrgUnit sales;
    OrgUnit care;

    @BeforeEach
    void twoTeams() {
        clear();
        sales = units.add("EN-SALES", "Sales", UnitKind.TEAM, Optional.empty(), LocalDate.of(2020, 1, 1));
        care = units.add("EN-CARE", "Care", UnitKind.TEAM, Optional.empty(), LocalDate.of(2020, 1, 1));
    }

    @Test
    void aPreviewChangesNothingAndACommitStoresEveryTeamsScores() throws IOException {
        Path file = csv(HEADER, "EN-SALES,2025-04-01,quarter,7.4,6.8,10,12", "EN-CARE,2025-04-01,kwartaal,71,,100,2");

        ImportRecord preview = imports.preview("engagement", file, "engagement.csv", "analyst");

        assertThat(preview.rowsRead()).isEqualTo(2);
        assertThat(imports.problems(preview.id())).isEmpty();
        assertThat(imports.changes(preview.id())).isEqualTo(new Imports.Changes(2, 0, 0));
        assertThat(english(imports.notices(preview.id())))
                .containsExactly("engagement.csv, row 3, column “respondents”, value “2”: Fewer respondents than the"
                        + " minimum group size of " + organisation.settings().anonymityThreshold()
                        + ": these scores are stored, but not shown.");
        assertThat(storedRows()).isZero();

        imports.commit(preview.id(), false, "analyst");

        assertThat(scores.find(sales.id(), APRIL, ScorePeriod.QUARTER))
                .contains(new TeamScore(
                        sales.id(),
                        APRIL,
                        ScorePeriod.QUARTER,
                        Optional.of(new BigDecimal("7.4")),
                        Optional.of(new BigDecimal("6.8")),
                        BigDecimal.TEN,
                        12));
        TeamScore small = scores.find(care.id(), APRIL, ScorePeriod.QUARTER).orElseThrow();
        assertThat(small.engagement())
                .hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo("71"));
        assertThat(small.happiness()).isEmpty();
        assertThat(small.respondents()).isEqualTo(2);
    }

    @Test
    void theSameFileAgainChangesNothingAndACorrectionKeepsTheOldScoresForUndo() throws IOException {
        ImportRecord first = commit(csv(HEADER, "EN-SALES,2025-04-01,quarter,7.4,6.8,10,12"));
        TeamScore original = scores.find(sales.id(), APRIL, ScorePeriod.QUARTER).orElseThrow();

        ImportRecord again = imports.preview(
                "engagement", csv(HEADER, "EN-SALES,2025-04-01,Quarter,7.40,6.8,10.0,12"), "again.csv", "analyst");
        assertThat(imports.changes(again.id())).isEqualTo(new Imports.Changes(0, 0, 1));

        ImportRecord correction = imports.preview(
                "engagement", csv(HEADER, "EN-SALES,2025-04-01,quarter,7.9,,10,14"), "fix.csv", "analyst");
        assertThat(imports.changed(correction.id()))
                .containsExactly(new Imports.Changed(
                        2,
                        "EN-SALES / 2025-04-01 / quarter",
                        "team: EN-SALES · period start: 2025-04-01 · period: quarter · engagement: 7.4 · happiness:"
                                + " 6.8 · scale maximum: 10 · respondents: 12",
                        "team: EN-SALES · period start: 2025-04-01 · period: quarter · engagement: 7.9 · scale"
                                + " maximum: 10 · respondents: 14"));
        imports.commit(correction.id(), false, "analyst");
        assertThat(scores.find(sales.id(), APRIL, ScorePeriod.QUARTER)
                        .orElseThrow()
                        .happiness())
                .isEmpty();

        imports.undo(correction.id(), "analyst");
        assertThat(scores.find(sales.id(), APRIL, ScorePeriod.QUARTER)).contains(original);

        imports.undo(first.id(), "analyst");
        assertThat(storedRows()).isZero();
    }

    @Test
    void anUndoIsRefusedWholeWhenTheScoresChangedSince() throws IOException {
        ImportRecord first =
                commit(csv(HEADER, "EN-SALES,2025-04-01,quarter,7.4,,10,12", "EN-CARE,2025-04-01,quarter,6.1,,10,9"));
        commit(csv(HEADER, "EN-CARE,2025-04-01,quarter,6.5,,10,9"));

        assertThatThrownBy(() -> imports.undo(first.id(), "analyst"))
                .isInstanceOf(ImportRefused.class)
                .satisfies(
                        refused -> assertThat(((ImportRefused) refused).message(Languages.messages(), Locale.ENGLISH))
                                .isEqualTo("The data of row 3 changed after this import; nothing was undone."));
        assertThat(storedRows()).isEqualTo(2);
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                arguments(
                        "wrong type",
                        List.of("EN-SALES,2025-04-01,quarter,high,,10,12"),
                        "row 2, column “engagement”, value “high”: This is not a number."),
                arguments(
                        "impossible date",
                        List.of("EN-SALES,2025-02-30,quarter,7,,10,12"),
                        "row 2, column “period start”, value “2025-02-30”: This is not a date; write dd-mm-yyyy or"
                                + " yyyy-mm-dd."),
                arguments(
                        "unknown team",
                        List.of("EN-NOPE,2025-04-01,quarter,7,,10,12"),
                        "row 2, column “team”, value “EN-NOPE”: There is no org unit with the code “EN-NOPE”."),
                arguments(
                        "unknown period",
                        List.of("EN-SALES,2025-04-01,fortnight,7,,10,12"),
                        "row 2, column “period”, value “fortnight”: “fortnight” is not a period: write day, week,"
                                + " month, quarter or year (dag, week, maand, kwartaal, jaar)."),
                arguments(
                        "a scale maximum of 0",
                        List.of("EN-SALES,2025-04-01,quarter,0,,0,12"),
                        "row 2, column “scale maximum”, value “0”: The scale maximum must be more than 0."),
                arguments(
                        "no respondents",
                        List.of("EN-SALES,2025-04-01,quarter,7,,10,0"),
                        "row 2, column “respondents”, value “0”: The number of respondents is a whole number of at"
                                + " least 1."),
                arguments(
                        "a score above the scale",
                        List.of("EN-SALES,2025-04-01,quarter,11,,10,12"),
                        "row 2, column “engagement”, value “11”: A score lies between 0 and the scale maximum, 10."),
                arguments(
                        "a score below 0",
                        List.of("EN-SALES,2025-04-01,quarter,,-1,10,12"),
                        "row 2, column “happiness”, value “-1”: A score lies between 0 and the scale maximum, 10."),
                arguments(
                        "neither score",
                        List.of("EN-SALES,2025-04-01,quarter,,,10,12"),
                        "row 2, column “engagement”: This row gives neither an engagement nor a happiness score."),
                arguments(
                        "too many decimals",
                        List.of("EN-SALES,2025-04-01,quarter,7.1234567,,10,12"),
                        "row 2, column “engagement”, value “7.1234567”: Write at most 13 digits before the decimal"
                                + " point and 6 after it."),
                arguments(
                        "the same team and period twice",
                        List.of("EN-SALES,2025-04-01,quarter,7,,10,12", "EN-SALES,2025-04-01,kwartaal,8,,10,12"),
                        "row 3, column “team”, value “EN-SALES”: This team and period appear in row 2 already."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void aBadRowIsReportedExactlyAndChangesNothing(String name, List<String> rows, String problem) throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(rows);

        ImportRecord preview =
                imports.preview("engagement", csv(lines.toArray(String[]::new)), "engagement.csv", "analyst");

        assertThat(english(imports.problems(preview.id()))).contains("engagement.csv, " + problem);
        assertThatThrownBy(() -> imports.commit(preview.id(), false, "analyst")).isInstanceOf(ImportRefused.class);
        assertThat(storedRows()).isZero();
    }

    @Test
    void aDutchWorkbookIsReadLikeAnEnglishFile() throws IOException {
        Path file = folder.resolve("betrokkenheid.xlsx");
        Files.write(file, Workbooks.xlsx("Scores", new Object[][] {
            {"team", "begin periode", "periode", "betrokkenheid", "werkgeluk", "schaalmaximum", "respondenten"},
            {"EN-SALES", LocalDate.of(2025, 1, 1), "jaar", 3.9, 4.2, 5, 40},
            {"EN-CARE", LocalDate.of(2025, 5, 1), "maand", null, 61.5, 100, 8}
        }));

        ImportRecord preview = imports.preview("engagement", file, "betrokkenheid.xlsx", "analyst");
        assertThat(imports.problems(preview.id())).isEmpty();
        imports.commit(preview.id(), false, "analyst");

        assertThat(scores.find(sales.id(), LocalDate.of(2025, 1, 1), ScorePeriod.YEAR))
                .contains(new TeamScore(
                        sales.id(),
                        LocalDate.of(2025, 1, 1),
                        ScorePeriod.YEAR,
                        Optional.of(new BigDecimal("3.9")),
                        Optional.of(new BigDecimal("4.2")),
                        new BigDecimal("5"),
                        40));
        assertThat(scores.find(care.id(), LocalDate.of(2025, 5, 1), ScorePeriod.MONTH)
                        .orElseThrow()
                        .happiness())
                .hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo("61.5"));
    }

    @AfterEach
    void clear() {
        jdbc.sql("delete from engagement_score").update();
        jdbc.sql("delete from import_change").update();
        jdbc.sql("delete from import_problem").update();
        jdbc.sql("delete from import_record").update();
        jdbc.sql("delete from org_unit where code in ('EN-SALES', 'EN-CARE')").update();
    }

    private ImportRecord commit(Path file) {
        ImportRecord preview =
                imports.preview("engagement", file, file.getFileName().toString(), "analyst");
        return imports.commit(preview.id(), false, "analyst");
    }

    private long storedRows() {
        return jdbc.sql("select count(*) from engagement_score")
                .query(Long.class)
                .single();
    }

    private static List<String> english(List<TableProblem> problems) {
        return problems.stream()
                .map(problem -> problem.message(Languages.messages(), Locale.ENGLISH))
                .toList();
    }

    private Path csv(String... lines) throws IOException {
        Path file = Files.createTempFile(folder, "engagement", ".csv");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }
}
