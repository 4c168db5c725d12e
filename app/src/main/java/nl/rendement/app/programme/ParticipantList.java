package nl.rendement.app.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.people.UnitReach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A programme's participants one by one, for analysts: pseudonym, cohort, unit, progress and LMS score. */
@Repository
class ParticipantList {

    private final JdbcClient jdbc;

    ParticipantList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The participants within the reach, by cohort start and pseudonym (see {@link
     * ParticipantUnits}); each linked when their unit is within {@code records}, the units whose
     * people's records the reader may open.
     */
    List<Row> of(long programmeId, UnitReach reach, UnitReach records) {
        if (reach.noUnit()) {
            return List.of();
        }
        return jdbc.sql("select e.pseudonym, c.name as cohort, p.unit_id, u.name as unit, pa.status,"
                        + " pa.enrolled_on, pa.started_on, pa.completed_on, pa.hours, pa.progress_percent, pa.score"
                        + " from participant pa join cohort c on c.id = pa.cohort_id"
                        + " join employee e on e.id = pa.employee_id"
                        + " left join employee_period p on " + ParticipantUnits.ON_THAT_DAY
                        + " left join org_unit u on u.id = p.unit_id"
                        + " where pa.programme_id = :programme"
                        + (reach.everyUnit() ? "" : " and p.unit_id in (:units)")
                        + " order by c.start_date, c.id, e.pseudonym")
                .params(ParticipantUnits.params(reach, Map.of("programme", programmeId)))
                .query((rs, n) -> {
                    long unit = rs.getLong("unit_id");
                    Optional<Long> unitId = rs.wasNull() ? Optional.empty() : Optional.of(unit);
                    return new Row(
                            rs.getString("pseudonym"),
                            rs.getString("cohort"),
                            Optional.ofNullable(rs.getString("unit")),
                            unitId.filter(records::includes).isPresent(),
                            ParticipantStatus.ofCode(rs.getString("status")),
                            rs.getObject("enrolled_on", LocalDate.class),
                            Optional.ofNullable(rs.getObject("started_on", LocalDate.class)),
                            Optional.ofNullable(rs.getObject("completed_on", LocalDate.class)),
                            Optional.ofNullable(rs.getBigDecimal("hours")),
                            Optional.ofNullable(rs.getBigDecimal("progress_percent")),
                            Optional.ofNullable(rs.getBigDecimal("score")));
                })
                .list();
    }

    /**
     * One participant as the list shows them; {@code linked} when their record is the reader's to
     * open (their unit is within the reader's reach).
     */
    record Row(
            String pseudonym,
            String cohort,
            Optional<String> unit,
            boolean linked,
            ParticipantStatus status,
            LocalDate enrolledOn,
            Optional<LocalDate> startedOn,
            Optional<LocalDate> completedOn,
            Optional<BigDecimal> hours,
            Optional<BigDecimal> progress,
            Optional<BigDecimal> score) {}
}
