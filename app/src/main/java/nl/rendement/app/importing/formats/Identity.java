package nl.rendement.app.importing.formats;

import java.util.List;
import java.util.Optional;
import nl.rendement.app.importing.Column;

/**
 * How a row names the person (or team) it is about: at least one of {@code anyOf} filled, unless
 * the {@code unlessYes} column says yes (an anonymous survey response, which is then never linked
 * to a person). A kind without people has no identity columns.
 */
public record Identity(List<Column> anyOf, Optional<Column> unlessYes) {

    public static final Identity NONE = new Identity(List.of(), Optional.empty());

    public Identity {
        anyOf = List.copyOf(anyOf);
        if (anyOf.stream().anyMatch(Column::required)) {
            throw new IllegalArgumentException("identity columns are optional: one of them is enough");
        }
    }

    public static Identity anyOf(Column... columns) {
        return new Identity(List.of(columns), Optional.empty());
    }

    public Identity unless(Column yes) {
        return new Identity(anyOf, Optional.of(yes));
    }

    public boolean isNone() {
        return anyOf.isEmpty();
    }
}
