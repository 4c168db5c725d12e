package nl.rendement.app.costs;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.rendement.engine.money.ExchangeRate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The store of exchange rates an administrator added: each converts one currency into the
 * reporting currency from its date on. Rendement has no built-in rates; a cost in another
 * currency is imported only when such a rate exists on or before its date.
 */
@Repository
public class ExchangeRates {

    private static final String SELECT =
            "select id, currency, reporting_currency, rate, valid_from, source, added_by, added_at from exchange_rate";

    private final JdbcClient jdbc;

    ExchangeRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every rate, by currency and then newest first. */
    public List<RecordedRate> all() {
        return jdbc.sql(SELECT + " order by currency, reporting_currency, valid_from desc")
                .query(ExchangeRates::row)
                .list();
    }

    /** For each currency with a rate into {@code reporting}, the first day it has one. */
    public Map<Currency, LocalDate> firstDays(Currency reporting) {
        Map<Currency, LocalDate> first = new HashMap<>();
        jdbc.sql("select currency, min(valid_from) from exchange_rate where reporting_currency = ? group by currency")
                .param(reporting.getCurrencyCode())
                .query(rs -> {
                    first.put(
                            Currency.getInstance(rs.getString(1)), rs.getDate(2).toLocalDate());
                });
        return first;
    }

    /** Whether the rate's currencies already have a rate from its date. */
    public boolean exists(ExchangeRate rate) {
        return jdbc.sql("select count(*) from exchange_rate where currency = ? and reporting_currency = ?"
                                + " and valid_from = ?")
                        .params(rate.from().getCurrencyCode(), rate.to().getCurrencyCode(), Date.valueOf(rate.date()))
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void add(ExchangeRate rate, String addedBy) {
        jdbc.sql("insert into exchange_rate (currency, reporting_currency, rate, valid_from, source, added_by,"
                        + " added_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        rate.from().getCurrencyCode(),
                        rate.to().getCurrencyCode(),
                        rate.rate(),
                        Date.valueOf(rate.date()),
                        rate.source(),
                        addedBy,
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    /** Removes a rate; false when there is none with this id. */
    public boolean remove(long id) {
        return jdbc.sql("delete from exchange_rate where id = ?").param(id).update() > 0;
    }

    private static RecordedRate row(ResultSet rs, int rowNum) throws SQLException {
        return new RecordedRate(
                rs.getLong("id"),
                new ExchangeRate(
                        Currency.getInstance(rs.getString("currency")),
                        Currency.getInstance(rs.getString("reporting_currency")),
                        rs.getBigDecimal("rate"),
                        rs.getDate("valid_from").toLocalDate(),
                        rs.getString("source")),
                rs.getString("added_by"),
                rs.getObject("added_at", OffsetDateTime.class).toInstant());
    }
}
