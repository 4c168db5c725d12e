package nl.rendement.app.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.rendement.app.kpi.KpiObservation;
import nl.rendement.app.kpi.ObservationKey;
import nl.rendement.app.system.Batches;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.postgresql.util.ByteConverter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The staged KPI observations of imports (table {@code import_observation}): written by a preview
 * through the database's bulk path ({@code COPY} on PostgreSQL, batches on H2), moved into
 * {@code kpi_observation} by a commit in chunks of rows, and taken back by an undo. The one place
 * outside the KPI module that writes {@code kpi_observation}: the bulk path cannot go through one
 * observation at a time.
 *
 * <p>Every method runs inside the caller's transaction ({@link Imports} opens one per step).
 */
@Repository
class ObservationStage {

    /** The file rows a commit moves with one statement, and after which it tells its progress. */
    static final int CHUNK = 50_000;

    /** From this many adds a PostgreSQL commit checks the foreign keys once for the table, not per row. */
    static final int KEYS_CHECKED_WHOLE_FROM = 20_000;

    /**
     * The stored rows per add up to which the whole-table check pays: it reads every stored row
     * (about 0.2 µs a row for the three keys, measured on a million-row import), while the check per
     * row costs about 8.5 µs an add. A small import into a large table keeps the check per row.
     */
    static final int STORED_ROWS_PER_ADD = 40;

    private static final String COLUMNS = "import_id, row_number, action, kpi_id, employee_id, unit_id, period_start,"
            + " kpi_value, weight, old_value, old_weight";

    /**
     * A stored observation by its whole key (V21: one key over person and team): the other subject
     * column's null is part of it, so the lookup reads one index entry, not every row of the KPI.
     */
    private static final String KEY_PERSON = "kpi_id = ? and employee_id = ? and unit_id is null and period_start = ?";

    private static final String KEY_TEAM = "kpi_id = ? and employee_id is null and unit_id = ? and period_start = ?";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JdbcClient streamed;

