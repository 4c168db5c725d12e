package nl.rendement.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rendement.app.evaluation.run.RunWorker;
import nl.rendement.app.evaluation.run.Runs;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.EmployeeAttributes;
import nl.rendement.app.people.EmployeePeriod;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.people.UnitReach;
import nl.rendement.app.plan.EvaluationPlans;
import nl.rendement.app.programme.Programme;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeType;
import nl.rendement.engine.isolation.estimate.EstimateSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A demo start brings the generated organisation in through the importers, as the director: every
 * unit, every period of every person, every exit, the programmes and the evaluation data.
 */
@SpringBootTest
abstract class DemoLoadContract {

    @Autowired
    Employees employees;

    @Autowired
    OrgUnits units;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    EvaluationPlans plans;

    @Autowired
    RunWorker worker;

    @Autowired
    Runs runs;

    @Test
    void storesTheGeneratedOrganisationsUnitsPeopleAndProgrammes() {
        DemoOrganisation expected = smallDemo();

        assertThat(units.all())
                .extracting(unit -> unit.code())
                .containsExactlyInAnyOrderElementsOf(expected.units().stream()
                        .map(DemoOrganisation.Unit::code)
                        .toList());
        assertThat(count("employee")).isEqualTo(expected.people().size());
        assertThat(count("employee_period"))
                .isEqualTo(expected.people().stream()
                        .mapToInt(p -> p.periods().size())
                        .sum());
        assertThat(count("programme")).isEqualTo(expected.programmes().size());
        assertThat(count("cohort"))
                .isEqualTo(expected.programmes().stream()
                        .mapToInt(p -> p.cohorts().size())
                        .sum());
        assertThat(count("participant"))
                .isEqualTo(expected.programmes().stream()
                        .flatMap(p -> p.cohorts().stream())
                        .mapToInt(c -> c.enrolments().size())
                        .sum());
        assertThat(jdbc.sql("select count(*) from participant where status = 'completed'")
                        .query(Integer.class)
                        .single())
                .isEqualTo((int) expected.programmes().stream()
                        .flatMap(p -> p.cohorts().stream())
                        .flatMap(c -> c.enrolments().stream())
                        .filter(e -> e.status() == nl.rendement.app.programme.ParticipantStatus.COMPLETED)
                        .count());
    }

    @Test
    void plansEveryProgrammesEvaluationFromTheLibrary() {
        DemoOrganisation expected = smallDemo();

        for (DemoOrganisation.Programme demo : expected.programmes()) {
            Programme programme = catalogue.byName(demo.name()).orElseThrow();
            EvaluationPlans.StoredPlan stored = plans.of(programme.id()).orElseThrow();
            assertThat(stored.revision()).as(demo.name()).isEqualTo(1);
            assertThat(stored.plan().measureCodes())
                    .as(demo.name())
                    .isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(DemoKpis.DEFINITIONS.stream()
                            .filter(kpi -> List.of(kpi.programmeTypes().split("\\|"))
                                    .contains(demo.type().code()))
                            .map(DemoKpis.Definition::code)
                            .toList());
            assertThat(stored.plan().horizon().months())
                    .as(demo.name())
                    .isEqualTo(demo.type() == ProgrammeType.ONBOARDING ? 6 : 12);
            assertThat(stored.plan().measures())
                    .allSatisfy(measure -> assertThat(measure.estimateSources())
                            .containsExactly(
                                    demo.type() == ProgrammeType.COMPLIANCE
                                            ? EstimateSource.MANAGER
                                            : EstimateSource.PARTICIPANT));
            assertThat(plans.revisions(programme.id())).singleElement().satisfies(created -> {
                assertThat(created.changedBy()).isEqualTo(DemoLoader.OWNER);
                assertThat(created.reason()).isEqualTo(DemoEvaluationPlans.REASON);
            });
        }
    }

