package nl.rendement.app.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The store of cohorts, each the run of one programme. */
@Repository
class Cohorts {

    private static final String SELECT =
            "select id, programme_id, name, start_date, end_date, delivery_mode, location, language from cohort";

    private final JdbcClient jdbc;

    Cohorts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long programmeId, CohortDetails details) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into cohort (programme_id, name, start_date, end_date, delivery_mode, location, language)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        programmeId,
                        details.name(),
                        details.start(),
                        details.end(),
                        details.deliveryMode().code(),
                        details.location().orElse(null),
                        details.language().getLanguage())
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void update(long id, CohortDetails details) {
        jdbc.sql("update cohort set name = ?, start_date = ?, end_date = ?, delivery_mode = ?, location = ?,"
                        + " language = ? where id = ?")
                .params(
                        details.name(),
                        details.start(),
                        details.end(),
                        details.deliveryMode().code(),
                        details.location().orElse(null),
                        details.language().getLanguage(),
                        id)
                .update();
    }

    Optional<Cohort> byId(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(this::row).optional();
    }

    Optional<Cohort> byName(long programmeId, String name) {
        return jdbc.sql(SELECT + " where programme_id = ? and name = ?")
                .params(programmeId, name)
                .query(this::row)
                .optional();
    }

    void delete(long id) {
        jdbc.sql("delete from cohort where id = ?").param(id).update();
    }

    List<Cohort> ofProgramme(long programmeId) {
        return jdbc.sql(SELECT + " where programme_id = ? order by start_date, name, id")
                .param(programmeId)
                .query(this::row)
                .list();
    }

    boolean nameTaken(long programmeId, String name, long exceptCohortId) {
        return jdbc.sql("select count(*) from cohort where programme_id = ? and name = ? and id <> ?")
                        .params(programmeId, name, exceptCohortId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Cohort row(ResultSet rs, int rowNum) throws SQLException {
        return new Cohort(
                rs.getLong("id"),
                rs.getLong("programme_id"),
                new CohortDetails(
                        rs.getString("name"),
                        rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class),
                        DeliveryMode.ofCode(rs.getString("delivery_mode")),
                        Optional.ofNullable(rs.getString("location")),
                        Locale.forLanguageTag(rs.getString("language"))));
    }

    long count() {
        return jdbc.sql("select count(*) from cohort").query(Long.class).single();
    }
}
