package nl.rendement.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import nl.rendement.app.people.EmployeePeriod;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.people.UnitReach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A demo start loads the generated organisation, every period of every person, into the stores. */
@SpringBootTest
abstract class DemoLoadContract {

    @Autowired
    Employees employees;

    @Autowired
    OrgUnits units;

    @Autowired
    JdbcClient jdbc;

    @Test
    void storesTheGeneratedOrganisationExactly() {
        DemoOrganisation expected = DemoGenerator.generate(
                new DemoSpec(DemoSpec.SEED, DemoSpec.DemoSize.SMALL, YearMonth.parse(DemoSpec.LAST_MONTH)));

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
        for (DemoOrganisation.Person person : expected.people()) {
            var stored = employees.byEmployeeNumber(person.employeeNumber()).orElseThrow();
            assertThat(stored.pseudonym()).isEqualTo(person.pseudonym());
            assertThat(stored.hireDate()).isEqualTo(person.hireDate());
            assertThat(stored.exit()).isEqualTo(person.exit());
            assertThat(employees.history(stored.id(), UnitReach.EVERY_UNIT))
                    .extracting(
                            EmployeePeriod::validFrom,
                            period -> period.attributes().jobGroup(),
                            period ->
                                    period.attributes().annualSalary().amount().toPlainString())
                    .containsExactlyElementsOf(person.periods().stream()
                            .map(period -> org.assertj.core.groups.Tuple.tuple(
                                    period.from(),
                                    period.jobGroup(),
                                    period.annualSalary().toPlainString()))
                            .toList());
        }
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
