package nl.rendement.app.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What "the database is as it was" compares: for every table of the schema (listed from
 * {@code information_schema}, so that a table of a later migration is covered without editing a
 * test) but the import records and Flyway's history, its row count and a SHA-256 over all its rows,
 * every column's value as text; and the schema's constraints, which a PostgreSQL commit drops and
 * puts back. Each row is hashed and the row hashes are sorted before the table's hash, so neither
 * the order rows are stored in nor a database's collation changes it. Reads in one read-only
 * transaction, fetching in pages.
 */
final class TableChecksums {

    /** The tables whose rows a crash or a restart may change: an import's state, the schema's history. */
    private static final Set<String> SKIPPED = Set.of("import_record", "flyway_schema_history");

    /** Columns written by every request rather than by an import: when a token was last used. */
    private static final Map<String, Set<String>> BOOKKEEPING = Map.of("api_token", Set.of("last_used_at"));

    /** The key the schema's constraints are kept under; no table can be named so. */
    static final String CONSTRAINTS = "(constraints)";

    /** A table's row count and the SHA-256 of its rows, in hex. */
    record Table(long rows, String sha256) {}

    private TableChecksums() {}

    /** Every table's count and checksum, by table name. */
    static Map<String, Table> of(Connection connection) throws SQLException {
        String schema = connection.getSchema();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Map<String, Table> tables = new TreeMap<>();
            for (String table : tables(connection, schema)) {
                if (!SKIPPED.contains(table)) {
                    List<String> columns = columns(connection, schema, table);
                    tables.put(
                            table,
                            checksum(connection, "select " + String.join(", ", columns) + " from " + quoted(table)));
                }
            }
            tables.put(
                    CONSTRAINTS,
                    checksum(
                            connection,
                            "select table_name, constraint_name, constraint_type from information_schema.table_constraints"
                                    + " where table_schema = ?",
                            schema));
            if (!tables.containsKey("kpi_observation")) {
                throw new IllegalStateException("No tables found in schema " + schema + ": " + tables.keySet());
            }
            return tables;
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static List<String> tables(Connection connection, String schema) throws SQLException {
        return strings(
                connection,
                "select table_name from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE'",
                schema);
    }

    private static List<String> columns(Connection connection, String schema, String table) throws SQLException {
        Set<String> left = BOOKKEEPING.getOrDefault(table, Set.of());
        return strings(
                        connection,
                        "select column_name from information_schema.columns where table_schema = ? and table_name = ?"
                                + " order by ordinal_position",
                        schema,
                        table)
                .stream()
                .filter(column -> !left.contains(column))
                .map(TableChecksums::quoted)
                .toList();
    }

    private static Table checksum(Connection connection, String query, String... parameters) throws SQLException {
        List<byte[]> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setFetchSize(10_000);
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet found = statement.executeQuery()) {
                int columns = found.getMetaData().getColumnCount();
                while (found.next()) {
                    MessageDigest row = sha256();
                    for (int column = 1; column <= columns; column++) {
                        String value = found.getString(column);
                        row.update((value == null ? "\u0000null" : value).getBytes(StandardCharsets.UTF_8));
                        row.update((byte) 0x1f);
                    }
                    rows.add(row.digest());
                }
            }
        }
        rows.sort(Arrays::compare);
        MessageDigest table = sha256();
        rows.forEach(table::update);
        return new Table(rows.size(), HexFormat.of().formatHex(table.digest()));
    }

    private static List<String> strings(Connection connection, String query, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            List<String> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
            return found;
        }
    }

    /** A name as written in the schema (lower case in both databases), quoted: some columns are key words. */
    private static String quoted(String name) {
        return '"' + name + '"';
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("Every Java runtime has SHA-256", missing);
        }
    }
}
