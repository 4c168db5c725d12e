package nl.rendement.app.importing;

import static nl.rendement.app.importing.StoredRows.date;
import static nl.rendement.app.importing.StoredRows.decimal;
import static nl.rendement.app.importing.StoredRows.whole;
import static nl.rendement.app.importing.StoredRows.yes;

import nl.rendement.app.importing.formats.ExportRow;
import nl.rendement.app.importing.formats.LearningFormats;
import nl.rendement.app.importing.formats.PersonColumns;
import nl.rendement.app.importing.formats.SurveyFormats;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Exports of what people did in programmes: enrolments, assessments and survey responses. A
 * unit-scoped analyst gets a programme's rows whole when granted the programme, otherwise only the
 * rows of people in their units (and no anonymous response, which belongs to no unit).
 */
@Configuration(proxyBeanMethods = false)
class LearningExports {

    /** The day a participant belongs to a unit, as the programme pages decide it. */
    private static final String ENROLMENT_DAY =
            "case when pa.enrolled_on > e.hire_date then pa.enrolled_on else e.hire_date end";

    /**
     * Participants as an LMS export names them: by employee number and email (a learner id only for
     * someone without either) and by the first of their programme's course ids. A participant of a
     * programme without course ids cannot be named in such a file and is left out.
     */
    @Bean
    KindExport enrolmentsExport(StoredRows stored) {
        return new QueryExport(
                LearningFormats.ENROLMENTS,
                reach -> "select e.employee_number, e.email, case when e.employee_number is null and e.email is null"
                        + " then (select min(l.learner_id) from employee_learner_id l where l.employee_id = e.id)"
                        + " end learner_id, (select min(lc.course_id) from programme_lms_course lc"
                        + " where lc.programme_id = pa.programme_id) course_id, c.name cohort, pa.status,"
                        + " pa.progress_percent, pa.hours, pa.score, pa.enrolled_on, pa.started_on, pa.completed_on"
                        + " from participant pa join employee e on e.id = pa.employee_id"
                        + " join cohort c on c.id = pa.cohort_id"
                        + " where exists (select 1 from programme_lms_course lc where lc.programme_id = pa.programme_id)"
                        + " and " + reach.personIn("pa.programme_id", "e", ENROLMENT_DAY)
                        + " order by pa.programme_id, pa.id",
                request -> (rs, n) -> ExportRow.empty()
                        .with(PersonColumns.LEARNER_ID, rs.getString("learner_id"))
                        .with(PersonColumns.EMAIL, rs.getString("email"))
                        .with(PersonColumns.EMPLOYEE_NUMBER, rs.getString("employee_number"))
                        .with(LearningFormats.COURSE_ID, rs.getString("course_id"))
                        .with(LearningFormats.COHORT, rs.getString("cohort"))
                        .with(LearningFormats.STATUS, rs.getString("status"))
                        .with(LearningFormats.PROGRESS, decimal(rs, "progress_percent"))
                        .with(LearningFormats.HOURS, decimal(rs, "hours"))
                        .with(LearningFormats.SCORE, decimal(rs, "score"))
                        .with(LearningFormats.ENROLLED, date(rs, "enrolled_on"))
                        .with(LearningFormats.STARTED, date(rs, "started_on"))
                        .with(LearningFormats.COMPLETED, date(rs, "completed_on")),
                stored);
    }

