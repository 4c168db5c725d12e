package nl.rendement.app.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.rendement.app.programme.Programme;
import nl.rendement.app.programme.ProgrammeCatalogue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The programmes' evaluation plans: created once per programme, then changed one section at a
 * time with a reason, every revision kept; the latest change can be undone, which is itself a
 * revision. An edit names the revision it was made on, so one made on an older plan is refused
 * instead of overwriting a change the editor has not seen. A refused edit stores nothing; every
 * stored revision is published as {@link PlanChanged} in its transaction.
 */
@Service
public class EvaluationPlans {

    private static final String CREATED = "plan";
    private static final int REASON = 1000;

    private final JdbcClient jdbc;
    private final ProgrammeCatalogue programmes;
    private final PlanChecks checks;
    private final ApplicationEventPublisher events;

    EvaluationPlans(
            JdbcClient jdbc, ProgrammeCatalogue programmes, PlanChecks checks, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.programmes = programmes;
        this.checks = checks;
        this.events = events;
    }

    /** A programme's plan at its latest revision. */
    public record StoredPlan(long programmeId, int revision, EvaluationPlan plan) {}

    public Optional<StoredPlan> of(long programmeId) {
        return latest(programmeId)
                .map(row -> new StoredPlan(programmeId, row.revision, PlanDocuments.read(row.document)));
    }

    /** A programme's plan at its latest revision, for a change to it; refused when it has none yet. */
    public EvaluationPlan planOf(long programmeId) {
        return of(programmeId)
                .orElseThrow(() -> new PlanRejected("programmeId", "plan.error.noPlan"))
                .plan();
    }

    /** The plan as it was at one revision. */
    public Optional<EvaluationPlan> at(long programmeId, int revision) {
        return jdbc.sql("select r.document from evaluation_plan_revision r join evaluation_plan p on p.id = r.plan_id"
                        + " where p.programme_id = ? and r.revision = ?")
                .params(programmeId, revision)
                .query(String.class)
                .optional()
                .map(PlanDocuments::read);
    }

    @Transactional
    public StoredPlan create(String actor, long programmeId, EvaluationPlan plan, String reason) {
        Programme programme = programme(programmeId);
        if (latest(programmeId).isPresent()) {
            throw new PlanRejected("programmeId", "plan.error.exists");
        }
        checks.check(programme, plan);
        String why = reason(reason);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into evaluation_plan (programme_id) values (?)")
                .param(programmeId)
                .update(key, "id");
        long planId = key.getKeyAs(Number.class).longValue();
        insert(programmeId, planId, 1, CREATED, PlanDocuments.write(plan), actor, why, null);
        return new StoredPlan(programmeId, 1, plan);
    }

    /** The plan with one section replaced by {@code value}, made on {@code expectedRevision}. */
    @Transactional
    public StoredPlan edit(
            String actor, long programmeId, int expectedRevision, PlanSection section, JsonNode value, String reason) {
        Programme programme = programme(programmeId);
        Latest latest = current(programmeId, expectedRevision);
        String why = reason(reason);
        EvaluationPlan changed = PlanDocuments.replace(PlanDocuments.read(latest.document), section, value);
        checks.check(programme, changed);
        String document = PlanDocuments.write(changed);
        if (PlanDocuments.differences(latest.document, document).isEmpty()) {
            throw new PlanRejected(section.property(), "plan.error.unchanged");
        }
        insert(programmeId, latest.planId, latest.revision + 1, section.name(), document, actor, why, null);
        return new StoredPlan(programmeId, latest.revision + 1, changed);
    }

    /**
     * The plan with a list section (goals, objectives, intangibles, expectations) replaced by these
     * items, with a reason.
     */
    @Transactional
    public StoredPlan editList(
            String actor, long programmeId, int expectedRevision, PlanSection section, List<?> items, String reason) {
        return editSection(actor, programmeId, expectedRevision, section, items, reason);
    }

    /**
     * The plan with one section replaced by this value as the plan holds it (a record of the plan,
     * such as its {@link EvaluationPlan.Costs}, or a list of them; null for none of an optional
     * section, such as the discount rate or the forecast), with a reason.
     */
    @Transactional
    public StoredPlan editSection(
            String actor, long programmeId, int expectedRevision, PlanSection section, Object value, String reason) {
        return edit(actor, programmeId, expectedRevision, section, PlanDocuments.json(value), reason);
    }

