package nl.rendement.app.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.importing.Column;
import nl.rendement.app.importing.ColumnType;
import nl.rendement.app.importing.Row;
import nl.rendement.app.importing.TableSchema;
import nl.rendement.engine.costs.CostCategory;
import nl.rendement.engine.costs.CostLine;
import nl.rendement.engine.costs.Proration;
import nl.rendement.engine.costs.Recurrence;
import nl.rendement.engine.money.Money;

/** Cost lines from a table, one line a row. */
final class CostTable {

    static final Column ID = Column.required("id", "id", ColumnType.TEXT);
    static final Column CATEGORY = Column.required("category", "categorie", ColumnType.TEXT);
    static final Column DESCRIPTION = Column.optional("description", "omschrijving", ColumnType.TEXT);
    static final Column AMOUNT = Column.required("amount", "bedrag", ColumnType.DECIMAL);
    static final Column VAT = Column.optional("vat", "btw", ColumnType.DECIMAL);
    static final Column CURRENCY = Column.optional("currency", "valuta", ColumnType.TEXT);
    static final Column RECURRENCE = Column.optional("recurrence", "herhaling", ColumnType.TEXT);
    static final Column EXPECTED = Column.optional("expected participants", "verwachte deelnemers", ColumnType.INTEGER);
    static final Column DATE = Column.required("date", "datum", ColumnType.DATE);
    static final TableSchema SCHEMA =
            TableSchema.of(ID, CATEGORY, DESCRIPTION, AMOUNT, VAT, CURRENCY, RECURRENCE, EXPECTED, DATE);

    private final Context context;
    private final Currency reporting;

    CostTable(Context context, Currency reporting) {
        this.context = context;
        this.reporting = reporting;
    }

    List<CostLine> lines(Table table, Set<String> ids) {
        List<CostLine> lines = new ArrayList<>();
        String file = table.name();
        for (Row row : table.rows()) {
            String id = row.text(ID).orElseThrow();
            if (!ids.add(id)) {
                context.inRow(file, row, ID, id, "evaluation.problem.duplicateId", id);
                continue;
            }
            line(file, row, id).ifPresent(lines::add);
        }
        return lines;
    }

    private Optional<CostLine> line(String file, Row row, String id) {
        Optional<CostCategory> category = Tables.cell(context, file, row, CATEGORY, Kind.of(CostCategory.class), null);
        Optional<BigDecimal> amount = Tables.nonNegative(context, file, row, AMOUNT);
        Optional<BigDecimal> vat = Tables.nonNegative(context, file, row, VAT);
        Optional<Currency> currency = Tables.currency(context, file, row, CURRENCY, reporting);
        Optional<Recurrence> recurrence =
                Tables.cell(context, file, row, RECURRENCE, Kind.of(Recurrence.class), Recurrence.ONE_TIME);
        LocalDate date = row.date(DATE).orElseThrow();
        boolean negativeVat = row.decimal(VAT).isPresent() && vat.isEmpty();
        if (category.isEmpty() || amount.isEmpty() || currency.isEmpty() || recurrence.isEmpty() || negativeVat) {
            return Optional.empty();
        }
        return context.engine(
                file,
                row,
                () -> new CostLine(
                        id,
                        category.get(),
                        row.text(DESCRIPTION).orElse(""),
                        Money.of(amount.get(), currency.get()),
                        Money.of(vat.orElse(BigDecimal.ZERO), currency.get()),
                        recurrence.get(),
                        row.integer(EXPECTED).map(expected -> Proration.over(Math.toIntExact(expected))),
                        date));
    }
}
