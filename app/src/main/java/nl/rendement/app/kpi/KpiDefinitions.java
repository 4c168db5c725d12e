package nl.rendement.app.kpi;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.programme.ProgrammeType;
import nl.rendement.engine.conversion.ConversionValue;
import nl.rendement.engine.conversion.Technique;
import nl.rendement.engine.measures.Aggregation;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.PeriodLength;
import nl.rendement.engine.money.Money;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The store of KPI definitions, each known by its code. */
@Repository
public class KpiDefinitions {

    private static final String SELECT = "select id, code, name, unit, direction, aggregation, period,"
            + " threshold_share_percent, description, value_per_unit, value_currency, value_technique, value_source,"
            + " value_year, value_evidence from kpi_definition";

    private final JdbcClient jdbc;

    KpiDefinitions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(KpiDefinition kpi) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into kpi_definition (name, unit, direction, aggregation, period, threshold_share_percent,"
                        + " description, value_per_unit, value_currency, value_technique, value_source, value_year,"
                        + " value_evidence, code) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(values(kpi))
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        placeIn(id, kpi.programmeTypes());
        return id;
    }

    /** Replaces what the KPI with this definition's code says. */
    public void update(KpiDefinition kpi) {
        jdbc.sql("update kpi_definition set name = ?, unit = ?, direction = ?, aggregation = ?, period = ?,"
                        + " threshold_share_percent = ?, description = ?, value_per_unit = ?, value_currency = ?,"
                        + " value_technique = ?, value_source = ?, value_year = ?, value_evidence = ? where code = ?")
                .params(values(kpi))
                .update();
        long id = jdbc.sql("select id from kpi_definition where code = ?")
                .param(kpi.code())
                .query(Long.class)
                .single();
        jdbc.sql("delete from kpi_programme_type where kpi_id = ?").param(id).update();
        placeIn(id, kpi.programmeTypes());
    }

    private void placeIn(long id, Set<ProgrammeType> types) {
        types.forEach(type -> jdbc.sql("insert into kpi_programme_type (kpi_id, programme_type) values (?, ?)")
                .params(id, type.code())
                .update());
    }

    /** Removes a KPI that no observation refers to. */
    public void remove(String code) {
        jdbc.sql("delete from kpi_definition where code = ?").param(code).update();
    }

    public Optional<Kpi> byCode(String code) {
        Map<Long, Set<ProgrammeType>> types = programmeTypes();
        return jdbc.sql(SELECT + " where code = ?")
                .param(code)
                .query((rs, n) -> row(rs, types))
                .optional();
    }

    /** Every KPI, ordered by code. */
    public List<Kpi> all() {
        Map<Long, Set<ProgrammeType>> types = programmeTypes();
        return jdbc.sql(SELECT + " order by code")
                .query((rs, n) -> row(rs, types))
                .list();
    }

    private Map<Long, Set<ProgrammeType>> programmeTypes() {
        Map<Long, Set<ProgrammeType>> types = new HashMap<>();
        jdbc.sql("select kpi_id, programme_type from kpi_programme_type").query(rs -> {
            types.computeIfAbsent(rs.getLong("kpi_id"), id -> EnumSet.noneOf(ProgrammeType.class))
                    .add(ProgrammeType.ofCode(rs.getString("programme_type")));
        });
        return types;
    }

    private static Object[] values(KpiDefinition kpi) {
        return new Object[] {
            kpi.name(),
            kpi.unit(),
            code(kpi.direction()),
            code(kpi.aggregation()),
            code(kpi.period()),
            kpi.thresholdSharePercent().orElse(null),
            kpi.description().orElse(null),
            kpi.conversion().map(value -> value.valuePerUnit().amount()).orElse(null),
            kpi.conversion()
                    .map(value -> value.valuePerUnit().currency().getCurrencyCode())
                    .orElse(null),
            kpi.conversion().map(value -> code(value.technique())).orElse(null),
            kpi.conversion().map(ConversionValue::source).orElse(null),
            kpi.conversion().map(ConversionValue::year).orElse(null),
            kpi.conversion().flatMap(ConversionValue::evidence).orElse(null),
            kpi.code()
        };
    }

    /** An engine constant as the database and import files write it: {@code ratio_of_sums}. */
    public static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private static Kpi row(ResultSet rs, Map<Long, Set<ProgrammeType>> types) throws SQLException {
        long id = rs.getLong("id");
        BigDecimal amount = rs.getBigDecimal("value_per_unit");
        Optional<ConversionValue> conversion = amount == null
                ? Optional.empty()
                : Optional.of(new ConversionValue(
                        constant(Technique.class, rs.getString("value_technique")),
                        Money.of(amount, Currency.getInstance(rs.getString("value_currency"))),
                        rs.getString("value_source"),
                        rs.getInt("value_year"),
                        Optional.empty(),
                        Optional.ofNullable(rs.getString("value_evidence")),
                        Optional.empty(),
                        Optional.empty()));
        return new Kpi(
                id,
                new KpiDefinition(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("unit"),
                        constant(Direction.class, rs.getString("direction")),
                        constant(Aggregation.class, rs.getString("aggregation")),
                        constant(PeriodLength.class, rs.getString("period")),
                        Optional.ofNullable(rs.getBigDecimal("threshold_share_percent")),
                        Optional.ofNullable(rs.getString("description")),
                        types.getOrDefault(id, Set.of()),
                        conversion));
    }

    /** The engine constant a code names, as {@link #code} writes it: {@code ratio_of_sums} is RATIO_OF_SUMS. */
    public static <E extends Enum<E>> E constant(Class<E> type, String code) {
        return Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
    }

    /** How many KPIs Rendement holds. */
    public long count() {
        return jdbc.sql("select count(*) from kpi_definition").query(Long.class).single();
    }
}
