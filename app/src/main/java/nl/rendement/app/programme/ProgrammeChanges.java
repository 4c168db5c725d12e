package nl.rendement.app.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.programme.ProgrammeChange.Subject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit of programme changes: who changed which value, when, from what to what. */
@Repository
class ProgrammeChanges {

    /** Values that may name a person: the audit records that they changed, not what they were. */
    private static final Set<String> WITHHELD = Set.of("sponsor");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ProgrammeChanges(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    void record(String changedBy, List<Difference> differences) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        batch.batchUpdate(
                "insert into programme_change (changed_at, changed_by, programme_id, subject, subject_id, field,"
                        + " old_value, new_value) values (?, ?, ?, ?, ?, ?, ?, ?)",
                differences.stream()
                        .map(difference -> new Object[] {
                            now,
                            changedBy,
                            difference.programmeId(),
                            difference.subject().name().toLowerCase(Locale.ROOT),
                            difference.subjectId(),
                            difference.field(),
                            difference.oldValue(),
                            difference.newValue()
                        })
                        .toList());
    }

    List<ProgrammeChange> ofProgramme(long programmeId) {
        return jdbc.sql("select changed_at, changed_by, programme_id, subject, subject_id, field, old_value,"
                        + " new_value from programme_change where programme_id = ? order by id")
                .param(programmeId)
                .query(this::row)
                .list();
    }

    private ProgrammeChange row(ResultSet rs, int rowNum) throws SQLException {
        return new ProgrammeChange(
                rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                rs.getString("changed_by"),
                rs.getLong("programme_id"),
                Subject.valueOf(rs.getString("subject").toUpperCase(Locale.ROOT)),
                rs.getLong("subject_id"),
                rs.getString("field"),
                Optional.ofNullable(rs.getString("old_value")),
                Optional.ofNullable(rs.getString("new_value")));
    }

    /** One value that changed; withheld values are kept out of the audit. */
    record Difference(
            long programmeId, Subject subject, long subjectId, String field, String oldValue, String newValue) {

        Difference {
            if (WITHHELD.contains(field)) {
                oldValue = null;
                newValue = null;
            }
        }

        /** The values that differ between before and after; an empty before means created. */
        static List<Difference> between(
                long programmeId,
                Subject subject,
                long subjectId,
                Map<String, String> before,
                Map<String, String> after) {
            List<Difference> differences = new ArrayList<>();
            after.forEach((field, value) -> {
                String old = before.get(field);
                if (!Objects.equals(old, value)) {
                    differences.add(new Difference(programmeId, subject, subjectId, field, old, value));
                }
            });
            return differences;
        }

        /** Every value of a subject that is gone, from what it was to nothing. */
        static List<Difference> removed(long programmeId, Subject subject, long subjectId, Map<String, String> before) {
            List<Difference> differences = new ArrayList<>();
            before.forEach((field, value) -> {
                if (value != null) {
                    differences.add(new Difference(programmeId, subject, subjectId, field, value, null));
                }
            });
            return differences;
        }
    }
}
