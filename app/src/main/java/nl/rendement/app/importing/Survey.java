package nl.rendement.app.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.importing.Conventions.DateOrder;
import nl.rendement.app.importing.Conventions.NumberStyle;

/**
 * The first pass over a file: finds the header and the schema's columns in it, reports merged
 * cells, and gathers what the values say about number styles and the date order.
 */
final class Survey implements RawRows {

    /** Where the columns are and how to read their numbers and dates. */
    /** What the header and the survey of the rows decided; {@code headerWidth} counts up to the header's last named cell. */
    record Decisions(
            int headerRow,
            int headerWidth,
            List<Headers.Placed> columns,
            Map<Column, NumberStyle> styles,
            DateOrder dates,
            int rows) {}

    /** Stops reading once the header shows the file cannot be imported. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("stop", null, false, false);
        }
    }

    private final TableSchema schema;
    private final ProblemLog log;
    private final Map<Column, NumberEvidence> numbers = new HashMap<>();
    private final DateEvidence dates = new DateEvidence();
    private RawRow header;
    private List<Headers.Placed> columns = List.of();
    private int rows;

    Survey(TableSchema schema, ProblemLog log) {
        this.schema = schema;
        this.log = log;
    }

    @Override
    public void row(RawRow row) {
        if (row.isBlank()) {
            return;
        }
        if (header == null) {
            header = row;
            columns = Headers.place(schema, row, log).orElseThrow(Stop::new);
            return;
        }
        rows++;
        for (Headers.Placed placed : columns) {
            RawCell cell = row.cell(placed.index());
            ColumnType type = placed.column().type();
            if (cell.kind() != RawCell.Kind.TEXT || cell.isBlank()) {
                continue;
            }
            if (type.isNumber()) {
                numbers.computeIfAbsent(placed.column(), column -> new NumberEvidence())
                        .add(Numbers.compact(cell.text(), type));
            } else if (type == ColumnType.DATE) {
                dates.add(cell.text());
            }
        }
    }

    @Override
    public void merged(int row, int column, String range) {
        String where = columns.stream()
                .filter(placed -> placed.index() == column)
                .map(Headers.Placed::header)
                .findFirst()
                .orElse(range);
        log.at(row, where, range, "importing.problem.mergedCells", range);
    }

    /** The decisions, or empty when the file has no header or leaves a style or order open. */
    Optional<Decisions> decide(Conventions conventions) {
        if (header == null) {
            log.inFile("importing.problem.noHeader");
            return Optional.empty();
        }
        Map<Column, NumberStyle> styles = new HashMap<>();
        boolean decided = true;
        for (Headers.Placed placed : columns) {
            NumberEvidence evidence = numbers.getOrDefault(placed.column(), new NumberEvidence());
            Optional<NumberStyle> style = evidence.decide(conventions.numbers());
            style.ifPresent(found -> styles.put(placed.column(), found));
            if (placed.column().type().isNumber() && style.isEmpty()) {
                if (evidence.tied()) {
                    log.inFile(
                            "importing.problem.tiedNumbers",
                            placed.header(),
                            evidence.dutchExample(),
                            evidence.englishExample());
                } else {
                    log.inFile("importing.problem.undecidableNumbers", placed.header(), evidence.example());
                }
                decided = false;
            }
        }
        Optional<DateOrder> order = dateOrder(conventions);
        return decided && order.isPresent()
                ? Optional.of(new Decisions(header.number(), width(header), columns, styles, order.get(), rows))
                : Optional.empty();
    }

    /** The number of cells up to the last one that is not blank. */
    private static int width(RawRow header) {
        int width = header.cells().size();
        while (width > 0 && header.cell(width - 1).isBlank()) {
            width--;
        }
        return width;
    }

    private Optional<DateOrder> dateOrder(Conventions conventions) {
        if (dates.isMixed()) {
            log.inFile("importing.problem.mixedDateOrder", dates.dayFirstExample(), dates.monthFirstExample());
            return Optional.empty();
        }
        Optional<DateOrder> order = dates.decide(conventions.dates());
        if (order.isEmpty()) {
            log.inFile("importing.problem.ambiguousDates", dates.ambiguousExample());
        }
        return order;
    }
}
