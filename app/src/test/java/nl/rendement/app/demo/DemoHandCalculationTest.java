package nl.rendement.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import nl.rendement.app.programme.ProgrammeType;
import org.junit.jupiter.api.Test;

/**
 * The hand-calculated ROI in docs/demo-data.md is what {@link DemoHandCalculation} computes from
 * the full demo's files (rewrite the table with {@code -Drendement.samples.write=true}), and where
 * no trap is planted its effects recover the planted truth.
 */
class DemoHandCalculationTest {

    static final Path DOC = Path.of("../docs/demo-data.md");
    static final String START = "<!-- hand-calculation:start -->\n";
    static final String END = "<!-- hand-calculation:end -->";

    static final List<DemoHandCalculation.Result> RESULTS =
            new DemoHandCalculation(DemoCsv.files(DemoGeneratorTest.FULL), DemoGeneratorTest.LAST).results();

    @Test
    void theDocumentedTableIsTheCalculation() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String table = DemoHandCalculation.table(RESULTS);
        if (Boolean.getBoolean("rendement.samples.write")) {
            doc = doc.substring(0, doc.indexOf(START) + START.length()) + table + doc.substring(doc.indexOf(END));
            Files.writeString(DOC, doc, StandardCharsets.UTF_8);
        }
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertThat(start).as("the table's start marker").isNotNegative();
        assertThat(end).as("the table's end marker").isGreaterThan(start);
        assertThat(doc.substring(start + START.length(), end)).isEqualTo(table);
    }

    /**
     * Without a planted trap, or with one only in levels (which comparing changes removes), the
     * given control group recovers the planted effect, within 15%: the
     * mean over the completers of evaluated cohorts of the effect in the three months after their
     * cohort's last month (k months after their own completion).
     */
    @Test
    void withoutATrapTheControlGroupRecoversThePlantedEffect() {
        Map<String, DemoHandCalculation.Result> byKpi =
                RESULTS.stream().collect(Collectors.toMap(DemoHandCalculation.Result::kpi, result -> result));
        for (ProgrammeType type : List.of(
                ProgrammeType.LEADERSHIP,
                ProgrammeType.DIGITAL_LEARNING,
                ProgrammeType.SOFT_SKILLS,
                ProgrammeType.OTHER)) {
            DemoTruth.Effect planted = DemoTruth.PROGRAMMES.get(type).effects().get(0);
            double expected = plantedInPostWindows(type, planted);
            assertThat(byKpi.get(planted.kpi()).effect())
                    .as(type.code())
                    .isCloseTo(expected, within(Math.abs(expected) * 0.15));
        }
    }

    private static double plantedInPostWindows(ProgrammeType type, DemoTruth.Effect planted) {
        return DemoGeneratorTest.FULL.programmes().stream()
                .filter(programme -> programme.type() == type)
                .flatMap(programme -> programme.cohorts().stream())
                .filter(cohort -> !YearMonth.from(cohort.end()).plusMonths(3).isAfter(DemoGeneratorTest.LAST))
                .flatMap(cohort -> cohort.enrolments().stream()
                        .filter(enrolment -> enrolment.completedOn().isPresent())
                        .map(enrolment -> LongStream.rangeClosed(1, 3)
                                .mapToDouble(month -> planted.at(ChronoUnit.MONTHS.between(
                                        YearMonth.from(enrolment.completedOn().orElseThrow()),
                                        YearMonth.from(cohort.end()).plusMonths(month))))
                                .average()
                                .orElseThrow()))
                .mapToDouble(Double::doubleValue)
                .average()
                .orElseThrow();
    }

    @Test
    void theSeasonTrapMakesTheSalesComparisonUnderstateAndLevelsDiffer() {
        DemoHandCalculation.Result sales = RESULTS.stream()
                .filter(result -> result.kpi().equals("revenue"))
                .findFirst()
                .orElseThrow();
        assertThat(sales.preSmd())
                .as("the trained sell more before: not a credible control group")
                .isGreaterThan(0.1);
        assertThat(sales.effect()).isPositive();
    }
}
