package nl.rendement.app.importing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.rendement.app.importing.formats.ExportRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads exports in constant memory: rows are streamed from the database to the file with a fetch
 * size, so that PostgreSQL sends a million KPI observations in batches (inside the export's
 * read-only transaction) instead of all at once, and nothing collects them in a list.
 */
@Component
class StoredRows {

    static final int FETCH_SIZE = 1_000;

    private final JdbcClient jdbc;

    StoredRows(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = JdbcClient.create(template);
    }

    void each(String sql, Map<String, Object> params, RowMapper<ExportRow> mapper, Consumer<ExportRow> rows) {
        try (Stream<ExportRow> stream = jdbc.sql(sql).params(params).query(mapper).stream()) {
            stream.forEach(rows);
        }
    }

    /**
     * A small table's second column per id in its first, joined by {@code |} in the order the
     * query gives: a programme's course ids, a KPI's programme types.
     */
    Map<Long, String> joined(String sql) {
        Map<Long, String> joined = new HashMap<>();
        jdbc.sql(sql).query(rs -> {
            joined.merge(rs.getLong(1), rs.getString(2), (before, next) -> before + "|" + next);
        });
        return joined;
    }

    static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        return rs.getBigDecimal(column);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static Long whole(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    static Boolean yes(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