    ObservationStage(DataSource dataSource, JdbcClient jdbc, JdbcTemplate template) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.template = template;
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(StoredRows.FETCH_SIZE);
        this.streamed = JdbcClient.create(fetching);
    }

    /** One staged row: the file's row, what it does, and the value it replaces. */
    record Staged(int row, PlannedChange.Action action, KpiObservation observation, Optional<KpiObservation> old) {}

    /**
     * A staged row read back with its person's pseudonym (none for a team's row): whose value it is
     * is told from the row's ids when read, not written with every row.
     */
    record Read(Staged staged, Optional<String> pseudonym) {}

    /**
     * Writes one import's staged rows; closing it ends the write, {@link #abort()} lets it go. The
     * connection is busy while rows are sent: {@link #flush()} before reading anything in between.
     */
    interface Writer extends AutoCloseable {

        void add(Staged staged);

        /** Sends what is pending and frees the connection; the next row starts a new write. */
        void flush();

        @Override
        void close();

        /** Ends a write that failed, leaving nothing half sent on the connection. */
        void abort();
    }

    /** A writer of staged rows for one import, by the bulk path of the database the transaction uses. */
    Writer writer(long importId) {
        return postgres()
                .<Writer>map(connection -> new CopyWriter(importId, connection))
                .orElseGet(() -> new BatchWriter(importId));
    }

    /**
     * The import's first {@code first} staged rows of one action (all actions when empty), in file
     * order, streamed, each with its person's pseudonym.
     */
    void each(long importId, Optional<PlannedChange.Action> action, int first, Consumer<Read> rows) {
        String sql = "select o.*, e.pseudonym from import_observation o left join employee e on e.id = o.employee_id"
                + " where o.import_id = :id"
                + action.map(only -> " and o.action = :action").orElse("")
                + " order by o.row_number fetch first :first rows only";
        JdbcClient.StatementSpec statement =
                streamed.sql(sql).param("id", importId).param("first", first);
        if (action.isPresent()) {
            statement = statement.param("action", written(action.get()));
        }
        try (Stream<Read> stream =
                statement
                        .query((rs, n) -> new Read(staged(rs, n), Optional.ofNullable(rs.getString("pseudonym"))))
                        .stream()) {
            stream.forEach(rows);
        }
    }

    /**
     * Moves the import's adds of file rows {@code from} (inclusive) to {@code to} (exclusive) into
     * {@code kpi_observation} with one statement; refused when one of them is stored since the
     * preview.
     */
    int addRows(long importId, int from, int to) {
        try {
            return jdbc.sql(
                            "insert into kpi_observation (kpi_id, employee_id, unit_id, period_start, kpi_value, weight)"
                                    + " select kpi_id, employee_id, unit_id, period_start, kpi_value, weight"
                                    + " from import_observation where import_id = ? and action = 'add'"
                                    + " and row_number >= ? and row_number < ?")
                    .params(importId, from, to)
                    .update();
        } catch (DuplicateKeyException storedSince) {
            throw new ImportRefused("importing.commit.changedSincePreview");
        }
    }

    /**
     * Gives the import's changes of file rows {@code from} to {@code to} their new values, each only
     * when the stored value is still the one the preview found; refused otherwise.
     */
    void changeRows(long importId, int from, int to) {
        guarded(importId, PlannedChange.Action.CHANGE, from, to, ObservationStage::old, Staged::observation, row -> {
            throw new ImportRefused("importing.commit.changedSincePreview");
        });
    }

    /** Removes the import's adds of file rows {@code from} to {@code to}; refused when one is no longer what it wrote. */
    void removeAdded(long importId, int from, int to) {
        perKind(
                rows(importId, PlannedChange.Action.ADD, from, to),
                key -> "delete from kpi_observation where " + key
                        + " and kpi_value = ? and weight is not distinct from ?",
                staged -> keyThenValue(staged.observation()),
                row -> {
                    throw new ImportRefused("importing.undo.changedSince", row);
                });
    }

    /** Puts back the values the import's changes of rows {@code from} to {@code to} replaced; refused when one changed since. */
    void restoreChanged(long importId, int from, int to) {
        guarded(importId, PlannedChange.Action.CHANGE, from, to, Staged::observation, ObservationStage::old, row -> {
            throw new ImportRefused("importing.undo.changedSince", row);
        });
    }

    /**
     * Before many adds on PostgreSQL: drops the table's foreign keys, to be put back (and checked
     * for every row at once) by {@link #restoreKeys}, inside the same transaction. A key check per
     * row would double a million-row commit; the whole-table check is one join over the table, so it
     * is chosen only when the adds are many and not few beside the rows stored (PostgreSQL's own
     * estimate of them, which costs no scan). When the adds are at least as many as the rows stored
     * (a first load) and none changes a stored value (a change finds its row by the key), the
     * table's unique keys and indexes go too and are built again after the adds (see {@link
     * #rebuilt}). Holds the table's exclusive lock until the commit ends: readers of KPI
     * observations wait for it.
     *
     * @return what was dropped; nothing when the keys stay checked per row
     */
    Dropped dropKeys(Imports.Changes counts) {
        int adds = counts.added();
        if (postgres().isEmpty()) {
            return Dropped.NOTHING;
        }
        long stored = jdbc.sql("select greatest(reltuples, 0)::bigint from pg_class"
                        + " where oid = 'kpi_observation'::regclass")
                .query(Long.class)
                .single();
        if (!checkedWhole(adds, stored)) {
            return Dropped.NOTHING;
        }
        jdbc.sql("lock table kpi_observation in access exclusive mode").update();
        List<String> keys = dropConstraints("'f'");
        if (counts.changed() > 0 || !rebuilt(adds, stored)) {
            return new Dropped(List.of(), keys);
        }
        List<String> indexes = new ArrayList<>(dropConstraints("'p', 'u'"));
        List<Map.Entry<String, String>> plain = jdbc.sql(
                        "select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition"
                                + " from pg_index i where i.indrelid = 'kpi_observation'::regclass and not exists"
                                + " (select 1 from pg_constraint c where c.conindid = i.indexrelid"
                                + " and c.conrelid = i.indrelid) order by 1")
                .query((rs, n) -> Map.entry(rs.getString("name"), rs.getString("definition")))
                .list();
        plain.forEach(index -> {
            jdbc.sql("drop index " + index.getKey()).update();
            indexes.add(index.getValue());
        });
        return new Dropped(indexes, keys);
    }

    /** Drops the table's constraints of the given types; returns the statements that add each again. */
    private List<String> dropConstraints(String types) {
        List<Map.Entry<String, String>> constraints = jdbc.sql(
                        "select conname, pg_get_constraintdef(oid) as definition from pg_constraint"
                                + " where conrelid = 'kpi_observation'::regclass and contype in (" + types + ")"
                                + " order by conname")
                .query((rs, n) -> Map.entry(quoted(rs.getString("conname")), rs.getString("definition")))
                .list();
        return constraints.stream()
                .map(constraint -> {
                    jdbc.sql("alter table kpi_observation drop constraint " + constraint.getKey())
                            .update();
                    return "alter table kpi_observation add constraint " + constraint.getKey() + " "
                            + constraint.getValue();
                })
                .toList();
    }

    /** Whether a commit of {@code adds} adds into a table of about {@code stored} rows checks the foreign keys once for the table. */
    static boolean checkedWhole(int adds, long stored) {
        return adds >= KEYS_CHECKED_WHOLE_FROM && (long) adds * STORED_ROWS_PER_ADD >= stored;
    }

    /**
     * Whether such a commit also builds the table's unique keys and indexes again after its adds:
     * when the adds are at least as many as the rows stored. A build sorts the whole table (about
     * 0.8 µs a row for the three, on both cores), while an index entry per add costs about 1.6 µs;
     * measured with a million adds into 400,000 rows.
     */
    static boolean rebuilt(int adds, long stored) {
        return checkedWhole(adds, stored) && adds >= stored;
    }

    /**
     * Builds again what {@link #dropKeys} dropped: the unique keys and indexes first, then the
     * foreign keys, each checked for every row; refused when a key is stored since the preview or a
     * referenced row is gone.
     */
    void restoreKeys(Dropped dropped) {
        try {
            dropped.indexes().forEach(statement -> jdbc.sql(statement).update());
            dropped.keys().forEach(statement -> jdbc.sql(statement).update());
        } catch (DataIntegrityViolationException goneSince) {
            throw new ImportRefused("importing.commit.changedSincePreview");
        }
    }

    /**
     * What {@link #dropKeys} took off {@code kpi_observation}, as the statements that make it again:
     * unique keys and indexes, and foreign keys.
     */
    record Dropped(List<String> indexes, List<String> keys) {
        static final Dropped NOTHING = new Dropped(List.of(), List.of());
    }

    /**
     * After a million rows are staged, PostgreSQL's statistics still describe the table before
     * them, and it would scan the whole table for every chunk of a commit: refreshed here (a
     * sample, not a scan). H2 keeps its own.
     */
    void analyse() {
        if (postgres().isPresent()) {
            jdbc.sql("analyze import_observation").update();
        }
    }

    /** Removes an import's staged rows: a file that could not be read keeps none. */
    void remove(long importId) {
        jdbc.sql("delete from import_observation where import_id = ?")
                .param(importId)
                .update();
    }

    /** The last file row staged for the import (1, the header, when none is). */
    int lastRow(long importId) {
        return jdbc.sql("select coalesce(max(row_number), 1) from import_observation where import_id = ?")
                .param(importId)
                .query(Integer.class)
                .single();
    }

    /** Sets from-to values on the staged rows of one action in the row range, each guarded by its from-value. */
    private void guarded(
            long importId,
            PlannedChange.Action action,
            int from,
            int to,
            Function<Staged, KpiObservation> was,
            Function<Staged, KpiObservation> becomes,
            IntConsumer refuse) {
        perKind(
                rows(importId, action, from, to),
                key -> "update kpi_observation set kpi_value = ?, weight = ? where " + key
                        + " and kpi_value = ? and weight is not distinct from ?",
                staged -> valueThenKeyThenValue(becomes.apply(staged), was.apply(staged)),
                refuse);
    }

    /**
     * Runs one statement per row in batches, persons' and teams' apart (their keys name different
     * columns); {@code refuse} gets the file row of the first statement that touched no row.
     */
    private void perKind(
            List<Staged> rows, Function<String, String> sql, Function<Staged, Object[]> params, IntConsumer refuse) {
        for (boolean team : List.of(false, true)) {
            List<Staged> ofKind = rows.stream()
                    .filter(staged -> staged.observation().key().subject().team() == team)
                    .toList();
            for (int start = 0; start < ofKind.size(); start += Batches.SIZE) {
                List<Staged> some = ofKind.subList(start, Math.min(ofKind.size(), start + Batches.SIZE));
                int[] counts = template.batchUpdate(
                        sql.apply(team ? KEY_TEAM : KEY_PERSON),
                        some.stream().map(params).toList());
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        refuse.accept(some.get(i).row());
                    }
                }
            }
        }
    }

    private List<Staged> rows(long importId, PlannedChange.Action action, int from, int to) {
        return jdbc.sql("select " + COLUMNS + " from import_observation where import_id = ? and action = ?"
                        + " and row_number >= ? and row_number < ? order by row_number")
                .params(importId, written(action), from, to)
                .query(ObservationStage::staged)
                .list();
    }

    /** The transaction's connection as PostgreSQL's, when the database is PostgreSQL. */
    private Optional<PGConnection> postgres() {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.isWrapperFor(PGConnection.class)
                    ? Optional.of(connection.unwrap(PGConnection.class))
                    : Optional.empty();
        } catch (SQLException unexpected) {
            throw new IllegalStateException("The database connection cannot be inspected", unexpected);
        }
    }

    private static Object[] keyThenValue(KpiObservation value) {
        ObservationKey k = value.key();
        return new Object[] {
            k.kpiId(),
            k.subject().id(),
            Date.valueOf(k.periodStart()),
            value.value(),
            value.weight().orElse(null)
        };
    }

    private static Object[] valueThenKeyThenValue(KpiObservation becomes, KpiObservation was) {
        ObservationKey k = becomes.key();
        return new Object[] {
            becomes.value(),
            becomes.weight().orElse(null),
            k.kpiId(),
            k.subject().id(),
            Date.valueOf(k.periodStart()),
            was.value(),
            was.weight().orElse(null)
        };
    }

    private static KpiObservation old(Staged change) {
        return change.old().orElseThrow();
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static PlannedChange.Action action(ResultSet rs) throws SQLException {
        return PlannedChange.Action.valueOf(rs.getString("action").toUpperCase(Locale.ROOT));
    }

    /** An action as the table's check writes it (a switch: a staged million rows wrote it a million times). */
    private static String written(PlannedChange.Action action) {
        return switch (action) {
            case ADD -> "add";
            case CHANGE -> "change";
            case SAME -> "same";
        };
    }

    private static Staged staged(ResultSet rs, int rowNum) throws SQLException {
        long employee = rs.getLong("employee_id");
        ObservationKey.Subject subject = rs.wasNull()
                ? ObservationKey.Subject.team(rs.getLong("unit_id"))
                : ObservationKey.Subject.person(employee);
        ObservationKey key =
                new ObservationKey(rs.getLong("kpi_id"), subject, rs.getObject("period_start", LocalDate.class));
        BigDecimal old = rs.getBigDecimal("old_value");
        Optional<BigDecimal> oldWeight = Optional.ofNullable(rs.getBigDecimal("old_weight"));
        return new Staged(
                rs.getInt("row_number"),
                action(rs),
                new KpiObservation(key, rs.getBigDecimal("kpi_value"), Optional.ofNullable(rs.getBigDecimal("weight"))),
                Optional.ofNullable(old).map(value -> new KpiObservation(key, value, oldWeight)));
    }

    /**
     * PostgreSQL: {@code COPY … FROM STDIN} in PostgreSQL's binary format (its documented file
     * format: a signature, then per row the field count and each field's length and bytes in the
     * column type's binary form, a length of -1 for null), fed as rows come and started by the
     * first row after a flush. Binary, because the server then reads numbers and dates without
     * parsing text: the staging write is most of a million-row preview's time on the server.
     * Numerics are encoded by pgjdbc ({@link ByteConverter#numeric(BigDecimal)}). Each row is
     * put together in one buffer and sent with one write (a write per field was a fifth of the
     * checking thread's time).
     */
    private static final class CopyWriter implements Writer {

        private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

        /** PostgreSQL's dates count days from 2000-01-01. */
        private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

        private static final short FIELDS = 11;

        /** Each action as the table's check writes it, in bytes. */
        private static final Map<PlannedChange.Action, byte[]> ACTIONS = Stream.of(PlannedChange.Action.values())
                .collect(Collectors.toMap(
                        action -> action,
                        action -> written(action).getBytes(StandardCharsets.US_ASCII),
                        (one, other) -> one,
                        () -> new EnumMap<>(PlannedChange.Action.class)));

        /** Room for the longest row: eleven lengths, the fixed-size fields, four numerics of at most 24 digits. */
        private static final int ROW_BYTES = 512;

        private final long importId;
        private final PGConnection connection;
        private final ByteBuffer row = ByteBuffer.allocate(ROW_BYTES);
        private PGCopyOutputStream copy;

        CopyWriter(long importId, PGConnection connection) {
            this.importId = importId;
            this.connection = connection;
        }

        @Override
        public void add(Staged staged) {
            if (copy == null) {
                start();
            }
            ObservationKey key = staged.observation().key();
            boolean team = key.subject().team();
            row.clear();
            row.putShort(FIELDS);
            int8(importId);
            row.putInt(4).putInt(staged.row());
            byte[] action = ACTIONS.get(staged.action());
            row.putInt(action.length).put(action);
            int8(key.kpiId());
            int8(team ? null : key.subject().id());
            int8(team ? key.subject().id() : null);
            row.putInt(4).putInt(Math.toIntExact(key.periodStart().toEpochDay() - POSTGRES_EPOCH_DAY));
            numeric(staged.observation().value());
            numeric(staged.observation().weight().orElse(null));
            numeric(staged.old().map(KpiObservation::value).orElse(null));
            numeric(staged.old().flatMap(KpiObservation::weight).orElse(null));
            send(row.array(), row.position());
        }

        @Override
        public void flush() {
            if (copy != null) {
                send(new byte[] {-1, -1}, 2); // the end: a field count of -1
                try {
                    copy.close();
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
                copy = null;
            }
        }

        @Override
        public void close() {
            flush();
        }

        @Override
        public void abort() {
            try {
                if (copy != null && copy.isActive()) {
                    copy.cancelCopy();
                }
            } catch (SQLException alreadyGone) {
                // the transaction rolls back whatever was sent
            }
            copy = null;
        }

        private void start() {
            try {
                copy = new PGCopyOutputStream(
                        connection,
                        "copy import_observation (" + COLUMNS + ") from stdin with (format binary)",
                        1 << 16);
            } catch (SQLException refused) {
                throw new IllegalStateException("PostgreSQL refused to copy staged rows", refused);
            }
            ByteBuffer header = ByteBuffer.allocate(SIGNATURE.length + 8);
            header.put(SIGNATURE).putInt(0).putInt(0); // flags: no OIDs; no header extension
            send(header.array(), header.position());
        }

        private void send(byte[] bytes, int length) {
            try {
                copy.write(bytes, 0, length);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }

        private void int8(Long value) {
            if (value == null) {
                row.putInt(-1);
            } else {
                row.putInt(8).putLong(value);
            }
        }

        private void numeric(BigDecimal value) {
            if (value == null) {
                row.putInt(-1);
            } else {
                byte[] bytes = ByteConverter.numeric(value);
                row.putInt(bytes.length).put(bytes);
            }
        }
    }

    /**
     * H2: inserts of a thousand rows a round trip, through one statement with typed parameters (the
     * generic setting of an object per cell was a fifth of an H2 preview's time).
     */
    private final class BatchWriter implements Writer {

        private final long importId;
        private PreparedStatement insert;
        private int pending;

        BatchWriter(long importId) {
            this.importId = importId;
        }

        @Override
        public void add(Staged staged) {
            ObservationKey key = staged.observation().key();
            boolean team = key.subject().team();
            try {
                if (insert == null) {
                    insert = DataSourceUtils.getConnection(dataSource)
                            .prepareStatement("insert into import_observation (" + COLUMNS
                                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                }
                insert.setLong(1, importId);
                insert.setInt(2, staged.row());
                insert.setString(3, written(staged.action()));
                insert.setLong(4, key.kpiId());
                insert.setObject(5, team ? null : key.subject().id(), Types.BIGINT);
                insert.setObject(6, team ? key.subject().id() : null, Types.BIGINT);
                insert.setObject(7, key.periodStart());
                insert.setBigDecimal(8, staged.observation().value());
                insert.setBigDecimal(9, staged.observation().weight().orElse(null));
                insert.setBigDecimal(10, staged.old().map(KpiObservation::value).orElse(null));
                insert.setBigDecimal(
                        11, staged.old().flatMap(KpiObservation::weight).orElse(null));
                insert.addBatch();
            } catch (SQLException refused) {
                throw translated(refused);
            }
            if (++pending == Batches.SIZE) {
                flush();
            }
        }

        @Override
        public void flush() {
            if (pending > 0) {
                try {
                    insert.executeBatch();
                } catch (SQLException refused) {
                    throw translated(refused);
                }
                pending = 0;
            }
        }

        @Override
        public void close() {
            try {
                flush();
            } finally {
                abort();
            }
        }

        @Override
        public void abort() {
            pending = 0;
            if (insert != null) {
                try {
                    insert.close();
                } catch (SQLException alreadyGone) {
                    // the transaction rolls back whatever was sent
                }
                insert = null;
            }
        }

        private RuntimeException translated(SQLException refused) {
            RuntimeException translated = template.getExceptionTranslator().translate("staging rows", null, refused);
            return translated != null ? translated : new IllegalStateException("H2 refused staged rows", refused);
        }
    }
}
