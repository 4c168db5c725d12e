package nl.rendement.app.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.rendement.engine.costs.CostCategory;
import nl.rendement.engine.costs.CostLedger;
import nl.rendement.engine.costs.CostLine;
import nl.rendement.engine.costs.ParticipantTime;
import nl.rendement.engine.costs.Proration;
import nl.rendement.engine.costs.Recurrence;
import nl.rendement.engine.costs.Reimbursement;
import nl.rendement.engine.money.Money;

/** The costs of an evaluation file: lines (inline or from a table), explicit zeros, reimbursements, participants' time. */
final class CostYaml {

    private final YamlMap costs;
    private final Context context;
    private final Currency reporting;
    private final Set<String> lineIds = new HashSet<>();

    CostYaml(YamlMap costs, Currency reporting) {
        this.costs = costs;
        this.context = costs.context();
        this.reporting = reporting;
    }

    Optional<CostLedger> read() {
        int mark = context.mark();
        List<CostLine> lines = new ArrayList<>();
        costs.maps("lines").forEach(line -> line(line).ifPresent(lines::add));
        Table.read(costs, "file", CostTable.SCHEMA)
                .ifPresent(table -> lines.addAll(new CostTable(context, reporting).lines(table, lineIds)));
        Set<CostCategory> zero = EnumSet.noneOf(CostCategory.class);
        zero.addAll(costs.scalars("zero", Kind.of(CostCategory.class)));
        List<Reimbursement> reimbursements = reimbursements();
        Optional<ParticipantTime> time = Table.read(costs, "participantTime", Tables.PARTICIPANT_TIME)
                .map(table -> Tables.attendances(context, table.name(), table.rows(), reporting))
                .filter(attendances -> !attendances.isEmpty())
                .map(ParticipantTime::new);
        costs.done();
        if (!context.cleanSince(mark)) {
            return Optional.empty();
        }
        return context.engine(costs.node(), costs.path(), () -> new CostLedger(lines, zero, reimbursements, time));
    }

    private Optional<CostLine> line(YamlMap line) {
        int mark = context.mark();
        String id = line.required("id", Kind.TEXT);
        CostCategory category = line.required("category", Kind.of(CostCategory.class));
        String description = line.orDefault("description", Kind.TEXT, "");
        Money amount = MeasureYaml.money(line, "amount", reporting);
        BigDecimal vat = line.orDefault("vat", Kind.AMOUNT, BigDecimal.ZERO);
        Recurrence recurrence = line.orDefault("recurrence", Kind.of(Recurrence.class), Recurrence.ONE_TIME);
        Optional<Integer> expected = line.optional("expectedParticipants", Kind.INTEGER);
        LocalDate date = line.required("date", Kind.DATE);
        line.done();
        if (id != null && !lineIds.add(id)) {
            context.at(line.at("id"), line.field("id"), "evaluation.problem.duplicateId", id);
        }
        if (!context.cleanSince(mark)) {
            return Optional.empty();
        }
        return context.engine(
                line.node(),
                line.path(),
                () -> new CostLine(
                        id,
                        category,
                        description,
                        amount,
                        Money.of(vat, amount.currency()),
                        recurrence,
                        expected.map(Proration::over),
                        date));
    }

    private List<Reimbursement> reimbursements() {
        List<Reimbursement> reimbursements = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap map : costs.maps("reimbursements")) {
            int mark = context.mark();
            String id = map.required("id", Kind.TEXT);
            String source = map.required("source", Kind.TEXT);
            Money amount = MeasureYaml.money(map, "amount", reporting);
            LocalDate date = map.required("date", Kind.DATE);
            map.done();
            if (id != null && !ids.add(id)) {
                context.at(map.at("id"), map.field("id"), "evaluation.problem.duplicateId", id);
            }
            if (context.cleanSince(mark)) {
                context.engine(map.node(), map.path(), () -> new Reimbursement(id, source, amount, date))
                        .ifPresent(reimbursements::add);
            }
        }
        return reimbursements;
    }
}
