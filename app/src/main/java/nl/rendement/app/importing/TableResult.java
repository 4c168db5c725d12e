package nl.rendement.app.importing;

import java.util.List;

/** A file read whole: every row, or what is wrong with it. Never both. */
public sealed interface TableResult {

    /** Every non-blank row below the header, in file order. */
    record Rows(List<Row> rows) implements TableResult {
        public Rows {
            rows = List.copyOf(rows);
        }
    }

    /** The file cannot be imported as it is. */
    record Problems(TableProblems problems) implements TableResult {}
}
