package nl.rendement.app.kpi;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.rendement.app.people.EmployeeErased;
import nl.rendement.app.system.Batches;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The store of KPI observations. Imports bring hundreds of thousands of them, so they are read a
 * KPI's whole series at a time and written in batches, never a row per round trip. An erased
 * employee's observations are deleted with them.
 */
@Repository
public class KpiObservations {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    KpiObservations(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Every observation of these KPIs, by key. */
    public Map<ObservationKey, KpiObservation> ofKpis(Collection<Long> kpiIds) {
        Map<ObservationKey, KpiObservation> found = new HashMap<>();
        if (kpiIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select kpi_id, employee_id, unit_id, period_start, kpi_value, weight from kpi_observation"
                        + " where kpi_id in (:ids)")
                .param("ids", kpiIds)
                .query(rs -> {
                    KpiObservation observation = row(rs, 0);
                    found.put(observation.key(), observation);
                });
        return found;
    }

    /** How many observations each KPI that has any has. */
    public Map<Long, Long> counts() {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.sql("select kpi_id, count(*) from kpi_observation group by kpi_id").query(rs -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        });
        return counts;
    }

    public long countOf(long kpiId) {
        return jdbc.sql("select count(*) from kpi_observation where kpi_id = ?")
                .param(kpiId)
                .query(Long.class)
                .single();
    }

    public void add(List<KpiObservation> observations) {
        batch(
                "insert into kpi_observation (kpi_value, weight, kpi_id, employee_id, unit_id, period_start)"
                        + " values (?, ?, ?, ?, ?, ?)",
                observations,
                KpiObservations::allColumns);
    }

    @EventListener
    void on(EmployeeErased erased) {
        jdbc.sql("delete from kpi_observation where employee_id = ?")
                .param(erased.employeeId())
                .update();
    }

    private <T> void batch(String sql, List<T> items, Function<T, Object[]> columns) {
        Batches.write(batches, sql, items, columns);
    }

    private static Object[] allColumns(KpiObservation observation) {
        ObservationKey key = observation.key();
        boolean team = key.subject().team();
        return new Object[] {
            observation.value(),
            observation.weight().orElse(null),
            key.kpiId(),
            team ? null : key.subject().id(),
            team ? key.subject().id() : null,
            Date.valueOf(key.periodStart())
        };
    }

    private static KpiObservation row(ResultSet rs, int rowNum) throws SQLException {
        long employee = rs.getLong("employee_id");
        ObservationKey.Subject subject = rs.wasNull()
                ? ObservationKey.Subject.team(rs.getLong("unit_id"))
                : ObservationKey.Subject.person(employee);
        return new KpiObservation(
                new ObservationKey(
                        rs.getLong("kpi_id"),
                        subject,
                        rs.getDate("period_start").toLocalDate()),
                rs.getBigDecimal("kpi_value"),
                Optional.ofNullable(rs.getBigDecimal("weight")));
    }

    /** How many observations Rendement holds. */
    public long count() {
        return jdbc.sql("select count(*) from kpi_observation")
                .query(Long.class)
                .single();
    }
}