    /**
     * Where the engine gives a figure, it is the hand calculation's (docs/demo-data.md), to the cent:
     * the fully loaded costs of every programme counted over a year, the estimate-based benefit,
     * and the given control group's benefit. Known differences, left for the next slice of issue 9
     * and listed here so that they cannot grow unnoticed: onboarding counts six months (the engine
     * then counts half a yearly cost, the hand calculation all of it, and its benefit a year is
     * twice the hand calculation's six months); project work's hand calculation keeps cohorts with
     * a single person in a group, which the engine leaves out (on the small demo only).
     * Compliance's incidents are compared per team, as the hand calculation does. A candidate
     * without a value of a unit has no figure to compare; one the engine finds not credible has its
     * figure beside its reasons.
     */
    @Test
    void evaluatesEveryProgrammeAsTheHandCalculationDoes() {
        Set<String> costsDiffer = Set.of("onboarding");
        Set<String> controlDiffers = Set.of("other");
        List<DemoHandCalculation.Result> hand =
                new DemoHandCalculation(DemoCsv.files(smallDemo()), YearMonth.parse(DemoSpec.LAST_MONTH)).results();
        while (worker.runNext().isPresent()) {
            // every programme's first run
        }
        int compared = 0;
        for (DemoHandCalculation.Result expected : hand) {
            Programme programme = catalogue.byName(expected.programme()).orElseThrow();
            String type = programme.details().type().code();
            JsonNode result = JsonMapper.shared()
                    .readTree(runs.current(programme.id()).orElseThrow().result());
            JsonNode measure = java.util.stream.StreamSupport.stream(
                            result.get("measures").spliterator(), false)
                    .filter(node -> node.get("id").asString().equals(expected.kpi()))
                    .findFirst()
                    .orElseThrow();
            List<JsonNode> candidates = new java.util.ArrayList<>();
            if (!measure.get("headline").isNull()) {
                candidates.add(measure.get("headline"));
            }
            measure.get("alternatives").forEach(candidates::add);
            if (!costsDiffer.contains(type)) {
                assertThat(amount(result.get("costs").get("total")))
                        .as(expected.programme() + " costs")
                        .isCloseTo(expected.costs(), org.assertj.core.data.Offset.offset(0.01));
                compared++;
            }
            Optional<Double> estimated = benefit(candidates, "ESTIMATE");
            if (estimated.isPresent()) {
                assertThat(estimated.get())
                        .as(expected.programme() + " estimates")
                        .isCloseTo(expected.estimates().benefit(), org.assertj.core.data.Offset.offset(0.01));
                compared++;
            }
            Optional<Double> controlled = benefit(candidates, "CONTROL");
            if (controlled.isPresent() && !controlDiffers.contains(type)) {
                // The hand calculation counts new hires' benefit over the six months of the horizon;
                // the engine's figure is a year's, of which the ROI counts those six months.
                double annual = type.equals("onboarding") ? expected.benefit() * 12 / 6 : expected.benefit();
                assertThat(controlled.get())
                        .as(expected.programme() + " control group")
                        .isCloseTo(annual, org.assertj.core.data.Offset.offset(0.01));
                compared++;
            }
        }
        assertThat(compared).as("figures compared").isGreaterThanOrEqualTo(12);
    }

    private static Optional<Double> benefit(List<JsonNode> candidates, String method) {
        return candidates.stream()
                .filter(candidate -> candidate.get("method").asString().contains(method))
                .filter(candidate -> !candidate.get("annualBenefit").isNull())
                .map(candidate -> amount(candidate.get("annualBenefit")))
                .findFirst();
    }

    private static double amount(JsonNode traced) {
        return Double.parseDouble(traced.get("value").get("amount").asString());
    }

