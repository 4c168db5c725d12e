package nl.rendement.app.evaluation.run;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a run reads from the store, in one query per kind: a read model over the tables the
 * importers fill, so that an evaluation sees its data as of one moment. People are named by their
 * pseudonym only.
 */
@Repository
class RunData {

    private final JdbcClient jdbc;

    RunData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A programme's participant with their cohort. */
    record Enrolment(
            long employeeId,
            String pseudonym,
            LocalDate hired,
            long cohortId,
            String cohort,
            LocalDate cohortStart,
            LocalDate cohortEnd,
            String status,
            LocalDate enrolled,
            Optional<LocalDate> started,
            Optional<LocalDate> completed,
            Optional<BigDecimal> hours) {

        boolean completedIt() {
            return status.equals("completed");
        }

        boolean startedIt() {
            return completedIt() || status.equals("started");
        }
    }

    List<Enrolment> enrolments(long programmeId) {
        return jdbc.sql("select p.employee_id, e.pseudonym, e.hire_date, c.id as cohort_id, c.name, c.start_date,"
                        + " c.end_date, p.status, p.enrolled_on, p.started_on, p.completed_on, p.hours from participant p"
                        + " join cohort c on c.id = p.cohort_id join employee e on e.id = p.employee_id"
                        + " where p.programme_id = ? order by c.start_date, c.name, e.pseudonym")
                .param(programmeId)
                .query((rs, n) -> new Enrolment(
                        rs.getLong("employee_id"),
                        rs.getString("pseudonym"),
                        rs.getDate("hire_date").toLocalDate(),
                        rs.getLong("cohort_id"),
                        rs.getString("name"),
                        rs.getDate("start_date").toLocalDate(),
                        rs.getDate("end_date").toLocalDate(),
                        rs.getString("status"),
                        rs.getDate("enrolled_on").toLocalDate(),
                        day(rs.getDate("started_on")),
                        day(rs.getDate("completed_on")),
                        Optional.ofNullable(rs.getBigDecimal("hours"))))
                .list();
    }

    /** One HR period of a person as it held from a day: their annual salary and FTE. */
    record Period(LocalDate from, BigDecimal annual, String currency, BigDecimal fte) {}

    /** Every HR period of the programme's participants, oldest first per person. */
    Map<Long, List<Period>> periods(long programmeId) {
        Map<Long, List<Period>> periods = new HashMap<>();
        jdbc.sql("select employee_id, valid_from, annual_salary, salary_currency, fte from employee_period"
                        + " where employee_id in (select employee_id from participant where programme_id = ?)"
                        + " order by employee_id, valid_from")
                .param(programmeId)
                .query(rs -> {
                    periods.computeIfAbsent(rs.getLong("employee_id"), id -> new ArrayList<>())
                            .add(new Period(
                                    rs.getDate("valid_from").toLocalDate(),
                                    rs.getBigDecimal("annual_salary"),
                                    rs.getString("salary_currency"),
                                    rs.getBigDecimal("fte")));
                });
        return periods;
    }

    /** One person's KPI in one month: the value and its weight (1 when the KPI has none). */
    record Observed(BigDecimal value, BigDecimal weight) {}

    /** A person's observations of a KPI by month, with the person's hire date. */
    record PersonSeries(String pseudonym, LocalDate hired, Map<YearMonth, Observed> months) {}

    /** Every person-level observation of a KPI, by employee id. */
    Map<Long, PersonSeries> personObservations(long kpiId) {
        Map<Long, PersonSeries> series = new HashMap<>();
        jdbc.sql("select o.employee_id, e.pseudonym, e.hire_date, o.period_start, o.kpi_value, o.weight"
                        + " from kpi_observation o join employee e on e.id = o.employee_id where o.kpi_id = ?")
                .param(kpiId)
                .query(rs -> {
                    BigDecimal weight = rs.getBigDecimal("weight");
                    long employee = rs.getLong("employee_id");
                    PersonSeries person = series.get(employee);
                    if (person == null) {
                        person = new PersonSeries(
                                rs.getString("pseudonym"),
                                rs.getDate("hire_date").toLocalDate(),
                                new TreeMap<>());
                        series.put(employee, person);
                    }
                    person.months()
                            .put(
                                    YearMonth.from(rs.getDate("period_start").toLocalDate()),
                                    new Observed(
                                            rs.getBigDecimal("kpi_value"), weight == null ? BigDecimal.ONE : weight));
                });
        return series;
    }

