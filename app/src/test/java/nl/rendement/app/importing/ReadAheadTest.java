package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading ahead in a second thread hands on what reading in the caller's thread would, and stops cleanly. */
class ReadAheadTest {

    private static final Column ID = Column.required("Employee", "Medewerker", ColumnType.INTEGER);
    private static final Column HOURS = Column.required("Hours", "Uren", ColumnType.DECIMAL);
    private static final TabularReader READER = TabularReader.of(TableSchema.of(ID, HOURS));

    @TempDir
    Path folder;

    @Test
    void handsOnEveryRowInFileOrderAsReadingInTheCallersThreadDoes() throws IOException {
        Path file = file(25_500, -1);
        List<Row> direct = new ArrayList<>();
        List<Row> ahead = new ArrayList<>();

        TableProblems directProblems = READER.readEach(file, "hours.csv", direct::add);
        int[] counted = {-1};
        long[] bytesRead = {-1};
        TableProblems aheadProblems = ReadAhead.readEach(
                READER,
                file,
                "hours.csv",
                (phase, done, total) -> bytesRead[0] = done,
                rows -> counted[0] = rows,
                ahead::add);

        assertThat(counted[0]).isEqualTo(25_500);
        assertThat(bytesRead[0]).as("the first pass tells its bytes").isEqualTo(Files.size(file));
        assertThat(aheadProblems.isEmpty()).isTrue();
        assertThat(directProblems.isEmpty()).isTrue();
        assertThat(ahead).hasSize(25_500).isEqualTo(direct);
        assertThat(ahead.get(0).number()).isEqualTo(2);
        assertThat(ahead.get(25_499).integer(ID)).contains(25_500L);
    }

    @Test
    void aFileWithAProblemGivesTheSameProblemsAndStopsHandingOnRows() throws IOException {
        Path file = file(5_000, 3_000);
        List<Row> direct = new ArrayList<>();
        List<Row> ahead = new ArrayList<>();

        TableProblems directProblems = READER.readEach(file, "hours.csv", direct::add);
        TableProblems aheadProblems =
                ReadAhead.readEach(READER, file, "hours.csv", ImportProgress.none(), counted -> {}, ahead::add);

        assertThat(aheadProblems.shown()).isNotEmpty().isEqualTo(directProblems.shown());
        assertThat(aheadProblems.shown().get(0).row()).isEqualTo(3_001);
        assertThat(ahead).isEqualTo(direct);
    }

    @Test
    void aFailureOfTheTakerReachesTheCallerAndTheReadingStops() throws IOException {
        Path file = file(200_000, -1);
        int[] taken = {0};

        assertTimeoutPreemptively(
                Duration.ofSeconds(30),
                () -> assertThatThrownBy(() -> ReadAhead.readEach(
                                READER, file, "hours.csv", ImportProgress.none(), counted -> {}, row -> {
                                    if (++taken[0] == 1_500) {
                                        throw new IllegalStateException("the store refused");
                                    }
                                }))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage("the store refused"));
        assertThat(taken[0]).isEqualTo(1_500);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            while (Thread.getAllStackTraces().keySet().stream()
                    .anyMatch(thread -> thread.getName().equals("import-reader"))) {
                Thread.sleep(20);
            }
        });
    }

    /** A file of {@code rows} rows; the row at {@code wrongAt} (1-based, -1 for none) has hours that are no number. */
    private Path file(int rows, int wrongAt) throws IOException {
        Path file = folder.resolve("hours-" + rows + "-" + wrongAt + ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("Medewerker;Uren\n");
            for (int i = 1; i <= rows; i++) {
                out.write(i + ";" + (i == wrongAt ? "many" : (i % 10) + ",5") + "\n");
            }
        }
        return file;
    }
}
