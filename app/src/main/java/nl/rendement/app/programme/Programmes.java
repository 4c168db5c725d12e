package nl.rendement.app.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The store of programmes and the LMS courses that belong to them. */
@Repository
class Programmes {

    private static final String SELECT = "select id, version, name, type, description, owner_id, sponsor, status,"
            + " target_population, delivery_mode, mandatory, due_date, roi_objective_percent, target_level"
            + " from programme";
    private static final String COLUMNS = "name = ?, type = ?, description = ?, owner_id = ?, sponsor = ?, status = ?,"
            + " target_population = ?, delivery_mode = ?, mandatory = ?, due_date = ?, roi_objective_percent = ?,"
            + " target_level = ?";

    private final JdbcClient jdbc;
    private final LmsCourses courses;

    Programmes(JdbcClient jdbc, LmsCourses courses) {
        this.jdbc = jdbc;
        this.courses = courses;
    }

    long insert(ProgrammeDetails details) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        List<Object> values = values(details);
        values.add(OffsetDateTime.now(ZoneOffset.UTC));
        jdbc.sql("insert into programme (version, name, type, description, owner_id, sponsor, status,"
                        + " target_population, delivery_mode, mandatory, due_date, roi_objective_percent,"
                        + " target_level, created_at) values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(values)
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        courses.replace(id, details.lmsCourseIds());
        return id;
    }

    /** Saves the details unless the programme changed since {@code expectedVersion}. */
    boolean update(long id, int expectedVersion, ProgrammeDetails details) {
        List<Object> values = values(details);
        values.add(id);
        values.add(expectedVersion);
        int updated = jdbc.sql(
                        "update programme set version = version + 1, " + COLUMNS + " where id = ? and version = ?")
                .params(values)
                .update();
        if (updated != 1) {
            return false;
        }
        courses.replace(id, details.lmsCourseIds());
        return true;
    }

    Optional<Programme> byId(long id) {
        Set<String> courseIds = courses.of(id);
        return jdbc.sql(SELECT + " where id = ?")
                .param(id)
                .query((rs, n) -> row(rs, courseIds))
                .optional();
    }

    Optional<Programme> byName(String name) {
        return jdbc.sql("select id from programme where name = ?")
                .param(name)
                .query(Long.class)
                .optional()
                .flatMap(this::byId);
    }

    Optional<Programme> byLmsCourseId(String courseId) {
        return courses.programmeOf(courseId).flatMap(this::byId);
    }

    List<ProgrammeSummary> all() {
        return jdbc.sql("select p.id, p.name, p.type, p.status,"
                        + " (select count(*) from cohort c where c.programme_id = p.id) as cohorts,"
                        + " (select count(*) from participant t where t.programme_id = p.id) as participants,"
                        + " (select count(*) from participant t where t.programme_id = p.id"
                        + " and t.status = 'completed') as completed"
                        + " from programme p order by p.name, p.id")
                .query((rs, n) -> new ProgrammeSummary(
                        rs.getLong("id"),
                        rs.getString("name"),
                        ProgrammeType.ofCode(rs.getString("type")),
                        ProgrammeStatus.ofCode(rs.getString("status")),
                        rs.getInt("cohorts"),
                        rs.getInt("participants"),
                        rs.getInt("completed")))
                .list();
    }

    boolean nameTaken(String name, long exceptProgrammeId) {
        return jdbc.sql("select count(*) from programme where name = ? and id <> ?")
                        .params(name, exceptProgrammeId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean userExists(long userId) {
        return jdbc.sql("select count(*) from app_user where id = ?")
                        .param(userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static List<Object> values(ProgrammeDetails details) {
        List<Object> values = new ArrayList<>();
        values.add(details.name());
        values.add(details.type().code());
        values.add(details.description().orElse(null));
        values.add(details.ownerId());
        values.add(details.sponsor().orElse(null));
        values.add(details.status().code());
        values.add(details.targetPopulation().orElse(null));
        values.add(details.deliveryMode().code());
        values.add(details.mandatory());
        values.add(details.dueDate().orElse(null));
        values.add(details.roiObjectivePercent().orElse(null));
        values.add(details.targetLevel());
        return values;
    }

    private static Programme row(ResultSet rs, Set<String> courseIds) throws SQLException {
        ProgrammeDetails details = new ProgrammeDetails(
                rs.getString("name"),
                ProgrammeType.ofCode(rs.getString("type")),
                Optional.ofNullable(rs.getString("description")),
                rs.getLong("owner_id"),
                Optional.ofNullable(rs.getString("sponsor")),
                ProgrammeStatus.ofCode(rs.getString("status")),
                Optional.ofNullable(rs.getString("target_population")),
                DeliveryMode.ofCode(rs.getString("delivery_mode")),
                rs.getBoolean("mandatory"),
                Optional.ofNullable(rs.getObject("due_date", LocalDate.class)),
                Optional.ofNullable(rs.getBigDecimal("roi_objective_percent")),
                rs.getInt("target_level"),
                courseIds);
        return new Programme(rs.getLong("id"), rs.getInt("version"), details);
    }
}