    /** Every team-level observation of a KPI, by the team's unit code. */
    Map<String, Map<YearMonth, Observed>> teamObservations(long kpiId) {
        Map<String, Map<YearMonth, Observed>> series = new HashMap<>();
        jdbc.sql("select u.code, o.period_start, o.kpi_value, o.weight from kpi_observation o"
                        + " join org_unit u on u.id = o.unit_id where o.kpi_id = ?")
                .param(kpiId)
                .query(rs -> {
                    BigDecimal weight = rs.getBigDecimal("weight");
                    series.computeIfAbsent(rs.getString("code"), code -> new TreeMap<>())
                            .put(
                                    YearMonth.from(rs.getDate("period_start").toLocalDate()),
                                    new Observed(
                                            rs.getBigDecimal("kpi_value"), weight == null ? BigDecimal.ONE : weight));
                });
        return series;
    }

    /** The members of every team on a day: employed then, their period of that day in a team. */
    Map<String, List<Long>> teamMembers(LocalDate day) {
        Map<String, List<Long>> members = new TreeMap<>();
        jdbc.sql("select u.code, p.employee_id from employee_period p join org_unit u on u.id = p.unit_id"
                        + " join employee e on e.id = p.employee_id where u.kind = 'team' and p.valid_from <= ?"
                        + " and (p.valid_to is null or p.valid_to > ?) and e.hire_date <= ?"
                        + " and (e.exit_date is null or e.exit_date >= ?) order by u.code, p.employee_id")
                .params(Date.valueOf(day), Date.valueOf(day), Date.valueOf(day), Date.valueOf(day))
                .query(rs -> {
                    members.computeIfAbsent(rs.getString("code"), code -> new ArrayList<>())
                            .add(rs.getLong("employee_id"));
                });
        return members;
    }

