package nl.rendement.app.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rendement.app.evaluation.EvaluateCommand;
import nl.rendement.app.people.Erasure;
import nl.rendement.app.plan.EvaluationPlans;
import nl.rendement.app.plan.PlanSection;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's programmes evaluated from their stored plans and data: pages never run the engine
 * (a counting engine double), the worker makes one result version per programme, the version's
 * own files give the same result through {@code evaluate --json}, unchanged inputs make no new
 * version, and a plan edit and its undo make versions whose figures follow the plan exactly.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class DemoRunsContract {

    @MockitoSpyBean
    EvaluationEngine engine;

    @Autowired
    RunWorker worker;

    @Autowired
    Runs runs;

    @Autowired
    EvaluationPlans plans;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    MockMvc mvc;

    @Autowired
    Erasure erasure;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void evaluatesEveryPlanInTheBackgroundAsEvaluateWould(@TempDir Path folder) throws Exception {
        List<Long> programmes =
                catalogue.all().stream().map(ProgrammeSummary::id).toList();
        assertThat(programmes).isNotEmpty();
        for (long programme : programmes) {
            assertThat(runs.of(programme))
                    .singleElement()
                    .satisfies(run -> assertThat(run.state()).isEqualTo(RunState.QUEUED));
        }

        for (String page : List.of("/programmes", "/programmes/" + programmes.get(0), "/portfolio", "/data")) {
            mvc.perform(get(page).with(user(accounts.loadUserByUsername("director"))))
                    .andExpect(status().isOk());
        }
        verify(engine, never()).evaluate(any());

        List<Run> done = drain();

        assertThat(done).hasSize(programmes.size()).allSatisfy(run -> {
            assertThat(run.error()).isEmpty();
            assertThat(run.state()).isEqualTo(RunState.DONE);
            assertThat(run.version()).contains(1);
            assertThat(run.fingerprint())
                    .hasValueSatisfying(hash -> assertThat(hash).matches("[0-9a-f]{64}"));
        });
        Set<String> personKpis =
                Set.copyOf(jdbc.sql("select distinct d.code from kpi_definition d join kpi_observation o"
                                + " on o.kpi_id = d.id where o.employee_id is not null")
                        .query(String.class)
                        .list());
        for (long programme : programmes) {
            Runs.Version version = runs.current(programme).orElseThrow();
            assertThat(JsonMapper.shared()
                            .readTree(version.result())
                            .get("format")
                            .asString())
                    .isEqualTo("rendement-evaluation-result/2");
            assertThat(evaluateJson(runs.files(version.run().id()), folder.resolve("p" + programme)))
                    .isEqualTo(version.result());
            JsonNode result = JsonMapper.shared().readTree(version.result());
            assertThat(result.get("levels").get("learning"))
                    .as("programme %d: its two skill tests", programme)
                    .hasSize(2);
            for (String level : List.of("efficiency", "reaction", "application")) {
                assertThat(result.get("levels").get(level).isObject())
                        .as("programme %d level %s", programme, level)
                        .isTrue();
            }
            List<String> personLevel = plans.of(programme).orElseThrow().plan().measureCodes().stream()
                    .filter(personKpis::contains)
                    .toList();
            assertThat(result.get("series").propertyNames())
                    .as("programme %d: a series per person-level measure", programme)
                    .containsExactlyInAnyOrderElementsOf(personLevel);
            result.get("series")
                    .forEach(series -> assertThat(series.get("kind").asString())
                            .as("programme %d series %s", programme, series.get("measure"))
                            .isNotEqualTo("none"));
        }

        clearInvocations(engine);
        runs.request(programmes.get(0), "test: nothing changed", "director");
        Run unchanged = worker.runNext().orElseThrow();
        assertThat(unchanged.state()).isEqualTo(RunState.DONE);
        assertThat(unchanged.version()).isEmpty();
        assertThat(unchanged.fingerprint())
                .isEqualTo(runs.current(programmes.get(0)).orElseThrow().run().fingerprint());

        long programme = programmes.get(0);
        Runs.Version first = runs.current(programme).orElseThrow();
        plans.edit(
                "director",
                programme,
                1,
                PlanSection.HORIZON,
                JsonMapper.shared().readTree("{\"months\": 24, \"justification\": \"Twee jaar effect\"}"),
                "Langere horizon");
        Run edited = worker.runNext().orElseThrow();
        assertThat(edited.version()).contains(2);
        assertThat(edited.planRevision()).contains(2);
        assertThat(edited.fingerprint()).isNotEqualTo(first.run().fingerprint());
        assertThat(runs.current(programme).orElseThrow().result()).isNotEqualTo(first.result());

        plans.undo("director", programme, 2, "Toch een jaar");
        Run undone = worker.runNext().orElseThrow();
        assertThat(undone.version()).contains(3);
        assertThat(undone.fingerprint()).isEqualTo(first.run().fingerprint());
        assertThat(runs.current(programme).orElseThrow().result()).isEqualTo(first.result());
        assertThat(runs.version(programme, 1).orElseThrow().result()).isEqualTo(first.result());

        Runs.Version frozen = runs.freeze(programme, 1, "Bestuur, Q2 2026", "director");
        assertThat(frozen.run().frozen()).hasValueSatisfying(label -> {
            assertThat(label.label()).isEqualTo("Bestuur, Q2 2026");
            assertThat(label.by()).isEqualTo("director");
        });
        assertThatThrownBy(() -> runs.freeze(programme, 1, "Opnieuw", "director"))
                .isInstanceOfSatisfying(
                        RunRejected.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("run.error.frozen"));
        assertThatThrownBy(() -> runs.freeze(programme, 2, "  ", "director"))
                .isInstanceOfSatisfying(
                        RunRejected.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("run.error.label"));
        assertThat(runs.version(programme, 2).orElseThrow().run().frozen()).isEmpty();
        assertThatThrownBy(() -> runs.freeze(programme, 99, "Bestaat niet", "director"))
                .isInstanceOfSatisfying(
                        RunRejected.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("run.error.noVersion"));
        assertThat(runs.changedSince(programme)).hasValueSatisfying(since -> {
            assertThat(since.frozen().number()).isEqualTo(1);
            assertThat(since.current().number()).isEqualTo(3);
            assertThat(since.changes()).isEmpty();
        });
        plans.edit(
                "director",
                programme,
                3,
                PlanSection.HORIZON,
                JsonMapper.shared().readTree("{\"months\": 24, \"justification\": \"Twee jaar effect\"}"),
                "Toch twee jaar");
        assertThat(worker.runNext().orElseThrow().version()).contains(4);
        assertThat(runs.changedSince(programme)).hasValueSatisfying(since -> {
            assertThat(since.frozen().number()).isEqualTo(1);
            assertThat(since.current().number()).isEqualTo(4);
            assertThat(since.changes())
                    .extracting(VersionChanges.FigureChange::figure)
                    .contains("costs");
        });

        // Pseudonyms are drawn at random, so the participant is chosen by what the test needs: one who
        // answered this programme's surveys, so that their responses must leave every version too.
        List<String> participants = runs.files(first.run().id())
                .text(BundleBuilder.PARTICIPANTS)
                .lines()
                .skip(1)
                .map(line -> line.split(",")[0])
                .toList();
        String participant = participants.stream()
                .filter(pseudonym ->
                        jdbc.sql("select count(*) from survey_response r join employee e on e.id = r.employee_id"
                                                + " where e.pseudonym = ? and r.programme_id = ?")
                                        .params(pseudonym, programme)
                                        .query(Long.class)
                                        .single()
                                > 0)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no participant of the programme answered its surveys"));
        long employee = jdbc.sql("select id from employee where pseudonym = ?")
                .param(participant)
                .query(Long.class)
                .single();
        List<String> responses = jdbc.sql(
                        "select response_key from survey_response where employee_id = ? and programme_id = ?")
                .params(employee, programme)
                .query(String.class)
                .list();
        assertThat(responses).as("the erased participant answered surveys").isNotEmpty();
        String before = runs.files(first.run().id()).files().values().stream()
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .collect(Collectors.joining());
        assertThat(responses).anySatisfy(key -> assertThat(before).contains("\n" + key + ","));
        erasure.erase("director", employee);

        for (Runs.Version version : runs.versions(programme)) {
            assertThat(version.run().erasedRows())
                    .as("version " + version.number())
                    .isPositive();
            assertThat(version.run().erasedAt()).isPresent();
            runs.files(version.run().id())
                    .files()
                    .forEach((name, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8))
                            .as(name)
                            .doesNotContain(participant)
                            .doesNotContain(responses.stream()
                                    .map(key -> "\n" + key + ",")
                                    .toList()));
            assertThat(version.result()).doesNotContain(participant);
            assertThat(runs.version(programme, version.number()).orElseThrow().result())
                    .as("version %d as the pages read it, kept from before the erasure", version.number())
                    .isEqualTo(version.result());
        }
        Runs.Version reported = runs.version(programme, 1).orElseThrow();
        assertThat(VersionChanges.between(first.result(), reported.result())).isEmpty();
        assertThat(reported.run().frozen()).isPresent();

        comparesOnlyWithinThePlansUnits(programmes.get(1));
    }

    /** Limiting the comparison to Verkoop (D01): every control person was in it or one of its teams. */
    private void comparesOnlyWithinThePlansUnits(long programme) {
        int revision = plans.of(programme).orElseThrow().revision();
        String kpi = plans.of(programme).orElseThrow().plan().measureCodes().get(0);
        String table = "control-" + kpi + ".csv";
        Set<String> before = controlPeople(runs.current(programme).orElseThrow(), table);
        plans.edit(
                "director",
                programme,
                revision,
                PlanSection.COMPARISON,
                JsonMapper.shared()
                        .readTree("{\"trained\": \"COMPLETERS\", \"units\": [\"D01\"], \"description\": \"Verkoop\"}"),
                "Alleen Verkoop vergelijken");
        worker.runNext().orElseThrow();
        Set<String> after = controlPeople(runs.current(programme).orElseThrow(), table);
        Set<String> inVerkoop = Set.copyOf(jdbc.sql("select distinct e.pseudonym from employee e"
                        + " join employee_period p on p.employee_id = e.id join org_unit u on u.id = p.unit_id"
                        + " left join org_unit d on d.id = u.parent_id where u.code = 'D01' or d.code = 'D01'")
                .query(String.class)
                .list());
        assertThat(after).isNotEmpty().isSubsetOf(inVerkoop);
        assertThat(before).hasSizeGreaterThan(after.size());
    }

    private Set<String> controlPeople(Runs.Version version, String table) {
        return runs.files(version.run().id())
                .text(table)
                .lines()
                .filter(line -> line.contains(",control,"))
                .map(line -> line.split(",")[0])
                .collect(Collectors.toSet());
    }

    private List<Run> drain() {
        List<Run> done = new ArrayList<>();
        for (Optional<Run> run = worker.runNext(); run.isPresent(); run = worker.runNext()) {
            done.add(run.get());
        }
        return done;
    }

    /** What {@code evaluate --json} prints for the bundle's files, without the line end. */
    private static String evaluateJson(EvaluationBundle bundle, Path folder) throws Exception {
        java.nio.file.Files.createDirectories(folder);
        Path file = bundle.writeTo(folder);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = EvaluateCommand.run(
                List.of("--json", file.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8).stripTrailing();
    }
}
