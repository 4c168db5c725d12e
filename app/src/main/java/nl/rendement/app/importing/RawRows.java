package nl.rendement.app.importing;

/** Receives a file's rows in order, the header among them, and what the rows cannot show. */
interface RawRows {

    void row(RawRow row);

    /** A merged range such as {@code B3:C4}, starting at the given row and column index. */
    default void merged(int row, int column, String range) {}
}
