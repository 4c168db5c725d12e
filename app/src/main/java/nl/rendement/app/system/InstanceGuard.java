package nl.rendement.app.system;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Marks a new database as demo or production, and refuses to serve one of the other kind. */
final class InstanceGuard {

    private final JdbcTemplate jdbc;

    InstanceGuard(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void claim(InstanceMode mode) {
        List<String> marks = jdbc.queryForList("select mode from instance where id = 1", String.class);
        if (marks.isEmpty()) {
            jdbc.update(
                    "insert into instance (id, mode, created_at) values (1, ?, ?)",
                    mode.databaseValue(),
                    OffsetDateTime.now(ZoneOffset.UTC));
            return;
        }
        String existing = marks.get(0);
        if (mode == InstanceMode.PRODUCTION && existing.equals(InstanceMode.DEMO.databaseValue())) {
            throw new StartupRefusedException(
                    "This database holds Rendement's demo data, and a production start refuses it.",
                    "Set RENDEMENT_DB_URL to a database of your own, or start with the demo profile"
                            + " (--spring.profiles.active=demo).");
        }
        if (mode == InstanceMode.DEMO && existing.equals(InstanceMode.PRODUCTION.databaseValue())) {
            throw new StartupRefusedException(
                    "This database holds production data, and a demo start refuses to add demo logins to it.",
                    "Start without the demo profile, or leave RENDEMENT_DB_URL unset so that the demo"
                            + " uses its own database under ./data/demo.");
        }
    }
}
