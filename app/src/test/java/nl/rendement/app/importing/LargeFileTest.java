package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargeFileTest {

    private static final int ROWS = 200_000;

    @TempDir
    Path folder;

    @Test
    void streamsTwoHundredThousandRowsToACallbackThatKeepsOnlyASum() throws IOException {
        Column id = Column.required("Employee", "Medewerker", ColumnType.INTEGER);
        Column hours = Column.required("Hours", "Uren", ColumnType.DECIMAL);
        Path file = folder.resolve("large.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("Medewerker;Uren\n");
            for (int i = 1; i <= ROWS; i++) {
                out.write(i + ";" + (i % 10) + ",5\n");
            }
        }
        AtomicLong count = new AtomicLong();
        AtomicReference<BigDecimal> sum = new AtomicReference<>(BigDecimal.ZERO);

        TableProblems problems = TabularReader.of(TableSchema.of(id, hours)).readEach(file, "large.csv", row -> {
            count.incrementAndGet();
            sum.accumulateAndGet(row.decimal(hours).orElseThrow(), BigDecimal::add);
        });

        assertThat(problems.isEmpty()).isTrue();
        assertThat(count.get()).isEqualTo(ROWS);
        assertThat(sum.get()).isEqualByComparingTo(new BigDecimal(ROWS / 10 * 45 + ROWS / 2));
    }
}
