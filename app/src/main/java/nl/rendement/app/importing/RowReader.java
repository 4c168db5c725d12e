package nl.rendement.app.importing;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The second pass over a file: reads every row below the header and hands clean rows on, until
 * the first problem; after that it only collects problems. A cell to the right of the header's
 * last named cell is a problem: no column says what it is, and dropping it would lose data
 * silently.
 */
final class RowReader implements RawRows {

    private final Survey.Decisions decisions;
    private final Cells cells;
    private final ProblemLog log;
    private final Consumer<Row> rows;
    private final Map<Column, String> headers;
    private final RowValues.Columns columns;

    RowReader(Survey.Decisions decisions, ProblemLog log, Consumer<Row> rows) {
        this.decisions = decisions;
        this.headers = decisions.columns().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Headers.Placed::column, Headers.Placed::header, (first, last) -> last));
        this.columns = new RowValues.Columns(
                decisions.columns().stream().map(Headers.Placed::column).toList());
        this.cells = new Cells(decisions.styles(), decisions.dates());
        this.log = log;
        this.rows = rows;
    }

    @Override
    public void row(RawRow raw) {
        if (raw.number() <= decisions.headerRow() || raw.isBlank()) {
            return;
        }
        List<Headers.Placed> placed = decisions.columns();
        Object[] values = new Object[placed.size()];
        boolean clean = true;
        for (int index = 0; index < values.length; index++) {
            RawCell cell = raw.cell(placed.get(index).index());
            CellRead read = cells.read(placed.get(index).column(), cell);
            if (read instanceof CellRead.Value value) {
                values[index] = value.value().orElse(null);
            } else if (read instanceof CellRead.Wrong wrong) {
                log.at(
                        raw.number(),
                        placed.get(index).header(),
                        cell.shown(),
                        wrong.reason(),
                        wrong.arguments().toArray());
                clean = false;
            }
        }
        for (int index = decisions.headerWidth(); index < raw.cells().size(); index++) {
            RawCell cell = raw.cell(index);
            if (!cell.isBlank()) {
                String column = String.valueOf(index + 1);
                log.at(raw.number(), column, cell.shown(), "importing.problem.beyondHeader", column);
                clean = false;
            }
        }
        if (clean && log.isEmpty()) {
            rows.accept(new Row(raw.number(), new RowValues(columns, values), headers));
        }
    }
}
