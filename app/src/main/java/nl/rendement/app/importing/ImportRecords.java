package nl.rendement.app.importing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.rendement.app.system.Batches;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored imports: records, their problems (with the rows' values) and their planned changes. */
@Repository
class ImportRecords {

    /** Joins a problem's arguments in one column; no argument a reader writes contains it. */
    private static final String SEPARATOR = "\u001f";

    private static final String COLUMNS = "id, kind, file_name, uploaded_by, uploaded_at, state, rows_read,"
            + " rows_with_problems, matched, unmatched, ambiguous, newcomers, only_valid_rows, settled_by,"
            + " settled_at, undone_by, undone_at, mapping";

    private static final int BATCH = Batches.SIZE;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    ImportRecords(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Stores a new import as being read: its counts follow with {@link #read}. */
    long add(String kind, String fileName, String user, Map<String, String> mapping) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into import_record (kind, file_name, uploaded_by, uploaded_at, state, rows_read,"
                        + " rows_with_problems, matched, unmatched, ambiguous, newcomers, only_valid_rows, mapping)"
                        + " values (?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, false, ?)")
                .params(
                        kind,
                        fileName,
                        user,
                        now(),
                        ImportState.READING.databaseValue(),
                        mapping.isEmpty() ? null : ColumnMappings.written(mapping))
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** An import being read is read: its counts, what its rows do and its identity report, and it is previewed. */
    void read(long id, int rows, int rowsWithProblems, ImportRecord.Identities ids, Imports.Changes actions) {
        jdbc.sql("update import_record set state = ?, rows_read = ?, rows_with_problems = ?, matched = ?,"
                        + " unmatched = ?, ambiguous = ?, newcomers = ?, added = ?, changed = ?, unchanged = ?"
                        + " where id = ? and state = ?")
                .params(
                        ImportState.PREVIEWED.databaseValue(),
                        rows,
                        rowsWithProblems,
                        ids.matched(),
                        ids.unmatched(),
                        ids.ambiguous(),
                        ids.newcomers(),
                        actions.added(),
                        actions.changed(),
                        actions.same(),
                        id,
                        ImportState.READING.databaseValue())
                .update();
    }

    /** A previewed (or interrupted) import is being committed; refused when another commit claimed it first. */
    void committing(long id) {
        int claimed = jdbc.sql(
                        "update import_record set state = ?, interrupted_while = null where id = ? and state in (?, ?)")
                .params(
                        ImportState.COMMITTING.databaseValue(),
                        id,
                        ImportState.PREVIEWED.databaseValue(),
                        ImportState.INTERRUPTED.databaseValue())
                .update();
        if (claimed == 0) {
            throw new ImportRefused("importing.commit.notPreviewed", id);
        }
    }

    /** A commit that was refused or failed: the import being committed is previewed again. */
    void notCommitted(long id) {
        jdbc.sql("update import_record set state = ? where id = ? and state = ?")
                .params(ImportState.PREVIEWED.databaseValue(), id, ImportState.COMMITTING.databaseValue())
                .update();
    }

    /**
     * At start, before any import can run: every import left being read or committed by the last
     * stop is interrupted (its transaction never ended, so nothing of it is stored).
     */
    int interruptAll() {
        return jdbc.sql("update import_record set interrupted_while = state, state = ? where state in (?, ?)")
                .params(
                        ImportState.INTERRUPTED.databaseValue(),
                        ImportState.READING.databaseValue(),
                        ImportState.COMMITTING.databaseValue())
                .update();
    }

    /** An import being read or committed is interrupted; any other is left as it is. */
    void interrupt(long id) {
        jdbc.sql("update import_record set interrupted_while = state, state = ? where id = ? and state in (?, ?)")
                .params(
                        ImportState.INTERRUPTED.databaseValue(),
                        id,
                        ImportState.READING.databaseValue(),
                        ImportState.COMMITTING.databaseValue())
                .update();
    }

    /** Stores an import's problems in batches: a large file can have hundreds of thousands. */
    void addProblems(long importId, List<ImportPlan.Problem> problems) {
        batch(
                "insert into import_problem (import_id, row_number, column_name, cell_value, reason, arguments,"
                        + " employee_id, notice) values (?, ?, ?, ?, ?, ?, ?, ?)",
                problems,
                problem -> new Object[] {
                    importId,
                    problem.problem().row(),
                    limit(problem.problem().column(), 200),
                    limit(problem.problem().value(), 1000),
                    problem.problem().reason(),
                    limit(
                            problem.problem().arguments().stream()
                                    .map(String::valueOf)
                                    .collect(Collectors.joining(SEPARATOR)),
                            2000),
                    problem.employeeId().orElse(null),
                    problem.notice()
                });
    }

    /** Stores an import's planned changes in batches: a large file plans hundreds of thousands. */
    void addChanges(long importId, List<PlannedChange> changes) {
        batch(
                "insert into import_change (import_id, row_number, subject, employee_id, action, old_value,"
                        + " new_value, applied) values (?, ?, ?, ?, ?, ?, ?, false)",
                changes,
                change -> new Object[] {
                    importId,
                    change.row(),
                    limit(change.subject(), 500),
                    change.employeeId().orElse(null),
                    change.action().name().toLowerCase(Locale.ROOT),
                    change.oldValue().orElse(null),
                    change.newValue()
                });
    }

    private <T> void batch(String sql, List<T> items, Function<T, Object[]> columns) {
        Batches.write(batches, sql, items, columns);
    }

    /** How many of the import's rows add, change or keep a value, as counted when its preview was read. */
    Imports.Changes actions(long importId) {
        return jdbc.sql("select added, changed, unchanged from import_record where id = ?")
                .param(importId)
                .query((rs, n) -> new Imports.Changes(rs.getInt("added"), rs.getInt("changed"), rs.getInt("unchanged")))
                .single();
    }

    /** An import's rows of one action, planned (import_change) or staged (import_observation), as SQL. */
    private static String counted(String action) {
        return "(select count(*) from import_change c where c.import_id = import_record.id and c.action = '" + action
                + "') + (select count(*) from import_observation o where o.import_id = import_record.id"
                + " and o.action = '" + action + "')";
    }

    Optional<ImportRecord> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from import_record where id = ?")
                .param(id)
                .query(ImportRecords::record)
                .optional();
    }

    /** Every import, newest first. */
    List<ImportRecord> history() {
        return jdbc.sql("select " + COLUMNS + " from import_record order by uploaded_at desc, id desc")
                .query(ImportRecords::record)
                .list();
    }

    /** The import's problems (or with {@code notices} its notices) in file order, in the file's name. */
    List<TableProblem> problems(long importId, boolean notices) {
        return jdbc.sql("select p.row_number, p.column_name, p.cell_value, p.reason, p.arguments, r.file_name"
                        + " from import_problem p join import_record r on r.id = p.import_id"
                        + " where p.import_id = ? and p.notice = ? order by p.row_number, p.id")
                .params(importId, notices)
                .query((rs, n) -> new TableProblem(
                        rs.getString("file_name"),
                        rs.getInt("row_number"),
                        rs.getString("column_name"),
                        rs.getString("cell_value"),
                        rs.getString("reason"),
                        arguments(rs.getString("arguments"))))
                .list();
    }

    /** The import's changes in the order they were planned (and are applied). */
    List<PlannedChange> changes(long importId) {
        return jdbc.sql("select row_number, subject, employee_id, action, old_value, new_value from import_change"
                        + " where import_id = ? order by id")
                .param(importId)
                .query((rs, n) -> new PlannedChange(
                        rs.getInt("row_number"),
                        rs.getString("subject"),
                        Optional.ofNullable(rs.getObject("employee_id", Long.class)),
                        PlannedChange.Action.valueOf(rs.getString("action").toUpperCase(Locale.ROOT)),
                        Optional.ofNullable(rs.getString("old_value")),
                        rs.getString("new_value")))
                .list();
    }

    void settle(long id, ImportState state, String user, boolean onlyValidRows) {
        jdbc.sql("update import_record set state = ?, settled_by = ?, settled_at = ?, only_valid_rows = ?,"
                        + " interrupted_while = null where id = ?")
                .params(state.databaseValue(), user, now(), onlyValidRows, id)
                .update();
        if (state == ImportState.COMMITTED) {
            jdbc.sql("update import_change set applied = true where import_id = ? and action <> 'same'")
                    .param(id)
                    .update();
        }
    }

    void undone(long id, String user) {
        jdbc.sql("update import_record set state = ?, undone_by = ?, undone_at = ? where id = ?")
                .params(ImportState.UNDONE.databaseValue(), user, now(), id)
                .update();
        jdbc.sql("update import_change set applied = false where import_id = ?")
                .param(id)
                .update();
    }

    /** Forgets an erased employee: their planned changes, kept old values and problems go, and their imports are recounted. */
    void forget(long employeeId) {
        List<Long> held = jdbc.sql("select import_id from import_observation where employee_id = :employee"
                        + " union select import_id from import_change where employee_id = :employee")
                .param("employee", employeeId)
                .query(Long.class)
                .list();
        jdbc.sql("delete from import_observation where employee_id = ?")
                .param(employeeId)
                .update();
        jdbc.sql("delete from import_change where employee_id = ?")
                .param(employeeId)
                .update();
        if (!held.isEmpty()) {
            jdbc.sql("update import_record set added = " + counted("add") + ", changed = " + counted("change")
                            + ", unchanged = " + counted("same") + " where id in (:ids)")
                    .param("ids", held)
                    .update();
        }
        jdbc.sql("delete from import_problem where employee_id = ?")
                .param(employeeId)
                .update();
    }

    /** An applied add and the employee it created: their pseudonym (the add's subject) and id. */
    record Claim(String subject, String newValue, long employeeId) {}

    /**
     * Keeps with each applied add the employee it created (an HR snapshot's newcomer, planned before
     * they had an id), so that erasing them removes it: the adds without an employee whose subject
     * and value are the claim's. Reads the candidates once per thousand claims, writes in batches.
     */
    void claim(List<Claim> claims) {
        for (int from = 0; from < claims.size(); from += BATCH) {
            List<Claim> some = claims.subList(from, Math.min(claims.size(), from + BATCH));
            Map<List<String>, Long> byAdd = some.stream()
                    .collect(Collectors.toMap(
                            claim -> List.of(claim.subject(), claim.newValue()), Claim::employeeId, (a, b) -> a));
            List<Object[]> claimed = jdbc
                    .sql("select id, subject, new_value from import_change"
                            + " where employee_id is null and action = 'add' and subject in (:subjects)")
                    .param("subjects", some.stream().map(Claim::subject).toList())
                    .query((rs, n) -> new Object[] {
                        byAdd.get(List.of(rs.getString("subject"), rs.getString("new_value"))), rs.getLong("id")
                    })
                    .list()
                    .stream()
                    .filter(pair -> pair[0] != null)
                    .toList();
            batches.batchUpdate("update import_change set employee_id = ? where id = ?", claimed);
        }
    }

    /** Whether a committed import other than the one that added the employee (its add is {@code newValue}) names them. */
    boolean committedElsewhere(long employeeId, String newValue) {
        return jdbc.sql(
                                "select count(*) from import_change c join import_record r on r.id = c.import_id"
                                        + " where c.employee_id = ? and r.state = ? and not (c.action = 'add' and c.new_value = ?)")
                        .params(employeeId, ImportState.COMMITTED.databaseValue(), newValue)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /**
     * Lets go of an employee whose adding is undone: the add keeps its values but no longer their
     * id, and what other previews and problems held of them goes, as on erasure.
     */
    void release(long employeeId, String newValue) {
        jdbc.sql("update import_change set employee_id = null where employee_id = ? and action = 'add'"
                        + " and new_value = ?")
                .params(employeeId, newValue)
                .update();
        forget(employeeId);
    }

    /** Forgets the problems whose cell shows one of these values (an erased person's number or email), ignoring case. */
    void forgetProblemsShowing(List<String> values) {
        if (!values.isEmpty()) {
            jdbc.sql("delete from import_problem where lower(cell_value) in (:values)")
                    .param(
                            "values",
                            values.stream()
                                    .map(value -> value.toLowerCase(Locale.ROOT))
                                    .toList())
                    .update();
        }
    }

    /** Removes a text (such as an erased manager's field) from every kept value. */
    void removeFromValues(String text) {
        String pattern = "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        jdbc.sql("update import_change set old_value = replace(old_value, :text, ''),"
                        + " new_value = replace(new_value, :text, '')"
                        + " where old_value like :pattern escape '!' or new_value like :pattern escape '!'")
                .param("text", text)
                .param("pattern", pattern)
                .update();
    }

    private static ImportRecord record(ResultSet rs, int rowNum) throws SQLException {
        return new ImportRecord(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("file_name"),
                rs.getString("uploaded_by"),
                time(rs, "uploaded_at").orElseThrow(),
                ImportState.fromDatabase(rs.getString("state")),
                rs.getInt("rows_read"),
                rs.getInt("rows_with_problems"),
                new ImportRecord.Identities(
                        rs.getInt("matched"), rs.getInt("unmatched"), rs.getInt("ambiguous"), rs.getInt("newcomers")),
                rs.getBoolean("only_valid_rows"),
                ColumnMappings.read(rs.getString("mapping")),
                event(rs, "settled"),
                event(rs, "undone"));
    }

    private static Optional<ImportRecord.Event> event(ResultSet rs, String prefix) throws SQLException {
        String by = rs.getString(prefix + "_by");
        Optional<OffsetDateTime> at = time(rs, prefix + "_at");
        return by == null || at.isEmpty() ? Optional.empty() : Optional.of(new ImportRecord.Event(by, at.get()));
    }

    private static Optional<OffsetDateTime> time(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class));
    }

    private static List<Object> arguments(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList((Object[]) joined.split(SEPARATOR, -1));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static String limit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
