package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the crash test compares: every table's rows, whatever their stored order, and nothing else. */
class TableChecksumsTest {

    private Connection connection;

    @BeforeEach
    void tables() throws SQLException {
        connection = DriverManager.getConnection(
                "jdbc:h2:mem:checksums-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        execute(
                "create table kpi_observation (id integer primary key, \"value\" varchar(10))",
                "create table api_token (id integer primary key, name varchar(10), last_used_at timestamp)",
                "create table import_record (id integer primary key, state varchar(16))",
                "insert into api_token values (1, 'crash', null)",
                "insert into import_record values (1, 'previewed')");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void theSameRowsStoredInAnotherOrderReadTheSame() throws SQLException {
        execute("insert into kpi_observation values (1, 'a'), (2, 'b')");
        Map<String, TableChecksums.Table> before = TableChecksums.of(connection);

        execute("delete from kpi_observation", "insert into kpi_observation values (2, 'b'), (1, 'a')");

        assertThat(TableChecksums.of(connection)).isEqualTo(before);
        assertThat(before.get("kpi_observation").rows()).isEqualTo(2);
    }

    @Test
    void aChangedValueAnAddedRowOrANullForAWordIsSeen() throws SQLException {
        execute("insert into kpi_observation values (1, 'a'), (2, 'null')");
        Map<String, TableChecksums.Table> before = TableChecksums.of(connection);

        execute("update kpi_observation set \"value\" = 'c' where id = 1");
        Map<String, TableChecksums.Table> changed = TableChecksums.of(connection);
        execute(
                "update kpi_observation set \"value\" = 'a' where id = 1",
                "update kpi_observation set \"value\" = null");
        Map<String, TableChecksums.Table> nulled = TableChecksums.of(connection);

        assertThat(changed.get("kpi_observation")).isNotEqualTo(before.get("kpi_observation"));
        assertThat(changed.get("kpi_observation").rows()).isEqualTo(2);
        assertThat(nulled.get("kpi_observation")).isNotEqualTo(before.get("kpi_observation"));
    }

    @Test
    void anImportsStateAndWhenATokenWasLastUsedAreLeftOutButTheSchemasConstraintsAreNot() throws SQLException {
        Map<String, TableChecksums.Table> before = TableChecksums.of(connection);

        execute(
                "update import_record set state = 'interrupted'",
                "update api_token set last_used_at = current_timestamp");
        Map<String, TableChecksums.Table> used = TableChecksums.of(connection);
        execute("alter table api_token add constraint api_token_name unique (name)");

        assertThat(before).containsOnlyKeys("api_token", "kpi_observation", TableChecksums.CONSTRAINTS);
        assertThat(used).isEqualTo(before);
        assertThat(TableChecksums.of(connection).get(TableChecksums.CONSTRAINTS))
                .isNotEqualTo(before.get(TableChecksums.CONSTRAINTS));
    }

    private void execute(String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
