package nl.rendement.app.costs;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.rendement.engine.costs.Recurrence;
import nl.rendement.engine.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The store of programmes' cost ledger lines, each known by its programme and line id. */
@Repository
public class CostLines {

    private final JdbcClient jdbc;

    CostLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A programme's line. */
    public record Key(long programmeId, String lineId) {}

    /** The lines of these programmes, by key. */
    public Map<Key, CostLine> ofProgrammes(Collection<Long> programmeIds) {
        Map<Key, CostLine> found = new LinkedHashMap<>();
        if (programmeIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select programme_id, line_id, category, description, amount, vat, currency, recurrence,"
                        + " expected_participants, paid_on from cost_line where programme_id in (:ids)"
                        + " order by programme_id, line_id")
                .param("ids", programmeIds)
                .query(rs -> {
                    found.put(new Key(rs.getLong("programme_id"), rs.getString("line_id")), row(rs));
                });
        return found;
    }

    public void add(long programmeId, CostLine line) {
        jdbc.sql(
                        "insert into cost_line (category, description, amount, vat, currency, recurrence,"
                                + " expected_participants, paid_on, programme_id, line_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(values(programmeId, line))
                .update();
    }

    public void update(long programmeId, CostLine line) {
        jdbc.sql(
                        "update cost_line set category = ?, description = ?, amount = ?, vat = ?, currency = ?,"
                                + " recurrence = ?, expected_participants = ?, paid_on = ? where programme_id = ? and line_id = ?")
                .params(values(programmeId, line))
                .update();
    }

    public void remove(Key key) {
        jdbc.sql("delete from cost_line where programme_id = ? and line_id = ?")
                .params(key.programmeId(), key.lineId())
                .update();
    }

    private static Object[] values(long programmeId, CostLine line) {
        return new Object[] {
            line.category().code(),
            line.description().orElse(null),
            line.amount().amount(),
            line.vat().amount(),
            line.amount().currency().getCurrencyCode(),
            line.recurrence().name().toLowerCase(Locale.ROOT),
            line.expectedParticipants().orElse(null),
            Date.valueOf(line.date()),
            programmeId,
            line.lineId()
        };
    }

    private static CostLine row(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        int expected = rs.getInt("expected_participants");
        Optional<Integer> participants = rs.wasNull() ? Optional.empty() : Optional.of(expected);
        return new CostLine(
                rs.getString("line_id"),
                LineCategory.ofCode(rs.getString("category")),
                Optional.ofNullable(rs.getString("description")),
                Money.of(rs.getBigDecimal("amount"), currency),
                Money.of(rs.getBigDecimal("vat"), currency),
                Recurrence.valueOf(rs.getString("recurrence").toUpperCase(Locale.ROOT)),
                participants,
                rs.getDate("paid_on").toLocalDate());
    }

    /** How many ledger lines Rendement holds. */
    public long count() {
        return jdbc.sql("select count(*) from cost_line").query(Long.class).single();
    }
}
