package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.KpiFormats.ENGAGEMENT;
import static nl.rendement.app.importing.formats.KpiFormats.ENGAGEMENT_PERIOD;
import static nl.rendement.app.importing.formats.KpiFormats.ENGAGEMENT_TEAM;
import static nl.rendement.app.importing.formats.KpiFormats.HAPPINESS;
import static nl.rendement.app.importing.formats.KpiFormats.PERIOD_START;
import static nl.rendement.app.importing.formats.KpiFormats.RESPONDENTS;
import static nl.rendement.app.importing.formats.KpiFormats.SCALE;

import java.math.BigDecimal;
import java.util.Optional;
import nl.rendement.app.importing.formats.KpiFormats;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.survey.ScorePeriod;
import nl.rendement.app.survey.TeamScore;

/**
 * One row of engagement and happiness scores, every value checked: a known team, a period length,
 * a scale maximum above 0, at least one respondent, and one or both scores between 0 and the
 * scale maximum. Each impossible value is a problem of the row.
 */
final class EngagementRow {

    private final Row row;
    private final ImportPlan plan;

    EngagementRow(Row row, ImportPlan plan) {
        this.row = row;
        this.plan = plan;
    }

    /** The row's scores, when it has no problem. */
    Optional<TeamScore> read(Optional<OrgUnit> unit) {
        String team = row.text(ENGAGEMENT_TEAM).orElseThrow();
        if (unit.isEmpty()) {
            problem(ENGAGEMENT_TEAM, team, "importing.engagement.unknownTeam", team);
        }
        Optional<ScorePeriod> period = period();
        Optional<BigDecimal> scale = scale();
        long respondents = row.integer(RESPONDENTS).orElseThrow();
        if (respondents < 1 || respondents > Integer.MAX_VALUE) {
            problem(RESPONDENTS, String.valueOf(respondents), "importing.engagement.respondents");
        }
        Optional<BigDecimal> engagement = score(ENGAGEMENT);
        Optional<BigDecimal> happiness = score(HAPPINESS);
        if (engagement.isEmpty() && happiness.isEmpty()) {
            problem(ENGAGEMENT, "", "importing.engagement.noScore");
        }
        if (plan.hasProblem(row)) {
            return Optional.empty();
        }
        return Optional.of(new TeamScore(
                unit.get().id(),
                row.date(PERIOD_START).orElseThrow(),
                period.orElseThrow(),
                engagement,
                happiness,
                scale.orElseThrow(),
                (int) respondents));
    }

    private Optional<ScorePeriod> period() {
        String written = row.text(ENGAGEMENT_PERIOD).orElseThrow();
        Optional<ScorePeriod> period = Coded.code(KpiFormats.PERIODS, written).map(ScorePeriod::ofCode);
        if (period.isEmpty()) {
            problem(ENGAGEMENT_PERIOD, written, "importing.engagement.unknownPeriod", written);
        }
        return period;
    }

    /** The scale maximum, when it is above 0 and fits. */
    private Optional<BigDecimal> scale() {
        BigDecimal scale = row.decimal(SCALE).orElseThrow();
        if (scale.signum() <= 0) {
            problem(SCALE, plain(scale), "importing.engagement.scale");
            return Optional.empty();
        }
        return fitting(SCALE, scale);
    }

    /** A score given in the column (empty when blank), from 0 to the scale maximum. */
    private Optional<BigDecimal> score(Column column) {
        Optional<BigDecimal> score = row.decimal(column);
        if (score.isEmpty()) {
            return score;
        }
        BigDecimal value = score.get();
        BigDecimal maximum = row.decimal(SCALE).orElseThrow();
        if (value.signum() < 0 || value.compareTo(maximum) > 0) {
            problem(column, plain(value), "importing.engagement.outOfScale", plain(maximum));
        }
        fitting(column, value);
        return score;
    }

    private Optional<BigDecimal> fitting(Column column, BigDecimal number) {
        if (Numeric.fitsDecimal(number)) {
            return Optional.of(number);
        }
        problem(column, plain(number), "importing.engagement.digits");
        return Optional.empty();
    }

    private void problem(Column column, String value, String reason, Object... arguments) {
        plan.problem(row, column, value, Optional.empty(), reason, arguments);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
