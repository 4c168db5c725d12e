package nl.rendement.app.programme;

import java.util.HashMap;
import java.util.Map;
import nl.rendement.app.people.UnitReach;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** How many took part in each cohort, and how many of them completed or dropped out, in one query. */
@Repository
class CohortTallies {

    private final JdbcClient jdbc;

    CohortTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The tallies of every cohort that has participants within the reach (see {@link
     * ParticipantUnits} for a participant's unit), by programme id and then cohort id.
     */
    Map<Long, Map<Long, Tally>> within(UnitReach reach) {
        Map<Long, Map<Long, Tally>> tallies = new HashMap<>();
        if (reach.noUnit()) {
            return tallies;
        }
        jdbc.sql("select pa.programme_id, pa.cohort_id, count(*) as participants,"
                        + " sum(case when pa.status = 'completed' then 1 else 0 end) as completed,"
                        + " sum(case when pa.status in ('withdrawn', 'no_show') then 1 else 0 end) as dropped"
                        + " from participant pa" + ParticipantUnits.within(reach)
                        + " group by pa.programme_id, pa.cohort_id")
                .params(ParticipantUnits.params(reach, Map.of()))
                .query(rs -> {
                    tallies.computeIfAbsent(rs.getLong("programme_id"), programme -> new HashMap<>())
                            .put(
                                    rs.getLong("cohort_id"),
                                    new Tally(
                                            rs.getLong("participants"),
                                            rs.getLong("completed"),
                                            rs.getLong("dropped")));
                });
        return tallies;
    }
}