    @Bean
    KindExport assessmentsExport(StoredRows stored) {
        return new QueryExport(
                LearningFormats.ASSESSMENTS,
                reach -> "select e.employee_number, e.email, pr.name programme, a.skill, a.pre_score, a.post_score,"
                        + " a.maximum, a.pass_mark, a.pre_on, a.post_on from assessment a"
                        + " join employee e on e.id = a.employee_id join programme pr on pr.id = a.programme_id"
                        + " where "
                        + reach.personIn("a.programme_id", "e", "coalesce(a.post_on, a.pre_on, current_date)")
                        + " order by pr.name, a.skill, a.id",
                request -> (rs, n) -> ExportRow.empty()
                        .with(PersonColumns.EMPLOYEE_NUMBER, rs.getString("employee_number"))
                        .with(PersonColumns.EMAIL, rs.getString("email"))
                        .with(LearningFormats.PROGRAMME, rs.getString("programme"))
                        .with(LearningFormats.SKILL, rs.getString("skill"))
                        .with(LearningFormats.PRE, decimal(rs, "pre_score"))
                        .with(LearningFormats.POST, decimal(rs, "post_score"))
                        .with(LearningFormats.MAXIMUM, decimal(rs, "maximum"))
                        .with(LearningFormats.PASS_MARK, decimal(rs, "pass_mark"))
                        .with(LearningFormats.PRE_DATE, date(rs, "pre_on"))
                        .with(LearningFormats.POST_DATE, date(rs, "post_on")),
                stored);
    }

    /** A response takes a row per rating item, each repeating its other answers, as the format allows. */
    @Bean
    KindExport surveyResponsesExport(StoredRows stored) {
        return new QueryExport(
                SurveyFormats.SURVEY_RESPONSES,
                reach -> "select r.response_key, e.employee_number, e.email, r.anonymous, pr.name programme,"
                        + " c.name cohort, r.survey_level, r.answered_on, g.item, g.rating, r.recommend, r.comment_text,"
                        + " r.applying, r.frequency, r.barriers, r.enablers, r.respondent_role, r.kpi_code,"
                        + " r.improvement, r.attribution_percent, r.confidence_percent, r.basis"
                        + " from survey_response r join programme pr on pr.id = r.programme_id"
                        + " left join cohort c on c.id = r.cohort_id left join employee e on e.id = r.employee_id"
                        + " left join survey_rating g on g.response_id = r.id"
                        + " where ((r.employee_id is null and " + reach.whole("r.programme_id") + ")"
                        + " or (r.employee_id is not null and "
                        + reach.personIn("r.programme_id", "e", "coalesce(r.answered_on, current_date)") + "))"
                        + " order by pr.name, r.response_key, g.item",
                request -> (rs, n) -> ExportRow.empty()
                        .with(SurveyFormats.RESPONSE, rs.getString("response_key"))
                        .with(PersonColumns.EMPLOYEE_NUMBER, rs.getString("employee_number"))
                        .with(PersonColumns.EMAIL, rs.getString("email"))
                        .with(SurveyFormats.ANONYMOUS, yes(rs, "anonymous"))
                        .with(SurveyFormats.PROGRAMME, rs.getString("programme"))
                        .with(SurveyFormats.COHORT, rs.getString("cohort"))
                        .with(SurveyFormats.LEVEL, whole(rs, "survey_level"))
                        .with(SurveyFormats.ANSWERED, date(rs, "answered_on"))
                        .with(SurveyFormats.ITEM, rs.getString("item"))
                        .with(SurveyFormats.RATING, whole(rs, "rating"))
                        .with(SurveyFormats.RECOMMEND, whole(rs, "recommend"))
                        .with(SurveyFormats.COMMENT, rs.getString("comment_text"))
                        .with(SurveyFormats.APPLYING, yes(rs, "applying"))
                        .with(SurveyFormats.FREQUENCY, rs.getString("frequency"))
                        .with(SurveyFormats.BARRIERS, rs.getString("barriers"))
                        .with(SurveyFormats.ENABLERS, rs.getString("enablers"))
                        .with(SurveyFormats.ROLE, rs.getString("respondent_role"))
                        .with(SurveyFormats.KPI, rs.getString("kpi_code"))
                        .with(SurveyFormats.IMPROVEMENT, decimal(rs, "improvement"))
                        .with(SurveyFormats.ATTRIBUTION, decimal(rs, "attribution_percent"))
                        .with(SurveyFormats.CONFIDENCE, decimal(rs, "confidence_percent"))
                        .with(SurveyFormats.BASIS, rs.getString("basis")),
                stored);
    }
}
