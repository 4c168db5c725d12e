package nl.rendement.app.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The store of teams' engagement and happiness scores, one per team, period start and period length. */
@Repository
public class TeamScores {

    private static final String WHERE = " where org_unit_id = ? and period_start = ? and period_length = ?";

    private final JdbcClient jdbc;

    TeamScores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TeamScore> find(long unitId, LocalDate periodStart, ScorePeriod period) {
        return jdbc.sql("select org_unit_id, period_start, period_length, engagement, happiness, scale_maximum,"
                        + " respondents from engagement_score" + WHERE)
                .params(unitId, periodStart, period.code())
                .query(TeamScores::row)
                .optional();
    }

    /** Stores the scores in place of those of the same team and period, if any. */
    public void save(TeamScore score) {
        int updated = jdbc.sql("update engagement_score set engagement = ?, happiness = ?, scale_maximum = ?,"
                        + " respondents = ?" + WHERE)
                .params(
                        score.engagement().orElse(null),
                        score.happiness().orElse(null),
                        score.scaleMaximum(),
                        score.respondents(),
                        score.unitId(),
                        score.periodStart(),
                        score.period().code())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into engagement_score (org_unit_id, period_start, period_length, engagement, happiness,"
                            + " scale_maximum, respondents) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            score.unitId(),
                            score.periodStart(),
                            score.period().code(),
                            score.engagement().orElse(null),
                            score.happiness().orElse(null),
                            score.scaleMaximum(),
                            score.respondents())
                    .update();
        }
    }

    public void delete(long unitId, LocalDate periodStart, ScorePeriod period) {
        jdbc.sql("delete from engagement_score" + WHERE)
                .params(unitId, periodStart, period.code())
                .update();
    }

    private static TeamScore row(ResultSet rs, int n) throws SQLException {
        return new TeamScore(
                rs.getLong("org_unit_id"),
                rs.getObject("period_start", LocalDate.class),
                ScorePeriod.ofCode(rs.getString("period_length")),
                StoredDecimals.read(rs, "engagement"),
                StoredDecimals.read(rs, "happiness"),
                StoredDecimals.plain(rs.getBigDecimal("scale_maximum")),
                rs.getInt("respondents"));
    }

    /** How many team scores Rendement holds. */
    public long count() {
        return jdbc.sql("select count(*) from engagement_score")
                .query(Long.class)
                .single();
    }
}
