package nl.rendement.app.importing;

import java.util.HashMap;
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

    RowReader(Survey.Decisions decisions, ProblemLog log, Consumer<Row> rows) {
        this.decisions = decisions;
        this.headers = decisions.columns().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Headers.Placed::column, Headers.Placed::header, (first, last) -> last));
        this.cells = new Cells(decisions.styles(), decisions.dates());
        this.log = log;
        this.rows = rows;
    }

    @Override
    public void row(RawRow raw) {
        if (raw.number() <= decisions.headerRow() || raw.isBlank()) {
            return;
        }
        Map<Column, Object> values = new HashMap<>();
        boolean clean = true;
        for (Headers.Placed placed : decisions.columns()) {
            RawCell cell = raw.cell(placed.index());
            CellRead read = cells.read(placed.column(), cell);
            if (read instanceof CellRead.Value value) {
                value.value().ifPresent(found -> values.put(placed.column(), found));
            } else if (read instanceof CellRead.Wrong wrong) {
                log.at(
                        raw.number(),
                        placed.header(),
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
            rows.accept(new Row(raw.number(), values, headers));
        }
    }
}
