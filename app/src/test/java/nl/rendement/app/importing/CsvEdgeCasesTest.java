package nl.rendement.app.importing;

import static nl.rendement.app.importing.CsvReadingTest.HOURS;
import static nl.rendement.app.importing.CsvReadingTest.NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reader's paths the main CSV tests leave out: broken quoting, one column, a style tie, a failing callback. */
class CsvEdgeCasesTest {

    @TempDir
    Path folder;

    @Test
    void reportsAnUnclosedQuoteInsteadOfReadingOn() throws IOException {
        Path file = write("Naam;Uren\n\"Ada;1,5\nBob;2\n");

        TableResult result = TabularReader.of(TableSchema.of(NAME, HOURS)).read(file, "open.csv");

        assertThat(result).isInstanceOf(TableResult.Problems.class);
        assertThat(((TableResult.Problems) result).problems().shown())
                .allSatisfy(problem -> assertThat(problem.file()).isEqualTo("open.csv"))
                .isNotEmpty();
    }

    @Test
    void reportsAnUnclosedQuoteInTheLastColumnInsteadOfSwallowingTheRowsAfterIt() throws IOException {
        Path file = write("Naam;Uren;Notitie\nAda;1,5;\"begin\nBob;2;\n");

        TableResult result = TabularReader.of(TableSchema.of(NAME, HOURS)).read(file, "open.csv");

        assertThat(result).isInstanceOf(TableResult.Problems.class);
        assertThat(((TableResult.Problems) result).problems().shown())
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.reason()).isEqualTo("importing.problem.malformedCsv");
                    assertThat(problem.row()).isZero();
                });
    }

    @Test
    void reportsACellBeyondTheHeaderInsteadOfDroppingItAndLetsTrailingSeparatorsBe() throws IOException {
        Path file = write("Naam;Uren;\nAda;1,5;;\nBob;2;;7,5\nZo;3;\n");

        TableResult result = TabularReader.of(TableSchema.of(NAME, HOURS)).read(file, "wide.csv");

        assertThat(result).isInstanceOf(TableResult.Problems.class);
        assertThat(((TableResult.Problems) result).problems().shown())
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.reason()).isEqualTo("importing.problem.beyondHeader");
                    assertThat(problem.row()).isEqualTo(3);
                    assertThat(problem.column()).isEqualTo("4");
                    assertThat(problem.value()).isEqualTo("7,5");
                });
    }

    @Test
    void readsExcelsUnicodeTextUtf16WithItsByteOrderMarkAndTabs() throws IOException {
        Path file = folder.resolve("unicode.txt");
        Files.write(file, "\uFEFFNaam\tUren\nZo\u00eb\t1,5\nBob\t2\n".getBytes(StandardCharsets.UTF_16LE));

        TableResult result = TabularReader.of(TableSchema.of(NAME, HOURS)).read(file, "unicode.txt");

        assertThat(result).isInstanceOf(TableResult.Rows.class);
        assertThat(((TableResult.Rows) result).rows())
                .extracting(row -> row.text(NAME).orElseThrow() + " "
                        + row.decimal(HOURS).orElseThrow().toPlainString())
                .containsExactly("Zo\u00eb 1.5", "Bob 2");
    }

    @Test
    void readsBigEndianUtf16WithItsByteOrderMark() throws IOException {
        Path file = folder.resolve("big.csv");
        Files.write(file, "\uFEFFNaam;Uren\nZo\u00eb;1,5\n".getBytes(StandardCharsets.UTF_16BE));

        TableResult result = TabularReader.of(TableSchema.of(NAME, HOURS)).read(file, "big.csv");

        assertThat(result).isInstanceOf(TableResult.Rows.class);
        assertThat(((TableResult.Rows) result).rows())
                .extracting(row -> row.text(NAME).orElseThrow())
                .containsExactly("Zo\u00eb");
    }

    @Test
    void refusesUtf16WithoutItsByteOrderMarkWithAMessageThatSaysSo() throws IOException {
        Path file = folder.resolve("no-mark.csv");
        Files.write(file, "Naam;Uren\nBob;2\n".getBytes(StandardCharsets.UTF_16LE));

        TableResult result = TabularReader.of(TableSchema.of(NAME, HOURS)).read(file, "no-mark.csv");

        assertThat(result).isInstanceOf(TableResult.Problems.class);
        assertThat(((TableResult.Problems) result).problems().shown())
                .singleElement()
                .satisfies(problem -> assertThat(problem.reason()).isEqualTo("importing.problem.nulBytes"));
    }

    @Test
    void readsAFileOfOneColumnWhoseHeaderHasNoDelimiter() throws IOException {
        Path file = write("Uren\n1,5\n2\n");

        TableResult result = TabularReader.of(TableSchema.of(HOURS)).read(file, "one.csv");

        assertThat(result).isInstanceOf(TableResult.Rows.class);
        assertThat(((TableResult.Rows) result).rows())
                .extracting(row -> row.decimal(HOURS).orElseThrow().toPlainString())
                .containsExactly("1.5", "2");
    }

    @Test
    void reportsAHeaderWithBothDelimitersAndBrokenQuotingAsMalformed() throws IOException {
        // the header holds ; and , so both splits are tried; text after a closing quote breaks both (found by fuzzing)
        Path file = write("\"Naam\"x;Uren,Score\nAda;1,5\n");

        TableResult result = TabularReader.of(TableSchema.of(NAME, HOURS)).read(file, "broken.csv");

        assertThat(CsvReadingTest.problems(result))
                .singleElement()
                .satisfies(problem -> assertThat(problem.reason()).isEqualTo("importing.problem.malformedCsv"));
    }

    @Test
    void refusesBytesThatAreNeitherUtf8NorWindows1252() throws IOException {
        // 0x8D is not UTF-8 on its own, and Windows-1252 leaves it undefined (found by fuzzing)
        Path file = folder.resolve("upload.tmp");
        Files.write(
                file, new byte[] {'N', 'a', 'a', 'm', ';', 'U', 'r', 'e', 'n', '\n', 'A', (byte) 0x8D, ';', '1', '\n'});

        TableResult result = TabularReader.of(TableSchema.of(NAME, HOURS)).read(file, "binary.csv");

        assertThat(CsvReadingTest.problems(result)).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo("importing.problem.notText");
            assertThat(problem.row()).isZero();
        });
    }

    @Test
    void aColumnWithAsManyDutchAsEnglishValuesFollowsTheDeclaredStyleOrIsUndecidable() throws IOException {
        // "1.234,5" reads only as Dutch, "1,234.5" only as English: one of each is a tie.
        Path file = write("Naam;Uren\nAda;\"1.234,5\"\nBob;\"1,234.5\"\n");

        TableResult undecided = TabularReader.of(TableSchema.of(NAME, HOURS)).read(file, "tie.csv");
        TableResult dutch = TabularReader.of(TableSchema.of(NAME, HOURS))
                .with(Conventions.dutch())
                .read(file, "tie.csv");

        assertThat(undecided).isInstanceOf(TableResult.Problems.class);
        assertThat(((TableResult.Problems) undecided).problems().shown())
                .extracting(TableProblem::reason, TableProblem::column, TableProblem::arguments)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "importing.problem.tiedNumbers", "", List.of("Uren", "1.234,5", "1,234.5")));
        // Declared Dutch: Ada's value reads, Bob's is in the other style and is reported at its cell (row 3).
        assertThat(dutch).isInstanceOf(TableResult.Problems.class);
        assertThat(((TableResult.Problems) dutch).problems().shown())
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.row()).isEqualTo(3);
                    assertThat(problem.value()).isEqualTo("1,234.5");
                });
    }

    @Test
    void aFailingCallbackStopsTheReadAndItsFailureReachesTheCaller() throws IOException {
        Path file = write("Naam;Uren\nAda;1\nBob;2\nCas;3\n");
        List<String> seen = new ArrayList<>();

        assertThatThrownBy(() -> TabularReader.of(TableSchema.of(NAME, HOURS)).readEach(file, "stop.csv", row -> {
                    seen.add(row.text(NAME).orElseThrow());
                    if (seen.size() == 2) {
                        throw new IllegalStateException("the caller's own failure");
                    }
                }))
                .hasMessageContaining("the caller's own failure");
        assertThat(seen).containsExactly("Ada", "Bob");
    }

    private Path write(String content) throws IOException {
        return Files.write(folder.resolve("data.csv"), content.getBytes(StandardCharsets.UTF_8));
    }
}