    /** Whether a KPI has observations of teams rather than of people. */
    boolean observedPerTeam(long kpiId) {
        return jdbc.sql("select count(*) from kpi_observation where kpi_id = ? and unit_id is not null")
                        .param(kpiId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Who may be compared, given the plan's comparison units by code: those units and every unit
     * below them, with every employee's stays in units; everyone when no unit is given.
     */
    Eligibility eligibility(Set<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return Eligibility.EVERYONE;
        }
        Map<Long, Long> parents = new HashMap<>();
        Map<String, Long> codes = new HashMap<>();
        Map<String, Long> teams = new HashMap<>();
        jdbc.sql("select id, code, kind, parent_id from org_unit").query(rs -> {
            long id = rs.getLong("id");
            long parent = rs.getLong("parent_id");
            if (!rs.wasNull()) {
                parents.put(id, parent);
            }
            codes.put(rs.getString("code"), id);
            if (rs.getString("kind").equals("team")) {
                teams.put(rs.getString("code"), id);
            }
        });
        Set<Long> named = unitCodes.stream()
                .map(codes::get)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        Set<Long> within = new HashSet<>();
        for (Long unit : codes.values()) {
            for (Long up = unit; up != null; up = parents.get(up)) {
                if (named.contains(up)) {
                    within.add(unit);
                    break;
                }
            }
        }
        Map<Long, List<Eligibility.Stay>> stays = new HashMap<>();
        jdbc.sql("select employee_id, unit_id, valid_from, valid_to from employee_period")
                .query(rs -> {
                    stays.computeIfAbsent(rs.getLong("employee_id"), id -> new ArrayList<>())
                            .add(new Eligibility.Stay(
                                    rs.getLong("unit_id"),
                                    rs.getDate("valid_from").toLocalDate(),
                                    day(rs.getDate("valid_to"))));
                });
        return new Eligibility(Optional.of(within), stays, teams);
    }

    /**
     * How many managers the programme's completers had: per completer, the manager of their HR
     * period on the day they completed, counted once.
     */
    int managersOfCompleters(long programmeId) {
        return jdbc.sql("select count(distinct p.manager_id) from participant t join employee_period p"
                        + " on p.employee_id = t.employee_id and p.valid_from <= t.completed_on"
                        + " and (p.valid_to is null or p.valid_to > t.completed_on)"
                        + " where t.programme_id = ? and t.status = 'completed' and p.manager_id is not null")
                .param(programmeId)
                .query(Integer.class)
                .single();
    }

    /** A level 3 response's estimate of the programme's effect on one KPI. */
    record EstimateRow(
            String response,
            String role,
            BigDecimal improvement,
            BigDecimal attribution,
            BigDecimal confidence,
            Optional<String> basis) {}

    List<EstimateRow> estimates(long programmeId, String kpiCode) {
        return jdbc.sql("select response_key, respondent_role, improvement, attribution_percent, confidence_percent,"
                        + " basis from survey_response where programme_id = ? and survey_level = 3 and kpi_code = ?"
                        + " and improvement is not null order by response_key")
                .params(programmeId, kpiCode)
                .query((rs, n) -> new EstimateRow(
                        rs.getString("response_key"),
                        rs.getString("respondent_role"),
                        rs.getBigDecimal("improvement"),
                        rs.getBigDecimal("attribution_percent"),
                        rs.getBigDecimal("confidence_percent"),
                        Optional.ofNullable(rs.getString("basis"))))
                .list();
    }

    /** A participant's scores on one test before and after, with the test's maximum and pass mark. */
    record ScoreRow(
            String skill,
            String pseudonym,
            BigDecimal pre,
            BigDecimal post,
            BigDecimal maximum,
            Optional<BigDecimal> passMark) {}

    /** The participants' level 2 assessments with both scores, by skill and pseudonym. */
    List<ScoreRow> scores(long programmeId) {
        return jdbc.sql("select a.skill, e.pseudonym, a.pre_score, a.post_score, a.maximum, a.pass_mark"
                        + " from assessment a join employee e on e.id = a.employee_id"
                        + " join participant p on p.programme_id = a.programme_id and p.employee_id = a.employee_id"
                        + " where a.programme_id = ? and a.pre_score is not null and a.post_score is not null"
                        + " order by a.skill, e.pseudonym")
                .param(programmeId)
                .query((rs, n) -> new ScoreRow(
                        rs.getString("skill"),
                        rs.getString("pseudonym"),
                        rs.getBigDecimal("pre_score"),
                        rs.getBigDecimal("post_score"),
                        rs.getBigDecimal("maximum"),
                        Optional.ofNullable(rs.getBigDecimal("pass_mark"))))
                .list();
    }

    /** A level 1 response: its recommend score, comment and ratings by item. */
    record ReactionRow(
            String response, Optional<Integer> recommend, Optional<String> comment, Map<String, Integer> ratings) {}

    /** The programme's level 1 responses in the survey tool's order of keys, with their ratings. */
    List<ReactionRow> reactions(long programmeId) {
        Map<Long, Map<String, Integer>> ratings = new HashMap<>();
        jdbc.sql("select r.response_id, r.item, r.rating from survey_rating r join survey_response s"
                        + " on s.id = r.response_id where s.programme_id = ? and s.survey_level = 1")
                .param(programmeId)
                .query(rs -> {
                    ratings.computeIfAbsent(rs.getLong("response_id"), id -> new TreeMap<>())
                            .put(rs.getString("item"), rs.getInt("rating"));
                });
        return jdbc.sql("select id, response_key, recommend, comment_text from survey_response where programme_id = ?"
                        + " and survey_level = 1 order by response_key")
                .param(programmeId)
                .query((rs, n) -> new ReactionRow(
                        rs.getString("response_key"),
                        Optional.ofNullable(rs.getObject("recommend", Integer.class)),
                        Optional.ofNullable(rs.getString("comment_text")),
                        ratings.getOrDefault(rs.getLong("id"), Map.of())))
                .list();
    }

    /** A participant's level 3 answer: applying or not, how often, and the barriers and enablers cited. */
    record ApplicationRow(
            String response, boolean applying, Optional<String> frequency, String barriers, String enablers) {}

    /** The participants' level 3 responses that say whether they apply the programme, by key. */
    List<ApplicationRow> applications(long programmeId) {
        return jdbc.sql(
                        "select response_key, applying, frequency, barriers, enablers from survey_response where programme_id = ?"
                                + " and survey_level = 3 and respondent_role = 'participant' and applying is not null"
                                + " order by response_key")
                .param(programmeId)
                .query((rs, n) -> new ApplicationRow(
                        rs.getString("response_key"),
                        rs.getBoolean("applying"),
                        Optional.ofNullable(rs.getString("frequency")),
                        Optional.ofNullable(rs.getString("barriers")).orElse(""),
                        Optional.ofNullable(rs.getString("enablers")).orElse("")))
                .list();
    }

    private static Optional<LocalDate> day(Date date) {
        return Optional.ofNullable(date).map(Date::toLocalDate);
    }
}
