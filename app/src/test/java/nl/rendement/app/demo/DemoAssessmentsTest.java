package nl.rendement.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.rendement.app.programme.ParticipantStatus;
import org.junit.jupiter.api.Test;

/**
 * The demo's tests carry their planted truth: per programme, the completers' mean gain from before
 * to after is the programme's planted gain, recovered from the file alone (mean of post − pre over
 * rows with both), within 0.3 point on the full demo (the clamp at 0 and 20 and rounding to halves
 * bias it a little). Everyone who started has a score before; only completers one after.
 */
class DemoAssessmentsTest {

    static final DemoOrganisation FULL = DemoGeneratorTest.FULL;

    @Test
    void everyProgrammesMeanGainIsItsPlantedGain() {
        Map<String, Double> gains = rows().stream()
                .filter(row -> !row.getField("post").isEmpty())
                .collect(Collectors.groupingBy(
                        row -> row.getField("programme"),
                        Collectors.averagingDouble(row ->
                                Double.parseDouble(row.getField("post")) - Double.parseDouble(row.getField("pre")))));

        assertThat(gains).hasSize(FULL.programmes().size());
        for (DemoOrganisation.Programme programme : FULL.programmes()) {
            assertThat(gains.get(programme.name()))
                    .as(programme.name())
                    .isCloseTo(DemoAssessments.GAIN.get(programme.type()), within(0.3));
        }
    }

    @Test
    void everyoneWhoStartedIsTestedBeforeAndOnlyCompletersAfter() {
        long started = FULL.programmes().stream()
                .flatMap(programme -> programme.cohorts().stream())
                .flatMap(cohort -> cohort.enrolments().stream())
                .filter(enrolment -> enrolment.startedOn().isPresent())
                .count();
        long completed = FULL.programmes().stream()
                .flatMap(programme -> programme.cohorts().stream())
                .flatMap(cohort -> cohort.enrolments().stream())
                .filter(enrolment -> enrolment.status() == ParticipantStatus.COMPLETED)
                .count();
        List<NamedCsvRecord> rows = rows();

        assertThat(rows).hasSize((int) (2 * started));
        assertThat(rows.stream().filter(row -> !row.getField("post").isEmpty())).hasSize((int) (2 * completed));
        assertThat(rows).allSatisfy(row -> {
            assertThat(Double.parseDouble(row.getField("pre"))).isBetween(0.0, 20.0);
            assertThat(row.getField("maximum")).isEqualTo("20");
        });
    }

    private static List<NamedCsvRecord> rows() {
        String text = new String(DemoAssessments.csv(FULL), StandardCharsets.UTF_8);
        return CsvReader.builder().fieldSeparator(';').ofNamedCsvRecord(text).stream()
                .toList();
    }
}