    /**
     * The plan with one impact measure changed (its value of one unit, or how its effect is
     * isolated and whose estimates count), as a revision of the measures section with a reason.
     */
    @Transactional
    public StoredPlan changeMeasure(
            String actor,
            long programmeId,
            int expectedRevision,
            String kpi,
            UnaryOperator<EvaluationPlan.Measure> change,
            String reason) {
        EvaluationPlan plan = PlanDocuments.read(current(programmeId, expectedRevision).document);
        if (!plan.measureCodes().contains(kpi)) {
            throw new PlanRejected("measures.kpi", "plan.error.notAMeasure", kpi);
        }
        List<EvaluationPlan.Measure> measures = plan.measures().stream()
                .map(measure -> measure.kpi().equals(kpi) ? change.apply(measure) : measure)
                .toList();
        return edit(actor, programmeId, expectedRevision, PlanSection.MEASURES, PlanDocuments.json(measures), reason);
    }

    /**
     * Undoes the latest revision: the plan becomes exactly what it was before it, as a new
     * revision that says which one it undid. The creation cannot be undone.
     */
    @Transactional
    public StoredPlan undo(String actor, long programmeId, int expectedRevision, String reason) {
        Programme programme = programme(programmeId);
        Latest latest = current(programmeId, expectedRevision);
        String why = reason(reason);
        if (latest.revision == 1) {
            throw new PlanRejected("revision", "plan.error.nothingToUndo");
        }
        String previous = jdbc.sql("select document from evaluation_plan_revision where plan_id = ? and revision = ?")
                .params(latest.planId, latest.revision - 1)
                .query(String.class)
                .single();
        EvaluationPlan restored = PlanDocuments.read(previous);
        checks.check(programme, restored);
        insert(programmeId, latest.planId, latest.revision + 1, latest.section, previous, actor, why, latest.revision);
        return new StoredPlan(programmeId, latest.revision + 1, restored);
    }

    /** Every revision of the plan, the latest first, each with the fields it changed. */
    public List<PlanRevision> revisions(long programmeId) {
        List<PlanRevision> revisions = new ArrayList<>();
        String[] before = {null};
        jdbc.sql("select r.revision, r.section, r.document, r.changed_at, r.changed_by, r.reason, r.undoes"
                        + " from evaluation_plan_revision r join evaluation_plan p on p.id = r.plan_id"
                        + " where p.programme_id = ? order by r.revision")
                .param(programmeId)
                .query(rs -> {
                    String document = rs.getString("document");
                    String section = rs.getString("section");
                    Integer undoes = rs.getObject("undoes", Integer.class);
                    revisions.add(new PlanRevision(
                            rs.getInt("revision"),
                            CREATED.equals(section) ? Optional.empty() : Optional.of(PlanSection.valueOf(section)),
                            rs.getTimestamp("changed_at").toInstant(),
                            rs.getString("changed_by"),
                            rs.getString("reason"),
                            Optional.ofNullable(undoes),
                            before[0] == null ? List.of() : PlanDocuments.differences(before[0], document)));
                    before[0] = document;
                });
        Collections.reverse(revisions);
        return revisions;
    }

    private Programme programme(long programmeId) {
        return programmes
                .byId(programmeId)
                .orElseThrow(() -> new PlanRejected("programmeId", "plan.error.noProgramme"));
    }

    private Latest current(long programmeId, int expectedRevision) {
        Latest latest = latest(programmeId).orElseThrow(() -> new PlanRejected("programmeId", "plan.error.noPlan"));
        if (latest.revision != expectedRevision) {
            throw new PlanRejected("revision", "plan.error.stale", expectedRevision, latest.revision);
        }
        return latest;
    }

    private Optional<Latest> latest(long programmeId) {
        return jdbc.sql("select p.id, r.revision, r.section, r.document from evaluation_plan p"
                        + " join evaluation_plan_revision r on r.plan_id = p.id where p.programme_id = ?"
                        + " order by r.revision desc fetch first 1 rows only")
                .param(programmeId)
                .query((rs, n) -> new Latest(
                        rs.getLong("id"), rs.getInt("revision"), rs.getString("section"), rs.getString("document")))
                .optional();
    }

    private record Latest(long planId, int revision, String section, String document) {}

    private void insert(
            long programmeId,
            long planId,
            int revision,
            String section,
            String document,
            String actor,
            String reason,
            Integer undoes) {
        try {
            jdbc.sql("insert into evaluation_plan_revision (plan_id, revision, section, document, changed_at,"
                            + " changed_by, reason, undoes) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(planId, revision, section, document, Timestamp.from(Instant.now()), actor, reason, undoes)
                    .update();
            events.publishEvent(new PlanChanged(programmeId, revision, actor));
        } catch (DuplicateKeyException concurrent) {
            throw new PlanRejected("revision", "plan.error.stale", revision - 1, revision);
        }
    }

    private static String reason(String reason) {
        return EvaluationPlan.text(reason, REASON, "reason");
    }
}
