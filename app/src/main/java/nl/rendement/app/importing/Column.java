package nl.rendement.app.importing;

import java.util.Objects;

/**
 * One column a caller expects in a file, known by an English and a Dutch header. Headers match
 * trimmed, ignoring case and accents ({@code "Categorie"} matches {@code " catégorie "}).
 *
 * <p>A required column must be present and every row must fill it; an optional column may be
 * absent, and its cells may be blank.
 */
public record Column(String english, String dutch, ColumnType type, boolean required) {

    public Column {
        Objects.requireNonNull(type, "type");
        if (english == null || english.isBlank() || dutch == null || dutch.isBlank()) {
            throw new IllegalArgumentException("a column needs an English and a Dutch header");
        }
    }

    public static Column required(String english, String dutch, ColumnType type) {
        return new Column(english, dutch, type, true);
    }

    public static Column optional(String english, String dutch, ColumnType type) {
        return new Column(english, dutch, type, false);
    }

    boolean matches(String header) {
        String wanted = Headers.normalise(header);
        return Headers.normalise(english).equals(wanted)
                || Headers.normalise(dutch).equals(wanted);
    }
}
