package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.KpiFormats.ENGAGEMENT_TEAM;
import static nl.rendement.app.importing.formats.KpiFormats.RESPONDENTS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.importing.formats.KpiFormats;
import nl.rendement.app.organisation.Organisation;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.people.SmallGroups;
import nl.rendement.app.survey.ScorePeriod;
import nl.rendement.app.survey.TeamScore;
import nl.rendement.app.survey.TeamScores;
import org.springframework.stereotype.Component;

/**
 * Engagement and happiness per team and period, known by the team's org unit, the period's start
 * and its length. New scores are added; different ones change the stored scores (kept for undo);
 * the same are nothing to do. Scores of fewer respondents than the minimum group size are stored,
 * and a notice says they will not be shown.
 */
@Component
class EngagementImport implements KindImport {

    private final OrgUnits units;
    private final TeamScores scores;
    private final Organisation organisation;

    EngagementImport(OrgUnits units, TeamScores scores, Organisation organisation) {
        this.units = units;
        this.scores = scores;
        this.organisation = organisation;
    }

    @Override
    public ImportFormat format() {
        return KpiFormats.ENGAGEMENT_SCORES;
    }

    @Override
    public long held() {
        return scores.count();
    }

    @Override
    public void plan(List<Row> rows, ImportPlan plan, ImportOptions options) {
        SmallGroups groups = SmallGroups.of(organisation.settings().anonymityThreshold());
        Map<String, Optional<OrgUnit>> known = new HashMap<>();
        Map<List<Object>, Integer> seen = new HashMap<>();
        for (Row row : rows) {
            Optional<OrgUnit> unit =
                    known.computeIfAbsent(row.text(ENGAGEMENT_TEAM).orElseThrow(), units::byCode);
            new EngagementRow(row, plan)
                    .read(unit)
                    .filter(score -> firstOfItsKey(row, unit.get(), score, plan, seen))
                    .ifPresent(score -> change(row, unit.get().code(), score, plan, groups));
        }
    }

    /** Whether no earlier row gives the same team and period; a later one is a problem. */
    private static boolean firstOfItsKey(
            Row row, OrgUnit unit, TeamScore score, ImportPlan plan, Map<List<Object>, Integer> seen) {
        Integer earlier = seen.putIfAbsent(List.of(unit.id(), score.periodStart(), score.period()), row.number());
        if (earlier != null) {
            plan.problem(
                    row, ENGAGEMENT_TEAM, unit.code(), Optional.empty(), "importing.engagement.duplicate", earlier);
        }
        return earlier == null;
    }

    private void change(Row row, String team, TeamScore score, ImportPlan plan, SmallGroups groups) {
        if (!groups.shows(score.respondents())) {
            plan.notice(
                    row.number(),
                    row.header(RESPONDENTS),
                    String.valueOf(score.respondents()),
                    Optional.empty(),
                    "importing.engagement.smallGroup",
                    groups.k());
        }
        plan.change(
                row,
                team + " / " + score.periodStart() + " / " + score.period().code(),
                Optional.empty(),
                scores.find(score.unitId(), score.periodStart(), score.period()).map(stored -> written(stored, team)),
                written(score, team));
    }

    @Override
    public void apply(PlannedChange change, String user) {
        ImportValue value = ImportValue.parse(change.newValue());
        OrgUnit unit = units.byCode(value.require("team"))
                .orElseThrow(() -> new ImportRefused("importing.engagement.unknownTeam", value.require("team")));
        scores.save(score(value, unit.id()));
    }

    /** Removes added scores or puts the old ones back, unless the scores changed since. */
    @Override
    public void revert(PlannedChange change, String user) {
        ImportValue value = ImportValue.parse(change.newValue());
        String code = value.require("team");
        Optional<OrgUnit> unit = units.byCode(code);
        LocalDate start = LocalDate.parse(value.require("period start"));
        ScorePeriod period = ScorePeriod.ofCode(value.require("period"));
        Optional<String> now =
                unit.flatMap(found -> scores.find(found.id(), start, period)).map(stored -> written(stored, code));
        if (!now.equals(Optional.of(change.newValue()))) {
            throw new ImportRefused("importing.undo.changedSince", change.row());
        }
        long unitId = unit.orElseThrow().id();
        if (change.oldValue().isEmpty()) {
            scores.delete(unitId, start, period);
        } else {
            scores.save(score(ImportValue.parse(change.oldValue().get()), unitId));
        }
    }

    /** A team's scores as an import keeps them, the team by its code. */
    static String written(TeamScore score, String team) {
        return ImportValue.builder()
                .put("team", team)
                .put("period start", score.periodStart())
                .put("period", score.period().code())
                .put("engagement", score.engagement())
                .put("happiness", score.happiness())
                .put("scale maximum", score.scaleMaximum())
                .put("respondents", score.respondents())
                .written();
    }

    private static TeamScore score(ImportValue value, long unitId) {
        return new TeamScore(
                unitId,
                LocalDate.parse(value.require("period start")),
                ScorePeriod.ofCode(value.require("period")),
                value.get("engagement").map(BigDecimal::new),
                value.get("happiness").map(BigDecimal::new),
                new BigDecimal(value.require("scale maximum")),
                Integer.parseInt(value.require("respondents")));
    }
}
