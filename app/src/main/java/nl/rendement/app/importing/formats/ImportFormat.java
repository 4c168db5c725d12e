package nl.rendement.app.importing.formats;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.importing.Column;
import nl.rendement.app.importing.TableSchema;

/**
 * One kind of data a person can upload (leavers, KPI observations, cost lines ...): its code, its
 * title and purpose, its columns with their meaning and examples, and how its rows name people.
 * Its {@link #schema()} is what the tabular reader reads such a file with; its templates are
 * written by {@link Templates}.
 */
public record ImportFormat(
        String kind, Bilingual title, Bilingual purpose, Identity identity, List<FormatColumn> columns) {

    public ImportFormat {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(identity, "identity");
        columns = List.copyOf(columns);
        if (kind == null || !kind.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("a kind is written in lower case with hyphens: " + kind);
        }
        Set<Column> own = new HashSet<>();
        columns.forEach(column -> own.add(column.column()));
        if (!own.containsAll(identity.anyOf())
                || !identity.unlessYes().map(own::contains).orElse(true)) {
            throw new IllegalArgumentException(kind + ": its identity names a column it does not have");
        }
    }

    public static ImportFormat of(
            String kind, Bilingual title, Bilingual purpose, Identity identity, FormatColumn... columns) {
        return new ImportFormat(kind, title, purpose, identity, List.of(columns));
    }

    /** The columns as the tabular reader wants them. */
    public TableSchema schema() {
        return new TableSchema(columns.stream().map(FormatColumn::column).toList());
    }

    public Optional<FormatColumn> column(Column column) {
        return columns.stream()
                .filter(candidate -> candidate.column().equals(column))
                .findFirst();
    }
}
