package nl.rendement.app.importing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The number of rows of every table of the schema (found at run time, so tables of later
 * migrations count too) but the import records a preview adds to and Flyway's history: what
 * "the database is unchanged" compares.
 */
final class TableCounts {

    private TableCounts() {}

    static Map<String, Long> of(DataSource dataSource, JdbcClient jdbc) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection
                        .getMetaData()
                        .getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.startsWith("import_") && !table.startsWith("flyway")) {
                    counts.put(
                            table,
                            jdbc.sql("select count(*) from " + table)
                                    .query(Long.class)
                                    .single());
                }
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
        if (!counts.containsKey("employee")) {
            throw new IllegalStateException("no tables found: " + counts.keySet());
        }
        return counts;
    }
}
