package nl.rendement.app.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.importing.Column;
import nl.rendement.app.importing.ColumnType;
import nl.rendement.app.importing.Row;
import nl.rendement.app.importing.TableSchema;
import nl.rendement.engine.Participant;
import nl.rendement.engine.costs.Attendance;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.value.Percentage;

/** The participants and participant-time tables, and the cell checks every table of an evaluation file shares. */
final class Tables {

    static final Column ID = Column.required("id", "id", ColumnType.TEXT);
    static final Column COHORT = Column.required("cohort", "cohort", ColumnType.TEXT);
    static final Column START = Column.required("start", "start", ColumnType.DATE);
    static final Column COMPLETED = Column.optional("completed", "afgerond", ColumnType.DATE);
    static final TableSchema PARTICIPANTS = TableSchema.of(ID, COHORT, START, COMPLETED);

    static final Column PARTICIPANT = Column.required("participant", "deelnemer", ColumnType.TEXT);
    static final Column HOURS = Column.required("hours", "uren", ColumnType.DECIMAL);
    static final Column SALARY = Column.required("salary", "salaris", ColumnType.DECIMAL);
    static final Column CURRENCY = Column.optional("currency", "valuta", ColumnType.TEXT);
    static final TableSchema PARTICIPANT_TIME = TableSchema.of(PARTICIPANT, HOURS, SALARY, CURRENCY);

    private Tables() {}

    static List<Participant> participants(Context context, String table, List<Row> rows) {
        List<Participant> participants = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Row row : rows) {
            String id = row.text(ID).orElseThrow();
            if (!ids.add(id)) {
                context.inRow(table, row, ID, id, "evaluation.problem.duplicateId", id);
                continue;
            }
            String cohort = row.text(COHORT).orElseThrow();
            LocalDate start = row.date(START).orElseThrow();
            Optional<LocalDate> completed = row.date(COMPLETED);
            if (completed.filter(start::isAfter).isPresent()) {
                context.inRow(
                        table,
                        row,
                        COMPLETED,
                        completed.get(),
                        "evaluation.problem.completedBeforeStart",
                        completed.get(),
                        start);
                continue;
            }
            context.engine(table, row, () -> new Participant(id, cohort, start, completed))
                    .ifPresent(participants::add);
        }
        return participants;
    }

    static List<Attendance> attendances(Context context, String table, List<Row> rows, Currency reporting) {
        List<Attendance> attendances = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Row row : rows) {
            String id = row.text(PARTICIPANT).orElseThrow();
            if (!ids.add(id)) {
                context.inRow(table, row, PARTICIPANT, id, "evaluation.problem.duplicateId", id);
            }
            Optional<BigDecimal> hours = nonNegative(context, table, row, HOURS);
            Optional<BigDecimal> salary = nonNegative(context, table, row, SALARY);
            Optional<Currency> currency = currency(context, table, row, CURRENCY, reporting);
            if (hours.isPresent() && salary.isPresent() && currency.isPresent()) {
                Money annual = Money.of(salary.get(), currency.get());
                context.engine(table, row, () -> new Attendance(id, hours.get(), annual))
                        .ifPresent(attendances::add);
            }
        }
        return attendances;
    }

    static Optional<BigDecimal> nonNegative(Context context, String table, Row row, Column column) {
        Optional<BigDecimal> value = row.decimal(column);
        if (value.filter(number -> number.signum() < 0).isPresent()) {
            String written = value.get().toPlainString();
            context.inRow(table, row, column, written, "evaluation.problem.negative", written);
            return Optional.empty();
        }
        return value;
    }

    static Optional<Percentage> share(Context context, String table, Row row, Column column) {
        Percentage share = new Percentage(row.decimal(column).orElseThrow());
        if (!share.isShare()) {
            String written = share.value().toPlainString();
            context.inRow(table, row, column, written, "evaluation.problem.notAShare", written);
            return Optional.empty();
        }
        return Optional.of(share);
    }

    /** A text cell read as the kind; blank cells of optional columns give the fallback. */
    static <T> Optional<T> cell(Context context, String table, Row row, Column column, Kind<T> kind, T fallback) {
        Optional<String> text = row.text(column);
        if (text.isEmpty()) {
            return Optional.ofNullable(fallback);
        }
        Optional<T> value = kind.parse().apply(text.get());
        if (value.isEmpty()) {
            context.inRow(table, row, column, text.get(), kind.reason(), text.get(), kind.allowed());
        }
        return value;
    }

    /** The row's currency (the reporting one when blank), recorded for the exchange-rate check. */
    static Optional<Currency> currency(Context context, String table, Row row, Column column, Currency reporting) {
        Optional<Currency> currency = cell(context, table, row, column, Kind.CURRENCY, reporting);
        currency.ifPresent(found -> context.uses(found, table, row, column));
        return currency;
    }
}