    @Test
    void storesEveryGeneratedPersonsHistoryExactly() {
        DemoOrganisation expected = smallDemo();
        Map<Long, String> unitCodes = units.all().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::code));
        Map<Long, String> numbers = employees.all().stream()
                .collect(Collectors.toMap(Employee::id, e -> e.employeeNumber().orElseThrow()));

        for (DemoOrganisation.Person person : expected.people()) {
            Employee stored =
                    employees.byEmployeeNumber(person.employeeNumber()).orElseThrow();
            assertThat(stored.email()).contains(person.email());
            assertThat(stored.hireDate()).isEqualTo(person.hireDate());
            assertThat(stored.exit()).isEqualTo(person.exit());
            assertThat(employees.history(stored.id(), UnitReach.EVERY_UNIT).stream()
                            .map(period -> stored(period, unitCodes, numbers))
                            .toList())
                    .as(person.employeeNumber())
                    .containsExactlyElementsOf(generated(person));
        }
    }

    @Test
    void importsThePeopleAndProgrammesAsTheDirectorInTheirOrder() {
        DemoOrganisation expected = smallDemo();
        List<String> files = DemoFile.peopleAndProgrammes(expected).stream()
                .map(DemoFile::name)
                .toList();

        List<String> imported = jdbc.sql(
                        "select file_name, uploaded_by, state, rows_with_problems from import_record" + " order by id")
                .query((rs, n) -> rs.getString("file_name") + " " + rs.getString("uploaded_by") + " "
                        + rs.getString("state") + " " + rs.getInt("rows_with_problems"))
                .list();

        assertThat(imported.subList(0, files.size()))
                .containsExactlyElementsOf(files.stream()
                        .map(name -> name + " director committed 0")
                        .toList());
        assertThat(jdbc.sql("select count(distinct learner_id) from employee_learner_id")
                        .query(Integer.class)
                        .single())
                .isEqualTo(jdbc.sql("select count(distinct employee_id) from participant")
                        .query(Integer.class)
                        .single());
        assertThat(jdbc.sql("select p.name, p.status, p.target_population, u.username from programme p"
                                + " join app_user u on u.id = p.owner_id order by p.id")
                        .query((rs, n) -> List.of(
                                rs.getString("name"),
                                rs.getString("status"),
                                rs.getString("target_population"),
                                rs.getString("username")))
                        .list())
                .containsExactlyElementsOf(expected.programmes().stream()
                        .map(programme -> List.of(
                                programme.name(),
                                DemoProgrammeFiles.status(programme).code(),
                                programme.selection(),
                                DemoLoader.OWNER))
                        .toList());
    }

    /** A stored period as from, until, unit code, job group, manager's number, salary, FTE and hours. */
    private static List<String> stored(EmployeePeriod period, Map<Long, String> unitCodes, Map<Long, String> numbers) {
        EmployeeAttributes attributes = period.attributes();
        return List.of(
                period.validFrom().toString(),
                period.validTo().map(Object::toString).orElse(""),
                unitCodes.get(attributes.unitId()),
                attributes.jobGroup(),
                attributes.managerId().map(numbers::get).orElse(""),
                plain(attributes.annualSalary().amount()),
                attributes.annualSalary().currency().getCurrencyCode(),
                plain(attributes.fte()),
                plain(attributes.contractHours()));
    }

    /** The generated periods in the same form, each lasting until the next one or the day after the exit. */
    private static List<List<String>> generated(DemoOrganisation.Person person) {
        List<DemoOrganisation.Period> periods = person.periods();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            DemoOrganisation.Period period = periods.get(i);
            String until = i + 1 < periods.size()
                    ? periods.get(i + 1).from().toString()
                    : person.exit()
                            .map(exit -> exit.lastDay().plusDays(1).toString())
                            .orElse("");
            rows.add(List.of(
                    period.from().toString(),
                    until,
                    period.unitCode(),
                    period.jobGroup(),
                    period.managerNumber().orElse(""),
                    plain(period.annualSalary()),
                    "EUR",
                    plain(period.fte()),
                    plain(period.contractHours())));
        }
        return rows;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static DemoOrganisation smallDemo() {
        return DemoGenerator.generate(
                new DemoSpec(DemoSpec.SEED, DemoSpec.DemoSize.SMALL, YearMonth.parse(DemoSpec.LAST_MONTH)));
    }

    @Test
    void bringsTheCostLedgerTheEmployeeSurveyAndTheTestsInThroughTheImportersAsTheDirector() {
        DemoOrganisation expected = DemoGenerator.generate(
                new DemoSpec(DemoSpec.SEED, DemoSpec.DemoSize.SMALL, YearMonth.parse(DemoSpec.LAST_MONTH)));
        long ledgerLines = new String(DemoCostLedger.csv(expected), java.nio.charset.StandardCharsets.UTF_8)
                        .lines()
                        .count()
                - 1;

        assertThat(count("cost_line")).isEqualTo((int) ledgerLines);
        assertThat(jdbc.sql("select kind, file_name, uploaded_by, state, rows_read, rows_with_problems"
                                + " from import_record where kind = 'cost-lines'")
                        .query((rs, n) -> rs.getString("file_name") + " " + rs.getString("uploaded_by") + " "
                                + rs.getString("state") + " " + rs.getInt("rows_read") + " "
                                + rs.getInt("rows_with_problems"))
                        .list())
                .containsExactly("demo-cost-lines.csv director committed " + ledgerLines + " 0");
        long engagementRows = new String(DemoEngagement.csv(expected), java.nio.charset.StandardCharsets.UTF_8)
                        .lines()
                        .count()
                - 1;
        assertThat(count("engagement_score")).isEqualTo((int) engagementRows);
        long assessmentRows = new String(DemoAssessments.csv(expected), java.nio.charset.StandardCharsets.UTF_8)
                        .lines()
                        .count()
                - 1;
        assertThat(count("assessment")).isEqualTo((int) assessmentRows);
        assertThat(jdbc.sql(
                                "select count(*) from import_record where kind in ('engagement', 'assessments') and state = 'committed'"
                                        + " and uploaded_by = 'director' and rows_with_problems = 0")
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        long observations = DemoKpis.observations(expected).values().stream()
                .mapToLong(file -> new String(file, java.nio.charset.StandardCharsets.UTF_8)
                                .lines()
                                .count()
                        - 1)
                .sum();
        assertThat(count("kpi_definition")).isEqualTo(DemoKpis.DEFINITIONS.size());
        assertThat(jdbc.sql(
                                "select k.value_per_unit, k.value_currency, k.value_technique, k.value_year, t.programme_type"
                                        + " from kpi_definition k join kpi_programme_type t on t.kpi_id = k.id where k.code = 'revenue'")
                        .query((rs, n) ->
                                rs.getBigDecimal(1).stripTrailingZeros().toPlainString() + " " + rs.getString(2) + " "
                                        + rs.getString(3) + " " + rs.getInt(4) + " " + rs.getString(5))
                        .list())
                .as("the KPI library: revenue is a sales KPI worth its contribution margin")
                .containsExactly("0.3 EUR output_as_contribution 2025 sales");
        assertThat(jdbc.sql("select count(*) from kpi_definition where value_per_unit is null")
                        .query(Integer.class)
                        .single())
                .as("conversion and the absence frequency and duration are not converted")
                .isEqualTo(3);
        assertThat(count("kpi_observation")).isEqualTo((int) observations);
        assertThat(jdbc.sql("select count(*) from import_record where kind = 'kpi-observations' and state = 'committed'"
                                + " and uploaded_by = 'director' and rows_with_problems = 0")
                        .query(Integer.class)
                        .single())
                .isEqualTo(DemoKpis.DEFINITIONS.size());
        assertThat(jdbc.sql("select count(*) from exchange_rate where currency = 'USD' and reporting_currency = 'EUR'")
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    @Test
    void bringsTheSurveyResponsesInWholeWithTheWellbeingReactionsAnonymous() {
        DemoOrganisation expected = DemoGenerator.generate(
                new DemoSpec(DemoSpec.SEED, DemoSpec.DemoSize.SMALL, YearMonth.parse(DemoSpec.LAST_MONTH)));
        java.util.List<DemoSurveys.Response> responses = DemoSurveys.responses(expected);

        assertThat(count("survey_response")).isEqualTo(responses.size());
        assertThat(jdbc.sql("select count(*) from survey_response where anonymous")
                        .query(Integer.class)
                        .single())
                .isEqualTo((int) responses.stream()
                        .filter(DemoSurveys.Response::anonymous)
                        .count());
        assertThat(jdbc.sql("select count(*) from survey_response where improvement is not null and basis is null")
                        .query(Integer.class)
                        .single())
                .isEqualTo((int) responses.stream()
                        .filter(response -> response.estimate()
                                .filter(estimate -> estimate.plant() == DemoSurveys.Plant.WITHOUT_BASIS)
                                .isPresent())
                        .count());
        assertThat(jdbc.sql("select count(*) from import_record where kind = 'survey-responses' and state = 'committed'"
                                + " and uploaded_by = 'director' and rows_with_problems = 0")
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    private int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
