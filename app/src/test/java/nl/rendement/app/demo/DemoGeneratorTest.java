package nl.rendement.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The demo organisation: deterministic, consistent, and with the distributions docs/demo-data.md states. */
class DemoGeneratorTest {

    static final YearMonth LAST = YearMonth.parse(DemoSpec.LAST_MONTH);
    static final DemoOrganisation FULL =
            DemoGenerator.generate(new DemoSpec(DemoSpec.SEED, DemoSpec.DemoSize.FULL, LAST));

    @Test
    void theSameSpecGivesByteIdenticalFiles() {
        Map<String, byte[]> again =
                DemoCsv.files(DemoGenerator.generate(new DemoSpec(DemoSpec.SEED, DemoSpec.DemoSize.FULL, LAST)));
        Map<String, byte[]> first = DemoCsv.files(FULL);

        List<String> names = new ArrayList<>(
                List.of("units.csv", "employees.csv", "employee_periods.csv", "programmes.csv", "participants.csv"));
        DemoFile.peopleAndProgrammes(FULL).forEach(file -> names.add(file.name()));
        names.addAll(List.of(
                "demo-cost-lines.csv",
                "demo-engagement.csv",
                "demo-assessments.csv",
                DemoSurveys.FILE_NAME,
                DemoKpis.DEFINITIONS_FILE));
        DemoKpis.DEFINITIONS.forEach(definition -> names.add(DemoKpis.fileName(definition.code())));
        assertThat(again.keySet()).containsExactlyElementsOf(names);
        first.forEach((name, bytes) -> assertThat(again.get(name)).as(name).isEqualTo(bytes));
        Map<String, byte[]> otherSeed =
                DemoCsv.files(DemoGenerator.generate(new DemoSpec(DemoSpec.SEED + 1, DemoSpec.DemoSize.FULL, LAST)));
        assertThat(otherSeed.get("employees.csv")).isNotEqualTo(first.get("employees.csv"));
        assertThat(otherSeed.get("demo-cost-lines.csv")).isNotEqualTo(first.get("demo-cost-lines.csv"));
    }

    @Test
    void theFullDemoHasTheStatedShape() {
        DemoStatistics statistics = DemoStatistics.of(FULL);

        assertThat(statistics.headcount()).isBetween(1_940, 2_060);
        assertThat(statistics.departments()).isEqualTo(8);
        assertThat(statistics.teams()).isEqualTo(40);
        assertThat(statistics.voluntaryTurnover()).isCloseTo(0.10, within(0.03));
        assertThat(statistics.totalTurnover()).isCloseTo(0.12, within(0.03));
        assertThat(statistics.medianTenureYears()).isCloseTo(6.0, within(1.0));
        assertThat(statistics.partTimeShare()).isCloseTo(0.40, within(0.05));
    }

    @Test
    void salariesCentreOnTheTargetOfEachJobGroup() {
        Map<String, Double> means = DemoStatistics.of(FULL).meanSalaryByJobGroup();

        assertThat(means.keySet())
                .containsExactlyInAnyOrder(
                        "Uitvoerend", "Administratief", "Specialist", "Teamleider", "Manager", "Directie");
        for (JobGroup group : JobGroup.values()) {
            double target = group.targetSalary.doubleValue();
            double tolerance = group == JobGroup.EXECUTIVE || group == JobGroup.MANAGER ? 0.10 : 0.05;
            assertThat(means.get(group.label)).as(group.label).isCloseTo(target, within(target * tolerance));
        }
    }

    @Test
    void everyHistoryIsConsistent() {
        Set<String> numbers = FULL.people().stream()
                .map(DemoOrganisation.Person::employeeNumber)
                .collect(Collectors.toSet());
        Set<String> units =
                FULL.units().stream().map(DemoOrganisation.Unit::code).collect(Collectors.toSet());

        assertThat(FULL.people()).allSatisfy(person -> {
            assertThat(person.periods().get(0).from()).isEqualTo(person.hireDate());
            for (int i = 1; i < person.periods().size(); i++) {
                assertThat(person.periods().get(i).from())
                        .isAfter(person.periods().get(i - 1).from());
            }
            person.exit()
                    .ifPresent(exit -> assertThat(exit.lastDay())
                            .isAfterOrEqualTo(person.periods()
                                    .get(person.periods().size() - 1)
                                    .from()));
            person.periods().forEach(period -> {
                assertThat(units).contains(period.unitCode());
                period.managerNumber().ifPresent(manager -> assertThat(numbers).contains(manager));
            });
        });
        assertThat(FULL.people())
                .extracting(DemoOrganisation.Person::employeeNumber)
                .doesNotHaveDuplicates();
    }

    @Test
    void theSmallDemoForTestsHasAboutTwoHundredPeople() {
        DemoStatistics small =
                DemoStatistics.of(DemoGenerator.generate(new DemoSpec(DemoSpec.SEED, DemoSpec.DemoSize.SMALL, LAST)));

        assertThat(small.headcount()).isBetween(190, 210);
        assertThat(small.departments()).isEqualTo(4);
        assertThat(small.teams()).isEqualTo(8);
    }
}
