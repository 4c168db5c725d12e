package nl.rendement.app.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import nl.rendement.app.people.EmployeeErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The store of level 2 assessments, one per programme, employee and skill. Changes are recorded by
 * the import that made them (with the values they replaced). Erasing an employee removes theirs.
 */
@Repository
public class Assessments {

    private static final String SELECT = "select programme_id, employee_id, skill, pre_score, post_score, maximum,"
            + " pass_mark, pre_on, post_on from assessment";

    private final JdbcClient jdbc;

    Assessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Assessment> of(long programmeId, long employeeId, String skill) {
        return jdbc.sql(SELECT + " where programme_id = ? and employee_id = ? and skill = ?")
                .params(programmeId, employeeId, skill)
                .query(Assessments::row)
                .optional();
    }

    public void add(Assessment assessment) {
        jdbc.sql("insert into assessment (pre_score, post_score, maximum, pass_mark, pre_on, post_on, programme_id,"
                        + " employee_id, skill) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(values(assessment))
                .update();
    }

    /** Replaces the scores and dates of the assessment with the same programme, employee and skill. */
    public void change(Assessment assessment) {
        jdbc.sql("update assessment set pre_score = ?, post_score = ?, maximum = ?, pass_mark = ?, pre_on = ?,"
                        + " post_on = ? where programme_id = ? and employee_id = ? and skill = ?")
                .params(values(assessment))
                .update();
    }

    public void remove(long programmeId, long employeeId, String skill) {
        jdbc.sql("delete from assessment where programme_id = ? and employee_id = ? and skill = ?")
                .params(programmeId, employeeId, skill)
                .update();
    }

    @EventListener
    void on(EmployeeErased erased) {
        jdbc.sql("delete from assessment where employee_id = ?")
                .param(erased.employeeId())
                .update();
    }

    private static Object[] values(Assessment assessment) {
        Assessment.Scores scores = assessment.scores();
        return new Object[] {
            scores.pre().orElse(null),
            scores.post().orElse(null),
            scores.maximum(),
            scores.passMark().orElse(null),
            assessment.preOn().orElse(null),
            assessment.postOn().orElse(null),
            assessment.programmeId(),
            assessment.employeeId(),
            assessment.skill()
        };
    }

    private static Assessment row(ResultSet rs, int rowNum) throws SQLException {
        return new Assessment(
                rs.getLong("programme_id"),
                rs.getLong("employee_id"),
                rs.getString("skill"),
                new Assessment.Scores(
                        Optional.ofNullable(rs.getBigDecimal("pre_score")),
                        Optional.ofNullable(rs.getBigDecimal("post_score")),
                        rs.getBigDecimal("maximum"),
                        Optional.ofNullable(rs.getBigDecimal("pass_mark"))),
                Optional.ofNullable(rs.getObject("pre_on", LocalDate.class)),
                Optional.ofNullable(rs.getObject("post_on", LocalDate.class)));
    }

    /** How many scores Rendement holds. */
    public long count() {
        return jdbc.sql("select count(*) from assessment").query(Long.class).single();
    }
}
