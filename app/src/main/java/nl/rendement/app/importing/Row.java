package nl.rendement.app.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a file, its cells read as their columns' types. A blank cell of an optional column
 * (or an optional column the file lacks) is empty.
 *
 * @param number the row as a spreadsheet numbers it (the header is row 1)
 * @param headers each present column's header as the file writes it (in English or Dutch)
 */
public record Row(int number, Map<Column, Object> values, Map<Column, String> headers) {

    public Row {
        values = values instanceof RowValues read ? read : Map.copyOf(values);
        headers = Map.copyOf(headers);
    }

    /** The column's header as the file writes it, for a problem; its English name when the file lacks it. */
    public String header(Column column) {
        return headers.getOrDefault(column, column.english());
    }

    public Optional<String> text(Column column) {
        return value(column, ColumnType.TEXT, String.class);
    }

    public Optional<Long> integer(Column column) {
        return value(column, ColumnType.INTEGER, Long.class);
    }

    /** A decimal or a percentage (in percentage points). */
    public Optional<BigDecimal> decimal(Column column) {
        if (column.type() == ColumnType.PERCENTAGE) {
            return value(column, ColumnType.PERCENTAGE, BigDecimal.class);
        }
        return value(column, ColumnType.DECIMAL, BigDecimal.class);
    }

    public Optional<LocalDate> date(Column column) {
        return value(column, ColumnType.DATE, LocalDate.class);
    }

    public Optional<Boolean> bool(Column column) {
        return value(column, ColumnType.BOOLEAN, Boolean.class);
    }

    private <T> Optional<T> value(Column column, ColumnType asked, Class<T> kind) {
        if (column.type() != asked) {
            throw new IllegalArgumentException(column.english() + " is " + column.type() + ", not " + asked);
        }
        return Optional.ofNullable(values.get(column)).map(kind::cast);
    }
}
