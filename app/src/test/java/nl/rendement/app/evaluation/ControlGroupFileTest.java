package nl.rendement.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.rendement.app.evaluation.EvaluationProblem.Place;
import nl.rendement.engine.isolation.control.ControlGroupBasis;
import nl.rendement.engine.isolation.control.GivenControlGroup;
import nl.rendement.engine.isolation.control.PersonChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A given control group's table with a cohort column (a person unique within a cohort) and a group
 * without a pre-period ({@code prePeriod: false}), read from an evaluation file.
 */
class ControlGroupFileTest {

    private static final String YAML = """
            programme: Order handling
            settings:
              reportingCurrency: EUR
              employerCosts: 30
              hoursWorkedPerFteYear: 1600
            participants: participants.csv
            measures:
              - id: orders
                name: Orders
                unit: orders
                direction: higher-is-better
                period: month
                isolation:
                  controlGroup:
                    description: Waves against the not yet trained
                    file: groups.csv
            costs:
              lines:
                - {id: delivery, category: delivery, amount: 1000, date: 2025-01-06}
            """;
    private static final String PARTICIPANTS = """
            id,cohort,start
            T1,2025-01,2025-01-06
            T2,2025-05,2025-05-05
            """;
    private static final String COHORTS = """
            person,group,cohort,pre,post
            T1,trained,2025-01,100,112
            C1,control,2025-01,101,104
            C1,control,2025-05,104,106
            T2,trained,2025-05,103,109
            T1,controle,2025-05,99,100
            """;

    @TempDir
    Path folder;

    @Test
    void readsAPersonOncePerCohort() throws IOException {
        GivenControlGroup group = read(YAML, COHORTS);

        assertThat(group.cohorts()).containsExactly("2025-01", "2025-05");
        assertThat(group.control())
                .extracting(PersonChange::person, PersonChange::cohort)
                .containsExactly(tuple("C1", "2025-01"), tuple("C1", "2025-05"), tuple("T1", "2025-05"));
        assertThat(group.trained()).extracting(PersonChange::cohort).containsExactly("2025-01", "2025-05");
        assertThat(group.basis()).isEqualTo(ControlGroupBasis.CHANGES);
    }

    @Test
    void withoutACohortColumnEveryoneIsInOneCohort() throws IOException {
        GivenControlGroup group = read(YAML, "person,group,pre,post\nT1,trained,100,112\nC1,control,101,104\n");

        assertThat(group.cohorts()).containsExactly(PersonChange.DEFAULT_COHORT);
    }

