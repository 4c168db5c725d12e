package nl.rendement.app.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The store of participants: which employee takes part in which cohort, and how far they came. */
@Repository
class Participants {

    private static final String SELECT = "select id, programme_id, cohort_id, employee_id, status, enrolled_on,"
            + " started_on, completed_on, hours, progress_percent, score from participant";
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    Participants(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Adds the participants in one batch; returns their ids by employee id. */
    Map<Long, Long> insertAll(Cohort cohort, List<Participation> participations) {
        batch.batchUpdate(
                "insert into participant (programme_id, cohort_id, employee_id, status, enrolled_on, started_on,"
                        + " completed_on, hours, progress_percent, score) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                participations.stream()
                        .map(participation -> new Object[] {
                            cohort.programmeId(),
                            cohort.id(),
                            participation.employeeId(),
                            participation.status().code(),
                            participation.enrolledOn(),
                            participation.startedOn().orElse(null),
                            participation.completedOn().orElse(null),
                            participation.hours().orElse(null),
                            participation.progress().orElse(null),
                            participation.score().orElse(null)
                        })
                        .toList());
        return jdbc
                .sql("select employee_id, id from participant where cohort_id = ?")
                .param(cohort.id())
                .query((rs, n) -> Map.entry(rs.getLong("employee_id"), rs.getLong("id")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void update(long id, long cohortId, Participation participation) {
        jdbc.sql("update participant set cohort_id = ?, status = ?, enrolled_on = ?, started_on = ?,"
                        + " completed_on = ?, hours = ?, progress_percent = ?, score = ? where id = ?")
                .params(
                        cohortId,
                        participation.status().code(),
                        participation.enrolledOn(),
                        participation.startedOn().orElse(null),
                        participation.completedOn().orElse(null),
                        participation.hours().orElse(null),
                        participation.progress().orElse(null),
                        participation.score().orElse(null),
                        id)
                .update();
    }

    Optional<Participant> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::row).optional();
    }

    Optional<Participant> of(long programmeId, long employeeId) {
        return jdbc.sql(SELECT + " where programme_id = ? and employee_id = ?")
                .params(programmeId, employeeId)
                .query(this::row)
                .optional();
    }

    /** Removes the participant; refused by the database when another row refers to them. */
    void delete(long id) {
        jdbc.sql("delete from participant where id = ?").param(id).update();
    }

    List<Participant> ofCohort(long cohortId) {
        return jdbc.sql(SELECT + " where cohort_id = ? order by id")
                .param(cohortId)
                .query(this::row)
                .list();
    }

    boolean anyIn(long cohortId) {
        return jdbc.sql("select count(*) from participant where cohort_id = ?")
                        .param(cohortId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Those of these employees who already take part in the programme. */
    Set<Long> alreadyIn(long programmeId, Collection<Long> employeeIds) {
        return inChunks(
                employeeIds,
                chunk -> jdbc.sql(
                                "select employee_id from participant where programme_id = :programme and employee_id in (:ids)")
                        .param("programme", programmeId)
                        .param("ids", chunk)
                        .query(Long.class)
                        .list());
    }

    /** Those of these ids that belong to an employee. */
    Set<Long> existingEmployees(Collection<Long> employeeIds) {
        return inChunks(
                employeeIds,
                chunk -> jdbc.sql("select id from employee where id in (:ids)")
                        .param("ids", chunk)
                        .query(Long.class)
                        .list());
    }

    private static Set<Long> inChunks(Collection<Long> ids, Function<List<Long>, List<Long>> query) {
        List<Long> all = List.copyOf(ids);
        Set<Long> found = new HashSet<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            found.addAll(query.apply(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        return found;
    }

    private Participant row(ResultSet rs, int rowNum) throws SQLException {
        return new Participant(
                rs.getLong("id"),
                rs.getLong("programme_id"),
                rs.getLong("cohort_id"),
                new Participation(
                        rs.getLong("employee_id"),
                        ParticipantStatus.ofCode(rs.getString("status")),
                        rs.getObject("enrolled_on", LocalDate.class),
                        Optional.ofNullable(rs.getObject("started_on", LocalDate.class)),
                        Optional.ofNullable(rs.getObject("completed_on", LocalDate.class)),
                        Optional.ofNullable(rs.getBigDecimal("hours")),
                        Optional.ofNullable(rs.getBigDecimal("progress_percent")),
                        Optional.ofNullable(rs.getBigDecimal("score"))));
    }

    long count() {
        return jdbc.sql("select count(*) from participant").query(Long.class).single();
    }
}
