package nl.rendement.app.system;

import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes many rows with one statement, a thousand a round trip: how imports store large files. */
public final class Batches {

    /** The rows a round trip carries. */
    public static final int SIZE = 1_000;

    private Batches() {}

    /** Runs {@code sql} once for each item, with the item's {@code columns} as its parameters. */
    public static <T> void write(JdbcTemplate jdbc, String sql, List<T> items, Function<T, Object[]> columns) {
        for (int from = 0; from < items.size(); from += SIZE) {
            jdbc.batchUpdate(
                    sql,
                    items.subList(from, Math.min(items.size(), from + SIZE)).stream()
                            .map(columns)
                            .toList());
        }
    }
}