    @Test
    void namesAPersonTwiceInOneCohort() throws IOException {
        List<EvaluationProblem> problems = problems(YAML, COHORTS + "C1,control,2025-05,98,99\n");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.place()).isEqualTo(Place.ROW);
            assertThat(problem.position()).isEqualTo(7);
            assertThat(problem.message(bundles(), Locale.ENGLISH))
                    .isEqualTo("groups.csv, row 7, column “person”, value “C1”: “C1” is used more than once.");
            assertThat(problem.message(bundles(), Locale.forLanguageTag("nl")))
                    .isEqualTo("groups.csv, rij 7, kolom “person”, waarde “C1”: “C1” wordt meer dan eens gebruikt.");
        });
    }

    @Test
    void asksForTheCohortOfARowWhenOthersNameOne() throws IOException {
        List<EvaluationProblem> problems = problems(YAML, COHORTS + "C9,control,,98,99\n");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.message(bundles(), Locale.ENGLISH))
                    .isEqualTo("groups.csv, row 7, column “cohort”: Other rows name a cohort: name this row’s cohort"
                            + " too.");
            assertThat(problem.message(bundles(), Locale.forLanguageTag("nl")))
                    .isEqualTo("groups.csv, rij 7, kolom “cohort”: Andere rijen noemen een cohort: noem ook het cohort"
                            + " van deze rij.");
        });
    }

    @Test
    void readsNewHiresWithoutAPrePeriodColumn() throws IOException {
        GivenControlGroup group = read(
                YAML.replace("file: groups.csv", "file: groups.csv\n        prePeriod: false"),
                "person,group,cohort,post\nN1,trained,2025-03,42\nH1,control,2025-03,38\n");

        assertThat(group.basis()).isEqualTo(ControlGroupBasis.POST_MEANS_NO_PRE_PERIOD);
        assertThat(group.trained().get(0).pre()).isEmpty();
        assertThat(group.trained().get(0).post()).isEqualTo(42);
    }

    @Test
    void readsABlankPreColumnWithoutAPrePeriod() throws IOException {
        GivenControlGroup group = read(
                YAML.replace("file: groups.csv", "file: groups.csv\n        prePeriod: nee"),
                "person,group,pre,post\nN1,trained,,42\nH1,control,,38\n");

        assertThat(group.control().get(0).pre()).isEmpty();
    }

    @Test
    void refusesAPreValueWithoutAPrePeriod() throws IOException {
        List<EvaluationProblem> problems = problems(
                YAML.replace("file: groups.csv", "file: groups.csv\n        prePeriod: false"),
                "person,group,pre,post\nN1,trained,,42\nH1,control,40.5,38\n");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.message(bundles(), Locale.ENGLISH))
                    .isEqualTo("groups.csv, row 3, column “pre”, value “40.5”: Without a pre-period (prePeriod:"
                            + " false) the pre column stays blank.");
            assertThat(problem.message(bundles(), Locale.forLanguageTag("nl")))
                    .isEqualTo("groups.csv, rij 3, kolom “pre”, waarde “40.5”: Zonder voorperiode (prePeriod:"
                            + " false) blijft de kolom voor leeg.");
        });
    }

    @Test
    void refusesRandomAssignmentWithoutAPrePeriod() throws IOException {
        List<EvaluationProblem> problems = problems(
                YAML.replace(
                        "file: groups.csv", "file: groups.csv\n        randomAssignment: yes\n        prePeriod: no"),
                "person,group,post\nN1,trained,42\nH1,control,38\n");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("measures[0].isolation.controlGroup.prePeriod");
            assertThat(problem.message(bundles(), Locale.ENGLISH))
                    .isEqualTo("evaluation.yaml, line 18, field “measures[0].isolation.controlGroup.prePeriod”:"
                            + " Random assignment compares post means and checks balance on the pre-period; it"
                            + " cannot go with prePeriod: false.");
            assertThat(problem.message(bundles(), Locale.forLanguageTag("nl")))
                    .isEqualTo("evaluation.yaml, regel 18, veld “measures[0].isolation.controlGroup.prePeriod”:"
                            + " Willekeurige toewijzing vergelijkt de nametingen en toetst de balans op de"
                            + " voorperiode; dat gaat niet samen met prePeriod: false.");
        });
    }

    @Test
    void stillNeedsThePreColumnWithAPrePeriod() throws IOException {
        assertThat(problems(YAML, "person,group,post\nT1,trained,112\nC1,control,104\n"))
                .singleElement()
                .satisfies(problem -> assertThat(problem.message(bundles(), Locale.ENGLISH))
                        .isEqualTo("groups.csv: The required column “pre” is missing."));
    }

    private GivenControlGroup read(String yaml, String groups) throws IOException {
        EvaluationFileResult read = EvaluationFileReader.read(write(yaml, groups));
        assertThat(read).isInstanceOf(EvaluationFileResult.Read.class);
        return ((EvaluationFileResult.Read) read)
                .evaluation()
                .measures()
                .get(0)
                .controlGroup()
                .orElseThrow();
    }

    private List<EvaluationProblem> problems(String yaml, String groups) throws IOException {
        EvaluationFileResult read = EvaluationFileReader.read(write(yaml, groups));
        assertThat(read).isInstanceOf(EvaluationFileResult.Problems.class);
        return ((EvaluationFileResult.Problems) read).problems();
    }

    private Path write(String yaml, String groups) throws IOException {
        Files.writeString(folder.resolve("participants.csv"), PARTICIPANTS);
        Files.writeString(folder.resolve("groups.csv"), groups);
        return Files.writeString(folder.resolve("evaluation.yaml"), yaml);
    }

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
