package nl.rendement.app.importing.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.importing.Column;

/**
 * One stored row as an export writes it, by column: text a {@link String} (a coded column's stored
 * code, written in the file's words), a whole number a {@link Long}, a number or percentage (in
 * points) a {@link BigDecimal}, a date a {@link LocalDate}, yes/no a {@link Boolean}. A column without
 * a value is a blank cell.
 */
public final class ExportRow {

    private final Map<Column, Object> values = new HashMap<>();

    private ExportRow() {}

    public static ExportRow empty() {
        return new ExportRow();
    }

    /** This row with the value in the column; {@code null} leaves the cell blank. */
    public ExportRow with(Column column, Object value) {
        if (value != null) {
            values.put(column, value instanceof Integer whole ? Long.valueOf(whole) : value);
        }
        return this;
    }

    public Optional<Object> get(Column column) {
        return Optional.ofNullable(values.get(column));
    }
}
