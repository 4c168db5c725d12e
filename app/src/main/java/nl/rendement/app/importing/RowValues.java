package nl.rendement.app.importing;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One row's values by column, read-only: the file's columns are known once (a {@link Columns}
 * shared by every row) and each row keeps an array, so a million rows build no map each and a
 * lookup by the schema's own column (the same object) is an identity probe. A blank or absent
 * value is no entry.
 */
final class RowValues extends AbstractMap<Column, Object> {

    /** A file's columns in the order of a row's values. */
    static final class Columns {

        private final List<Column> order;
        private final Map<Column, Integer> byIdentity = new IdentityHashMap<>();
        private final Map<Column, Integer> byValue = new HashMap<>();

        Columns(List<Column> order) {
            this.order = List.copyOf(order);
            for (int index = 0; index < order.size(); index++) {
                if (byValue.put(order.get(index), index) != null) {
                    throw new IllegalArgumentException(order.get(index).english() + " twice");
                }
                byIdentity.put(order.get(index), index);
            }
        }

        int size() {
            return order.size();
        }

        /** The column's place, or -1 when the file has no such column. */
        int indexOf(Object column) {
            Integer index = byIdentity.get(column);
            if (index == null) {
                index = byValue.get(column);
            }
            return index == null ? -1 : index;
        }
    }

    private final Columns columns;
    private final Object[] values;

    /** The row's values, one per column in the columns' order (null for none); kept, not copied. */
    RowValues(Columns columns, Object[] values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        this.columns = columns;
        this.values = values;
    }

    @Override
    public Object get(Object column) {
        int index = columns.indexOf(column);
        return index < 0 ? null : values[index];
    }

    @Override
    public boolean containsKey(Object column) {
        return get(column) != null;
    }

    @Override
    public Set<Entry<Column, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<Column, Object>> iterator() {
                return new Iterator<>() {
                    private int next = following(0);

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<Column, Object> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        Entry<Column, Object> entry = Map.entry(columns.order.get(next), values[next]);
                        next = following(next + 1);
                        return entry;
                    }
                };
            }

            @Override
            public int size() {
                int size = 0;
                for (Object value : values) {
                    size += value == null ? 0 : 1;
                }
                return size;
            }
        };
    }

    /** The first place from {@code from} on that holds a value. */
    private int following(int from) {
        int index = from;
        while (index < values.length && values[index] == null) {
            index++;
        }
        return index;
    }
}
