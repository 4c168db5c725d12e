package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.CostFormats.ID;
import static nl.rendement.app.importing.formats.CostFormats.PROGRAMME;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rendement.app.costs.CostLine;
import nl.rendement.app.costs.CostLines;
import nl.rendement.app.costs.ExchangeRates;
import nl.rendement.app.costs.LineCategory;
import nl.rendement.app.importing.formats.CostFormats;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.organisation.Organisation;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeSummary;
import nl.rendement.engine.costs.Recurrence;
import nl.rendement.engine.money.Money;
import org.springframework.stereotype.Component;

/**
 * Cost ledger lines, each known by its programme and line id: a new line is added, a line with
 * other fields changed (the old line kept for undo). Amounts are stored in their own currency,
 * never converted; a line in another currency than the reporting currency is a problem until an
 * administrator has added a rate into the reporting currency on or before its date.
 */
@Component
class CostLineImport implements KindImport {

    private final CostLines lines;
    private final ExchangeRates rates;
    private final ProgrammeCatalogue catalogue;
    private final Organisation organisation;

    CostLineImport(CostLines lines, ExchangeRates rates, ProgrammeCatalogue catalogue, Organisation organisation) {
        this.lines = lines;
        this.rates = rates;
        this.catalogue = catalogue;
        this.organisation = organisation;
    }

    @Override
    public ImportFormat format() {
        return CostFormats.COST_LINES;
    }

    @Override
    public long held() {
        return lines.count();
    }

    @Override
    public void plan(List<Row> rows, ImportPlan plan, ImportOptions options) {
        Map<String, Long> programmes = programmes();
        Currency reporting = organisation.settings().reportingCurrency();
        CostLineRows reader = new CostLineRows(programmes, reporting, rates.firstDays(reporting));
        Map<CostLines.Key, CostLine> stored = lines.ofProgrammes(rows.stream()
                .map(row -> programmes.get(row.text(PROGRAMME).orElseThrow()))
                .filter(id -> id != null)
                .collect(Collectors.toSet()));
        Set<CostLines.Key> seen = new HashSet<>();
        for (Row row : rows) {
            Optional<CostLineRows.Read> read = reader.read(row, plan);
            if (read.isEmpty()) {
                continue;
            }
            String name = row.text(PROGRAMME).orElseThrow();
            CostLine line = read.get().line();
            CostLines.Key key = new CostLines.Key(read.get().programmeId(), line.lineId());
            if (!seen.add(key)) {
                plan.problem(row, ID, line.lineId(), Optional.empty(), "importing.costLines.duplicateLine");
                continue;
            }
            plan.change(
                    row,
                    name + " / " + line.lineId(),
                    Optional.empty(),
                    Optional.ofNullable(stored.get(key)).map(old -> written(name, old)),
                    written(name, line));
        }
    }

    @Override
    public void apply(PlannedChange change, String user) {
        apply(List.of(change), user);
    }

    @Override
    public void apply(List<PlannedChange> changes, String user) {
        Map<String, Long> programmes = programmes();
        for (PlannedChange change : changes) {
            long programme = programmeOf(change, programmes);
            CostLine line = line(change.newValue());
            if (change.action() == PlannedChange.Action.ADD) {
                lines.add(programme, line);
            } else {
                lines.update(programme, line);
            }
        }
    }

    @Override
    public void revert(PlannedChange change, String user) {
        revert(List.of(change), user);
    }

    /** Removes added lines and puts old ones back, unless a line is no longer what the import wrote. */
    @Override
    public void revert(List<PlannedChange> changes, String user) {
        Map<String, Long> programmes = programmes();
        Map<CostLines.Key, CostLine> now = lines.ofProgrammes(Set.copyOf(programmes.values()));
        for (PlannedChange change : changes) {
            String name = ImportValue.parse(change.newValue()).require("programme");
            CostLines.Key key = new CostLines.Key(
                    programmeOf(change, programmes), line(change.newValue()).lineId());
            if (!Optional.ofNullable(now.get(key))
                    .map(line -> written(name, line))
                    .equals(Optional.of(change.newValue()))) {
                throw new ImportRefused("importing.undo.changedSince", change.row());
            }
            change.oldValue()
                    .ifPresentOrElse(old -> lines.update(key.programmeId(), line(old)), () -> lines.remove(key));
        }
    }

    private Map<String, Long> programmes() {
        return catalogue.all().stream().collect(Collectors.toMap(ProgrammeSummary::name, ProgrammeSummary::id));
    }

    private static long programmeOf(PlannedChange change, Map<String, Long> programmes) {
        return Optional.ofNullable(
                        programmes.get(ImportValue.parse(change.newValue()).require("programme")))
                .orElseThrow(() -> new ImportRefused("importing.costLines.programmeGone", change.row()));
    }

    /** A line as an import keeps it, with its programme's name. */
    static String written(String programme, CostLine line) {
        return ImportValue.builder()
                .put("programme", programme)
                .put("id", line.lineId())
                .put("category", line.category().code())
                .put("description", line.description())
                .put("amount", line.amount().amount())
                .put("vat", line.vat().amount())
                .put("currency", line.amount().currency().getCurrencyCode())
                .put("recurrence", line.recurrence().name().toLowerCase(Locale.ROOT))
                .put("expected participants", line.expectedParticipants())
                .put("date", line.date())
                .written();
    }

    private static CostLine line(String written) {
        ImportValue value = ImportValue.parse(written);
        Currency currency = Currency.getInstance(value.require("currency"));
        return new CostLine(
                value.require("id"),
                LineCategory.ofCode(value.require("category")),
                value.get("description"),
                Money.of(new BigDecimal(value.require("amount")), currency),
                Money.of(new BigDecimal(value.require("vat")), currency),
                Recurrence.valueOf(value.require("recurrence").toUpperCase(Locale.ROOT)),
                value.get("expected participants").map(Integer::valueOf),
                LocalDate.parse(value.require("date")));
    }
}
