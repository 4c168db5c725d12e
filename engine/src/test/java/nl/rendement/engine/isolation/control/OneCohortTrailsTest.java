package nl.rendement.engine.isolation.control;

import static nl.rendement.engine.measures.Direction.HIGHER_IS_BETTER;
import static nl.rendement.engine.measures.Direction.LOWER_IS_BETTER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.trail.Fact;
import nl.rendement.engine.trail.Step;
import org.junit.jupiter.api.Test;

/**
 * A group of one cohort is evaluated exactly as before cohorts existed: the trails of the fixtures,
 * every step with every fact and its type, equal {@code src/test/resources/control/one-cohort-trails.txt},
 * written by the engine before cohorts were added (rewrite with {@code
 * -Drendement.samples.write=true} only for an intended change of the single-cohort trail).
 */
class OneCohortTrailsTest {

    private static final Path FILE = Path.of("src/test/resources/control/one-cohort-trails.txt");

    private final ControlGroupIsolation isolation = ControlGroupIsolation.withDefaults(5);

    @Test
    void oneCohortGivesTheTrailsOfBeforeCohorts() throws IOException {
        String trails = trails(fixtures());
        if (Boolean.getBoolean("rendement.samples.write")) {
            Files.writeString(FILE, trails, StandardCharsets.UTF_8);
        }

        assertThat(trails).isEqualTo(Files.readString(FILE, StandardCharsets.UTF_8));
    }

    @Test
    void aNamedSingleCohortIsOneCohort() {
        Map<String, GivenControlGroup> named = new LinkedHashMap<>();
        fixtures().forEach((name, group) -> named.put(name, inCohort(group, "2025-01")));

        assertThat(trails(named)).isEqualTo(trails(fixtures()));
    }

    private static GivenControlGroup inCohort(GivenControlGroup group, String cohort) {
        return new GivenControlGroup(
                group.description(),
                inCohort(group.trained(), cohort),
                inCohort(group.control(), cohort),
                group.basis(),
                group.trainedWithoutData());
    }

    private static List<PersonChange> inCohort(List<PersonChange> people, String cohort) {
        return people.stream()
                .map(person -> PersonChange.of(person.person(), cohort, person.preValue(), person.post()))
                .toList();
    }

    static Map<String, GivenControlGroup> fixtures() {
        GivenControlGroup a = Fixtures.salesA(0);
        Map<String, GivenControlGroup> fixtures = new LinkedHashMap<>();
        fixtures.put("A", a);
        fixtures.put("A, 3 without data", Fixtures.salesA(3));
        fixtures.put("B", Fixtures.higherStartB());
        fixtures.put("C", Fixtures.errorsC());
        fixtures.put("D random", Fixtures.randomD(true));
        fixtures.put("D changes", Fixtures.randomD(false));
        fixtures.put("E", Fixtures.fourTrainedE());
        fixtures.put(
                "one trained", new GivenControlGroup("one trained", a.trained().subList(0, 1), a.control(), false, 7));
        fixtures.put("no control", new GivenControlGroup("no control", a.trained(), List.of(), false, 0));
        fixtures.put(
                "no variation",
                new GivenControlGroup(
                        "everyone +2 or +5",
                        Fixtures.people("t", new double[] {10, 12, 14}, new double[] {15, 17, 19}),
                        Fixtures.people("c", new double[] {11, 13, 15}, new double[] {13, 15, 17}),
                        false,
                        0));
        fixtures.put(
                "no pre-period variation",
                new GivenControlGroup(
                        "a KPI that started at zero",
                        Fixtures.people("t", new double[] {0, 0, 0, 0, 0}, new double[] {5, 7, 6, 9, 8}),
                        Fixtures.people("c", new double[] {0, 0, 0, 0, 0}, new double[] {2, 3, 1, 4, 2}),
                        false,
                        0));
        return fixtures;
    }

    String trails(Map<String, GivenControlGroup> fixtures) {
        StringBuilder text = new StringBuilder();
        fixtures.forEach((name, group) -> {
            for (Direction direction : List.of(HIGHER_IS_BETTER, LOWER_IS_BETTER)) {
                text.append("== ").append(name).append(' ').append(direction).append('\n');
                isolation.isolate(group, direction).trail().steps().forEach(step -> text.append(line(step)));
            }
        });
        return text.toString();
    }

    private static String line(Step step) {
        return step.code()
                + step.facts().stream().map(OneCohortTrailsTest::fact).collect(Collectors.joining(" ", " ", "\n"));
    }

    private static String fact(Fact fact) {
        return fact.name() + "=" + fact.value() + ":" + fact.value().getClass().getSimpleName();
    }
}
