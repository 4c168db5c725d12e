package nl.rendement.app.security;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit of account changes: who changed which account, when, from what to what. */
@Repository
class AccountChanges {

    private final JdbcClient jdbc;

    AccountChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(String changedBy, long userId, String field, String oldValue, String newValue) {
        jdbc.sql("insert into app_user_change (changed_at, changed_by, user_id, field, old_value, new_value)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(OffsetDateTime.now(ZoneOffset.UTC), changedBy, userId, field, oldValue, newValue)
                .update();
    }

    List<Change> latest(int limit) {
        return jdbc.sql("select c.changed_at, c.changed_by, u.username, c.field, c.old_value, c.new_value"
                        + " from app_user_change c join app_user u on u.id = c.user_id"
                        + " order by c.id desc fetch first " + limit + " rows only")
                .query((rs, n) -> new Change(
                        rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("changed_by"),
                        rs.getString("username"),
                        rs.getString("field"),
                        rs.getString("old_value"),
                        rs.getString("new_value")))
                .list();
    }

    /** One recorded change, as the users page lists it. */
    public record Change(
            Instant at, String changedBy, String username, String field, String oldValue, String newValue) {

        /** The message key of what changed. */
        public String labelKey() {
            return switch (field) {
                case "created" -> "users.change.created";
                case "roles" -> "users.change.roles";
                case "enabled" -> "users.change.enabled";
                case "password" -> "users.change.password";
                case "scope" -> "users.change.scope";
                default -> "users.change.unknown";
            };
        }
    }
}
