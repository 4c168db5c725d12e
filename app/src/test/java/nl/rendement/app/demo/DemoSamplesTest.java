package nl.rendement.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The samples in {@code docs/samples/} are what the generator makes for the small demo with its
 * last month 2026-10, byte for byte (files about people: the rows of their first 100 people; of the
 * HR snapshots, the history's start and its first January; the survey: each programme's first four
 * responses of each kind and its planted claims), so they cannot go stale. Regenerate them with
 * {@code ./mvnw -pl app -am test -Dtest=DemoSamplesTest -Drendement.samples.write=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class DemoSamplesTest {

    static final Path SAMPLES = Path.of("../docs/samples");

    /** KPI observations are many a person (a row per KPI and month): the sample keeps its first 25 people's and every team's. */
    static final int KPI_PEOPLE = 25;

    static final DemoOrganisation SMALL =
            DemoGenerator.generate(new DemoSpec(DemoSpec.SEED, DemoSpec.DemoSize.SMALL, YearMonth.of(2026, 10)));

    @Test
    void theOrgUnitsSampleIsTheSmallDemosUnits() throws IOException {
        sample("org-units.csv", file(DemoPeopleFiles.ORG_UNITS));
    }

    @Test
    void theSnapshotSamplesAreTheSmallDemosStartAndItsFirstPayIndexation() throws IOException {
        sample(
                "hr-snapshot-2023-10-31.csv",
                firstPeople(file(DemoPeopleFiles.snapshotName(LocalDate.of(2023, 10, 31))), 100));
        sample(
                "hr-snapshot-2024-01-01.csv",
                firstPeople(file(DemoPeopleFiles.snapshotName(LocalDate.of(2024, 1, 1))), 100));
    }

    @Test
    void theLeaversSampleIsTheSmallDemosLeavers() throws IOException {
        sample("leavers.csv", firstPeople(file(DemoPeopleFiles.LEAVERS), 100));
    }

    @Test
    void theProgrammeSamplesAreTheSmallDemosProgrammesCohortsAndEnrolments() throws IOException {
        sample("programmes.csv", file(DemoProgrammeFiles.PROGRAMMES));
        sample("cohorts.csv", file(DemoProgrammeFiles.COHORTS));
        sample("enrolments.csv", firstPeople(file(DemoProgrammeFiles.ENROLMENTS), 100));
    }

    @Test
    void theCostLedgerSampleIsTheSmallDemosLedger() throws IOException {
        sample("cost-lines.csv", DemoCostLedger.csv(SMALL));
    }

    @Test
    void theEngagementSampleIsTheSmallDemosSurvey() throws IOException {
        sample("engagement.csv", DemoEngagement.csv(SMALL));
    }

    @Test
    void theAssessmentsSampleIsTheSmallDemosTests() throws IOException {
        sample("assessments.csv", firstPeople(DemoAssessments.csv(SMALL), 100));
    }

    @Test
    void theKpiSamplesAreTheSmallDemosDefinitionsAndTheObservationsOfItsFirstPeople() throws IOException {
        sample("kpi-definitions.csv", DemoKpis.definitions());
        StringBuilder observations = new StringBuilder(String.join(";", DemoKpis.OBSERVATION_HEADER)).append('\n');
        Set<String> people = new LinkedHashSet<>();
        for (byte[] file : DemoKpis.observations(SMALL).values()) {
            List<String> lines =
                    new String(file, StandardCharsets.UTF_8).lines().toList();
            for (String line : lines.subList(1, lines.size())) {
                String number = line.split(";", -1)[1];
                if (number.isEmpty() || people.contains(number) || people.size() < KPI_PEOPLE) {
                    if (!number.isEmpty()) {
                        people.add(number);
                    }
                    observations.append(line).append('\n');
                }
            }
        }
        sample("kpi-observations.csv", observations.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSurveySampleIsTheSmallDemosFirstResponsesAndPlantedClaims() throws IOException {
        Map<String, Integer> taken = new HashMap<>();
        List<DemoSurveys.Response> sample = DemoSurveys.responses(SMALL).stream()
                .filter(response -> taken.merge(response.programme() + response.prefix(), 1, Integer::sum) <= 4
                        || response.estimate()
                                .filter(e -> e.plant() != DemoSurveys.Plant.NONE)
                                .isPresent())
                .toList();
        sample("survey-responses.csv", DemoCsv.csv(writer -> {
            writer.writeRecord(DemoSurveys.HEADER);
            sample.forEach(response -> DemoSurveyRows.of(response).forEach(writer::writeRecord));
        }));
    }

    private static byte[] file(String name) {
        return DemoFile.peopleAndProgrammes(SMALL).stream()
                .filter(file -> file.name().equals(name))
                .findFirst()
                .orElseThrow()
                .content();
    }

    /** The header and the rows of the first {@code people} employee numbers (the first column) in file order. */
    private static byte[] firstPeople(byte[] csv, int people) {
        List<String> lines = new String(csv, StandardCharsets.UTF_8).lines().toList();
        Set<String> kept = new LinkedHashSet<>();
        StringBuilder sample = new StringBuilder(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            String number = line.substring(0, line.indexOf(';'));
            if (kept.contains(number) || kept.size() < people) {
                kept.add(number);
                sample.append(line).append('\n');
            }
        }
        return sample.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void sample(String name, byte[] generated) throws IOException {
        Path sample = SAMPLES.resolve(name);
        if (Boolean.getBoolean("rendement.samples.write")) {
            Files.createDirectories(SAMPLES);
            Files.write(sample, generated);
        }

        assertThat(Files.readAllBytes(sample)).isEqualTo(generated);
    }
}
