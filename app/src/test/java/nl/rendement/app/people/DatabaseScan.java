package nl.rendement.app.people;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Reads every cell of every table of the application's schema, tables discovered at run time
 * through {@link java.sql.DatabaseMetaData}, so that tables added by later migrations are read
 * too. A cell is a hit when it is a number equal to the id, or a text containing the id's digits
 * or one of the texts (ignoring case).
 */
final class DatabaseScan {

    private static final Set<String> TABLE_TYPES = Set.of("TABLE", "BASE TABLE");
    private static final Pattern PERSONAL_COLUMN =
            Pattern.compile("employee|manager|person|pseudonym|email", Pattern.CASE_INSENSITIVE);

    private final DataSource dataSource;

    DatabaseScan(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A cell that holds one of the values looked for. */
    record Hit(String table, String column, Object value) {}

    List<String> tables() {
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection
                        .getMetaData()
                        .getTables(connection.getCatalog(), connection.getSchema(), "%", null)) {
            List<String> names = new ArrayList<>();
            while (tables.next()) {
                if (TABLE_TYPES.contains(tables.getString("TABLE_TYPE"))) {
                    names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Tables that can hold an employee's values: a column whose name speaks of an employee,
     * manager, person, pseudonym or email, or a foreign key to {@code employee}.
     */
    Set<String> tablesAboutEmployees() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            Set<String> tables = new TreeSet<>();
            try (ResultSet columns = meta.getColumns(connection.getCatalog(), connection.getSchema(), "%", "%")) {
                while (columns.next()) {
                    if (PERSONAL_COLUMN
                            .matcher(columns.getString("COLUMN_NAME"))
                            .find()) {
                        tables.add(columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            try (ResultSet keys = meta.getExportedKeys(connection.getCatalog(), connection.getSchema(), "employee")) {
                while (keys.next()) {
                    tables.add(keys.getString("FKTABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            tables.retainAll(tables());
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Hit> find(Predicate<String> whichTables, long id, Collection<String> texts) {
        return find(whichTables, Optional.of(BigDecimal.valueOf(id)), texts);
    }

    List<Hit> findTexts(Predicate<String> whichTables, Collection<String> texts) {
        return find(whichTables, Optional.empty(), texts);
    }

    private List<Hit> find(Predicate<String> whichTables, Optional<BigDecimal> id, Collection<String> texts) {
        List<String> wanted = new ArrayList<>(
                texts.stream().map(text -> text.toLowerCase(Locale.ROOT)).toList());
        id.ifPresent(digits -> wanted.add(digits.toPlainString()));
        List<Hit> hits = new ArrayList<>();
        for (String table : tables().stream().filter(whichTables).toList()) {
            hits.addAll(find(table, id, wanted));
        }
        return hits;
    }

    private List<Hit> find(String table, Optional<BigDecimal> id, List<String> wanted) {
        List<Hit> hits = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select * from " + table)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    Object value = rows.getObject(column);
                    if (matches(value, id, wanted)) {
                        hits.add(new Hit(table, rows.getMetaData().getColumnName(column), value));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return hits;
    }

    private static boolean matches(Object value, Optional<BigDecimal> id, List<String> wanted) {
        if (value instanceof Number number) {
            return id.filter(digits -> new BigDecimal(number.toString()).compareTo(digits) == 0)
                    .isPresent();
        }
        if (value instanceof String text) {
            String lower = text.toLowerCase(Locale.ROOT);
            return wanted.stream().anyMatch(lower::contains);
        }
        return false;
    }
}
