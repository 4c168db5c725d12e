package nl.rendement.app.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.rendement.engine.measures.Aggregation;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.PeriodLength;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The store of KPI definitions, each known by its code. */
@Repository
public class KpiDefinitions {

    private static final String SELECT = "select id, code, name, unit, direction, aggregation, period,"
            + " threshold_share_percent, description from kpi_definition";

    private final JdbcClient jdbc;

    KpiDefinitions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(KpiDefinition kpi) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into kpi_definition (name, unit, direction, aggregation, period, threshold_share_percent,"
                        + " description, code) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(values(kpi))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Replaces what the KPI with this definition's code says. */
    public void update(KpiDefinition kpi) {
        jdbc.sql("update kpi_definition set name = ?, unit = ?, direction = ?, aggregation = ?, period = ?,"
                        + " threshold_share_percent = ?, description = ? where code = ?")
                .params(values(kpi))
                .update();
    }

    /** Removes a KPI that no observation refers to. */
    public void remove(String code) {
        jdbc.sql("delete from kpi_definition where code = ?").param(code).update();
    }

    public Optional<Kpi> byCode(String code) {
        return jdbc.sql(SELECT + " where code = ?")
                .param(code)
                .query(KpiDefinitions::row)
                .optional();
    }

    /** Every KPI, ordered by code. */
    public List<Kpi> all() {
        return jdbc.sql(SELECT + " order by code").query(KpiDefinitions::row).list();
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
            kpi.code()
        };
    }

    /** An engine constant as the database and import files write it: {@code ratio_of_sums}. */
    public static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private static Kpi row(ResultSet rs, int rowNum) throws SQLException {
        return new Kpi(
                rs.getLong("id"),
                new KpiDefinition(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("unit"),
                        Direction.valueOf(constant(rs.getString("direction"))),
                        Aggregation.valueOf(constant(rs.getString("aggregation"))),
                        PeriodLength.valueOf(constant(rs.getString("period"))),
                        Optional.ofNullable(rs.getBigDecimal("threshold_share_percent")),
                        Optional.ofNullable(rs.getString("description"))));
    }

    private static String constant(String code) {
        return code.toUpperCase(Locale.ROOT);
    }

    /** How many KPIs Rendement holds. */
    public long count() {
        return jdbc.sql("select count(*) from kpi_definition").query(Long.class).single();
    }
}
