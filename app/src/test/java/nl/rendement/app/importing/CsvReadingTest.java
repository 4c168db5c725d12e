package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.rendement.app.importing.Conventions.DateOrder;
import nl.rendement.app.importing.Conventions.NumberStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadingTest {

    static final Column NAME = Column.required("Name", "Naam", ColumnType.TEXT);
    static final Column HOURS = Column.required("Hours", "Uren", ColumnType.DECIMAL);
    static final Column START = Column.optional("Start", "Begindatum", ColumnType.DATE);

    @TempDir
    Path folder;

    private Path file(String name, String content, Charset charset) throws IOException {
        return Files.write(folder.resolve(name), content.getBytes(charset));
    }

    private Path file(String content) throws IOException {
        return file("data.csv", content, StandardCharsets.UTF_8);
    }

    static List<Row> rows(TableResult result) {
        assertThat(result).isInstanceOf(TableResult.Rows.class);
        return ((TableResult.Rows) result).rows();
    }

    static List<TableProblem> problems(TableResult result) {
        assertThat(result).isInstanceOf(TableResult.Problems.class);
        return ((TableResult.Problems) result).problems().shown();
    }

    private static TableResult read(Path file, Column... columns) {
        return TabularReader.of(TableSchema.of(columns)).read(file, "data.csv");
    }

    @Test
    void readsTheSameTextFromUtf8Utf8WithBomAndWindows1252() throws IOException {
        String content = "Naam;Uren\nRené Brontë;1,5\nZoë € 10;2\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path utf8 = file("utf8.csv", content, StandardCharsets.UTF_8);
        Path windows = file("windows.csv", content, Charset.forName("windows-1252"));
        Path withBom = folder.resolve("bom.csv");
        Files.write(withBom, bom);
        Files.write(withBom, content.getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);

        for (Path file : List.of(utf8, withBom, windows)) {
            List<Row> rows = rows(read(file, NAME, HOURS));
            assertThat(rows).extracting(row -> row.text(NAME).orElseThrow()).containsExactly("René Brontë", "Zoë € 10");
            assertThat(rows.get(0).decimal(HOURS)).contains(new BigDecimal("1.5"));
        }
    }

    @Test
    void detectsTheDelimiterFromTheHeader() throws IOException {
        assertThat(rows(read(file("Name,Hours\nAda,\"1,234.5\"\n"), NAME, HOURS))
                        .get(0)
                        .decimal(HOURS))
                .contains(new BigDecimal("1234.5"));
        assertThat(rows(read(file("Naam;Uren\nAda;1.234,5\n"), NAME, HOURS))
                        .get(0)
                        .decimal(HOURS))
                .contains(new BigDecimal("1234.5"));
    }

    @Test
    void choosesTheSplitThatFindsTheColumnsWhenTheHeaderHasBoth() throws IOException {
        Column costs = Column.required("Costs, excl. VAT", "Kosten, excl. btw", ColumnType.DECIMAL);

        List<Row> rows = rows(read(file("Naam;Kosten, excl. btw\nAda;12,50\n"), NAME, costs));

        assertThat(rows.get(0).decimal(costs)).contains(new BigDecimal("12.50"));
    }

    @Test
    void refusesAHeaderWithoutADecidableDelimiter() throws IOException {
        List<TableProblem> problems = problems(read(file("Naam Uren\nAda 1\n"), NAME, HOURS));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isZero();
            assertThat(problem.reason()).isEqualTo("importing.problem.undecidableDelimiter");
        });
    }

    @Test
    void readsQuotedFieldsWithDelimitersAndNewlinesAndCountsRowsAsASpreadsheetDoes() throws IOException {
        Path file = file("Naam;Uren\n\"Jansen; A.\";1\n\"Regel een\nregel twee\";2\nPiet;x\n");

        TableProblems problems = TabularReader.of(TableSchema.of(NAME, HOURS)).readEach(file, "data.csv", row -> {});
        List<Row> rows = rows(read(file("Naam;Uren\n\"Jansen; A.\";1\n\"Regel een\nregel twee\";2\n"), NAME, HOURS));

        assertThat(rows)
                .extracting(row -> row.text(NAME).orElseThrow())
                .containsExactly("Jansen; A.", "Regel een\nregel twee");
        assertThat(problems.shown()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo("Uren");
            assertThat(problem.value()).isEqualTo("x");
        });
    }

    @Test
    void matchesHeadersIgnoringCaseAccentsAndSpaceInEitherLanguage() throws IOException {
        Column category = Column.required("Category", "Categorie", ColumnType.TEXT);

        List<Row> rows = rows(read(file("  CATÉGORIE ; hours ;Extra\nA;1;ignored\n"), category, HOURS));

        assertThat(rows.get(0).text(category)).contains("A");
    }

    @Test
    void namesAMissingRequiredColumn() throws IOException {
        List<TableProblem> problems = problems(read(file("Naam;Begindatum\nAda;01-02-2025\n"), NAME, HOURS, START));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo("importing.problem.missingColumn");
            assertThat(problem.arguments()).containsExactly("Hours", "Uren");
        });
    }

    @Test
    void leavesAnAbsentOptionalColumnEmpty() throws IOException {
        assertThat(rows(read(file("Naam;Uren\nAda;3\n"), NAME, HOURS, START))
                        .get(0)
                        .date(START))
                .isEmpty();
    }

    @Test
    void readsDutchAndEnglishNumberColumnsSideBySide() throws IOException {
        Column dutch = Column.required("Dutch", "Nederlands", ColumnType.DECIMAL);
        Column english = Column.required("English", "Engels", ColumnType.DECIMAL);
        Column count = Column.required("Count", "Aantal", ColumnType.INTEGER);

        List<Row> rows = rows(read(
                file("Dutch;English;Count\n1.234;1,234;1.000.000\n2,5;2.5;12\n-1.000.000,25;-1,000,000.25;7\n"),
                dutch,
                english,
                count));

        assertThat(rows)
                .extracting(row -> row.decimal(dutch).orElseThrow())
                .containsExactly(new BigDecimal("1234"), new BigDecimal("2.5"), new BigDecimal("-1000000.25"));
        assertThat(rows)
                .extracting(row -> row.decimal(english).orElseThrow())
                .containsExactly(new BigDecimal("1234"), new BigDecimal("2.5"), new BigDecimal("-1000000.25"));
        assertThat(rows).extracting(row -> row.integer(count).orElseThrow()).containsExactly(1_000_000L, 12L, 7L);
    }

    @Test
    void refusesAColumnWhoseEveryValueReadsBothWays() throws IOException {
        List<TableProblem> problems = problems(read(file("Naam;Uren\nAda;1,234\nPiet;12,500\n"), NAME, HOURS));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo("importing.problem.undecidableNumbers");
            assertThat(problem.arguments()).containsExactly("Uren", "1,234");
        });
    }

    @Test
    void readsAnUndecidableColumnAsTheDeclaredConventionSays() throws IOException {
        Path file = file("Naam;Uren\nAda;1,234\n");

        TableResult dutch = TabularReader.of(TableSchema.of(NAME, HOURS))
                .with(Conventions.none().withNumbers(NumberStyle.DUTCH))
                .read(file, "data.csv");
        TableResult english = TabularReader.of(TableSchema.of(NAME, HOURS))
                .with(Conventions.none().withNumbers(NumberStyle.ENGLISH))
                .read(file, "data.csv");

        assertThat(rows(dutch).get(0).decimal(HOURS)).contains(new BigDecimal("1.234"));
        assertThat(rows(english).get(0).decimal(HOURS)).contains(new BigDecimal("1234"));
    }

    @Test
    void reportsAValueContradictingItsColumnsStyleAtItsCell() throws IOException {
        List<TableProblem> problems =
                problems(read(file("Naam;Uren\nAda;1,5\nPiet;2,25\nKees;3.5\nJan;4\n"), NAME, HOURS));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo("Uren");
            assertThat(problem.value()).isEqualTo("3.5");
            assertThat(problem.reason()).isEqualTo("importing.problem.notDutchNumber");
        });
    }

    @Test
    void readsDatesDayFirstWhenAValueShowsIt() throws IOException {
        List<Row> rows =
                rows(read(file("Naam;Uren;Begindatum\nAda;1;03-04-2025\nPiet;1;25/12/2025\n"), NAME, HOURS, START));

        assertThat(rows)
                .extracting(row -> row.date(START).orElseThrow())
                .containsExactly(LocalDate.of(2025, 4, 3), LocalDate.of(2025, 12, 25));
    }

    @Test
    void readsDatesMonthFirstWhenAValueShowsIt() throws IOException {
        List<Row> rows = rows(read(
                file("Naam;Uren;Begindatum\nAda;1;03-04-2025\nPiet;1;12-25-2025\nKees;1;2025/01/31\n"),
                NAME,
                HOURS,
                START));

        assertThat(rows)
                .extracting(row -> row.date(START).orElseThrow())
                .containsExactly(LocalDate.of(2025, 3, 4), LocalDate.of(2025, 12, 25), LocalDate.of(2025, 1, 31));
    }

    @Test
    void refusesAFileWhoseDatesAreAmbiguousUnlessItsConventionIsDeclared() throws IOException {
        Path file = file("Naam;Uren;Begindatum\nAda;1;03-04-2025\n");

        List<TableProblem> problems = problems(read(file, NAME, HOURS, START));
        TableResult declared = TabularReader.of(TableSchema.of(NAME, HOURS, START))
                .with(Conventions.dutch())
                .read(file, "data.csv");
        TableResult monthFirst = TabularReader.of(TableSchema.of(NAME, HOURS, START))
                .with(Conventions.none().withDates(DateOrder.MONTH_DAY))
                .read(file, "data.csv");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo("importing.problem.ambiguousDates");
            assertThat(problem.arguments()).containsExactly("03-04-2025");
        });
        assertThat(rows(declared).get(0).date(START)).contains(LocalDate.of(2025, 4, 3));
        assertThat(rows(monthFirst).get(0).date(START)).contains(LocalDate.of(2025, 3, 4));
    }

    @Test
    void refusesAFileWithDatesInBothOrders() throws IOException {
        List<TableProblem> problems =
                problems(read(file("Naam;Uren;Begindatum\nAda;1;25-12-2025\nPiet;1;12-25-2025\n"), NAME, HOURS, START));

        assertThat(problems)
                .singleElement()
                .extracting(TableProblem::reason)
                .isEqualTo("importing.problem.mixedDateOrder");
    }

    @Test
    void collectsEveryProblemUpToTheCapAndCountsTheRest() throws IOException {
        StringBuilder content = new StringBuilder("Naam;Uren\n");
        for (int i = 0; i < 130; i++) {
            content.append(";x\n");
        }

        TableProblems problems =
                TabularReader.of(TableSchema.of(NAME, HOURS)).readEach(file(content.toString()), "data.csv", row -> {});

        assertThat(problems.shown()).hasSize(TableProblems.CAP);
        assertThat(problems.total()).isEqualTo(260);
        assertThat(problems.shown().get(0).reason()).isEqualTo("importing.problem.required");
    }

    @Test
    void tellsNowAndThenHowManyOfTheFilesBytesTheFirstPassHasReadUpToItsSize() throws IOException {
        StringBuilder content = new StringBuilder("Naam;Uren\n");
        for (int i = 1; i <= 200_000; i++) {
            content.append("Medewerker ").append(i).append(";1,5\n");
        }
        Path file = file(content.toString());
        long size = Files.size(file);
        record Told(ImportProgress.Phase phase, long done, long total) {}
        List<Told> told = new ArrayList<>();
        int[] toldBeforeCounted = {-1};
        int[] rows = {0};

        TableProblems problems = TabularReader.of(TableSchema.of(NAME, HOURS))
                .readEach(
                        file,
                        "data.csv",
                        (phase, done, total) -> told.add(new Told(phase, done, total)),
                        counted -> toldBeforeCounted[0] = told.size(),
                        row -> rows[0]++);

        assertThat(problems.isEmpty()).isTrue();
        assertThat(rows[0]).isEqualTo(200_000);
        assertThat(size).isGreaterThan(4 * CsvSource.TELL_EVERY);
        assertThat(told).hasSizeGreaterThanOrEqualTo(4).allSatisfy(each -> {
            assertThat(each.phase()).isEqualTo(ImportProgress.Phase.READING);
            assertThat(each.total()).isEqualTo(size);
            assertThat(each.done()).isPositive().isLessThanOrEqualTo(size);
        });
        assertThat(told).extracting(Told::done).isSorted().doesNotHaveDuplicates();
        assertThat(told.get(told.size() - 1).done()).isEqualTo(size);
        assertThat(toldBeforeCounted[0])
                .as("only the first pass tells its bytes, before the rows are counted")
                .isEqualTo(told.size());
    }

    @Test
    void readsBooleansAndPercentagesInEitherLanguage() throws IOException {
        Column done = Column.required("Done", "Klaar", ColumnType.BOOLEAN);
        Column score = Column.required("Score", "Score", ColumnType.PERCENTAGE);

        List<Row> rows = rows(read(file("Klaar;Score\nja;72,5 %\nNo;80%\n"), done, score));

        assertThat(rows).extracting(row -> row.bool(done).orElseThrow()).containsExactly(true, false);
        assertThat(rows)
                .extracting(row -> row.decimal(score).orElseThrow())
                .containsExactly(new BigDecimal("72.5"), new BigDecimal("80"));
    }
}
