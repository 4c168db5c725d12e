package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import nl.rendement.app.importing.formats.KpiFormats;
import nl.rendement.app.importing.formats.Language;
import nl.rendement.app.importing.formats.Templates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A large export, on every supported database (subclasses pick it): a team's daily KPI values
 * (200,000 by default; {@code -Drendement.export.rows=1000000} in the test JVM's arguments for a
 * million) go out as CSV and as XLSX whole, every row and value, and the XLSX reads back through
 * the streaming reader. On PostgreSQL, which keeps the rows outside the JVM, a small heap
 * ({@code -Xmx256m}) shows that neither export holds them.
 */
@SpringBootTest
abstract class ExportVolumeContract {

    static final int ROWS = Integer.getInteger("rendement.export.rows", 200_000);
    static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    static final BigDecimal FOUR = BigDecimal.valueOf(4);
    static final int BATCH = 5_000;

    @Autowired
    DataExports exports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @TempDir
    Path folder;

    @BeforeEach
    void aTeamsDailyValues() {
        KpiTables.clear(jdbc);
        jdbc.sql("insert into org_unit (code, name, kind, valid_from) values ('KPI-VOLUME', 'Volume', 'team', ?)")
                .param(FIRST)
                .update();
        jdbc.sql("insert into kpi_definition (code, name, unit, direction, aggregation, period)"
                        + " values ('volume', 'Volume', 'pieces', 'higher_is_better', 'sum', 'day')")
                .update();
        long kpi = jdbc.sql("select id from kpi_definition where code = 'volume'")
                .query(Long.class)
                .single();
        long team = jdbc.sql("select id from org_unit where code = 'KPI-VOLUME'")
                .query(Long.class)
                .single();
        List<Object[]> rows = new ArrayList<>();
        for (int day = 1; day <= ROWS; day++) {
            rows.add(new Object[] {
                kpi, team, FIRST.plusDays(day - 1L), BigDecimal.valueOf(day).divide(FOUR)
            });
            if (rows.size() == BATCH || day == ROWS) {
                jdbcTemplate.batchUpdate(
                        "insert into kpi_observation (kpi_id, unit_id, period_start, kpi_value) values (?, ?, ?, ?)",
                        rows);
                rows.clear();
            }
        }
    }

    @AfterEach
    void clear() {
        KpiTables.clear(jdbc);
    }

    @Test
    void exportsEveryRowAsCsvAndAsXlsx() throws IOException {
        LineCounter csv = new LineCounter();
        long started = System.nanoTime();
        exports.write("kpi-observations", request(), Templates.FileType.CSV, csv);
        long csvMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(csv.lines.get()).isEqualTo(ROWS + 1L);

        Path xlsx = folder.resolve("kpi-observations.xlsx");
        started = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            exports.write("kpi-observations", request(), Templates.FileType.XLSX, out);
        }
        long xlsxMillis = (System.nanoTime() - started) / 1_000_000;
        AtomicLong rows = new AtomicLong();
        AtomicReference<BigDecimal> sum = new AtomicReference<>(BigDecimal.ZERO);
        TableProblems problems = TabularReader.of(KpiFormats.KPI_OBSERVATIONS.schema())
                .readEach(xlsx, "kpi-observations.xlsx", row -> {
                    rows.incrementAndGet();
                    sum.accumulateAndGet(row.decimal(KpiFormats.VALUE).orElseThrow(), BigDecimal::add);
                });

        assertThat(problems.isEmpty()).isTrue();
        assertThat(rows.get()).isEqualTo(ROWS);
        assertThat(sum.get())
                .isEqualByComparingTo(
                        BigDecimal.valueOf((long) ROWS * (ROWS + 1), 0).divide(BigDecimal.valueOf(8)));
        System.out.printf(
                "Exported %d KPI rows: CSV %d ms, XLSX %d ms (%d bytes)%n",
                ROWS, csvMillis, xlsxMillis, Files.size(xlsx));
    }

    private static ExportRequest request() {
        return new ExportRequest(ExportReach.EVERYTHING, LocalDate.now(), Language.ENGLISH);
    }

    /** Counts the lines written, keeping none of them. */
    private static final class LineCounter extends OutputStream {

        final AtomicLong lines = new AtomicLong();

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines.incrementAndGet();
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            for (int index = offset; index < offset + length; index++) {
                write(bytes[index]);
            }
        }
    }
}
