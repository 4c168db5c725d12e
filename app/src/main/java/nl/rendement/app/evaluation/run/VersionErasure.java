package nl.rendement.app.evaluation.run;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.people.EmployeeErased;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Erasure is the one change a result version accepts, frozen ones included: the erased person's
 * rows leave every version's files (as participant or learner, in a control group, a KPI series or
 * participants' time, and their survey responses), and their identifiers leave its result, whose figures stay as
 * reported; the version counts the rows erased and says when. Runs first among the erasure's
 * listeners, while the person's pseudonym and responses still exist.
 */
@Component
class VersionErasure {

    static final String ERASED = "erased";

    /**
     * The column naming a person in each kind of table a run writes, by the table's name or the
     * start of it: a pseudonym, or (for estimates and survey answers) a response's key.
     */
    private static final List<Identified> IDENTIFIED = List.of(
            new Identified(BundleBuilder.PARTICIPANTS, "id", false),
            new Identified(BundleBuilder.PARTICIPANT_TIME, "participant", false),
            new Identified(LevelTables.LEARNERS, "id", false),
            new Identified(LevelTables.REACTION, LevelTables.RESPONSE, true),
            new Identified(LevelTables.APPLICATION, LevelTables.RESPONSE, true),
            new Identified("control-", "person", false),
            new Identified("observations-", "subject", false),
            new Identified("scores-", "person", false),
            new Identified("eligible-", "id", false),
            new Identified("estimates-", "respondent", true));

    private record Identified(String name, String column, boolean byResponse) {
        boolean names(String table) {
            return name.endsWith(".csv") ? table.equals(name) : table.startsWith(name);
        }
    }

    private final JdbcClient jdbc;

    VersionErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(EmployeeErased erased) {
        String pseudonym = jdbc.sql("select pseudonym from employee where id = ?")
                .param(erased.employeeId())
                .query(String.class)
                .single();
        Map<Long, Set<String>> responses = new HashMap<>();
        jdbc.sql("select programme_id, response_key from survey_response where employee_id = ?")
                .param(erased.employeeId())
                .query(rs -> {
                    responses
                            .computeIfAbsent(rs.getLong("programme_id"), id -> new HashSet<>())
                            .add(rs.getString("response_key"));
                });
        record Version(long run, long programme, String result) {}
        List<Version> versions = jdbc.sql(
                        "select id, programme_id, result from evaluation_run where version is not null")
                .query((rs, n) -> new Version(rs.getLong("id"), rs.getLong("programme_id"), rs.getString("result")))
                .list();
        for (Version version : versions) {
            Set<String> keys = responses.getOrDefault(version.programme(), Set.of());
            int removed = files(version.run(), pseudonym, keys);
            String result = scrub(version.result(), pseudonym, keys);
            if (removed > 0 || !result.equals(version.result())) {
                jdbc.sql(
                                "update evaluation_run set result = ?, erased_rows = erased_rows + ?, erased_at = ? where id = ?")
                        .params(result, removed, Timestamp.from(Instant.now()), version.run())
                        .update();
            }
        }
    }

    /** Drops the person's rows from the version's tables; how many. */
    private int files(long run, String pseudonym, Set<String> responseKeys) {
        Map<String, String> tables = new HashMap<>();
        jdbc.sql("select name, content from evaluation_run_file where run_id = ? and name like '%.csv'")
                .param(run)
                .query(rs -> {
                    tables.put(rs.getString("name"), rs.getString("content"));
                });
        int removed = 0;
        for (Map.Entry<String, String> table : tables.entrySet()) {
            String name = table.getKey();
            Optional<Identified> identified =
                    IDENTIFIED.stream().filter(kind -> kind.names(name)).findFirst();
            if (identified.isEmpty()) {
                continue;
            }
            String column = identified.get().column();
            Set<String> identifiers = identified.get().byResponse() ? responseKeys : Set.of(pseudonym);
            int[] dropped = {0};
            String kept = without(table.getValue(), column, identifiers, dropped);
            if (dropped[0] > 0) {
                jdbc.sql("update evaluation_run_file set content = ? where run_id = ? and name = ?")
                        .params(kept, run, name)
                        .update();
                removed += dropped[0];
            }
        }
        return removed;
    }

    private static String without(String csv, String column, Set<String> identifiers, int[] dropped) {
        StringWriter text = new StringWriter();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv);
                CsvWriter writer =
                        CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(text)) {
            int index = -1;
            for (CsvRecord row : reader) {
                if (index < 0) {
                    index = row.getFields().indexOf(column);
                    writer.writeRecord(row.getFields());
                } else if (index < row.getFieldCount() && identifiers.contains(row.getField(index))) {
                    dropped[0]++;
                } else {
                    writer.writeRecord(row.getFields());
                }
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return text.toString();
    }

    /** The result with every text equal to one of the identifiers replaced; figures untouched. */
    static String scrub(String result, String pseudonym, Set<String> responseKeys) {
        JsonNode tree = JsonMapper.shared().readTree(result);
        boolean[] changed = {false};
        replace(tree, value -> value.equals(pseudonym) || responseKeys.contains(value), changed);
        return changed[0] ? JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(tree) : result;
    }

    private static void replace(JsonNode node, java.util.function.Predicate<String> identifies, boolean[] changed) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode child = object.get(name);
                if (child.isString() && identifies.test(child.asString())) {
                    object.put(name, ERASED);
                    changed[0] = true;
                } else {
                    replace(child, identifies, changed);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode child = array.get(i);
                if (child.isString() && identifies.test(child.asString())) {
                    array.set(i, array.stringNode(ERASED));
                    changed[0] = true;
                } else {
                    replace(child, identifies, changed);
                }
            }
        }
    }
}
