package nl.rendement.app.importing.formats;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * One value a coded column allows: the code Rendement stores ({@code end_of_contract}) and the
 * words a file may write for it in English ({@code end of contract}) and Dutch ({@code einde
 * contract}).
 */
public record Choice(String code, Bilingual words) {

    public Choice {
        Objects.requireNonNull(words, "words");
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a choice needs a code");
        }
    }

    public static Choice of(String code, String english, String dutch) {
        return new Choice(code, Bilingual.of(english, dutch));
    }

    /**
     * Whether a cell means this choice: its English or Dutch words or its code, ignoring case,
     * accents, and whether words are joined by spaces, hyphens or underscores.
     */
    public boolean matches(String cell) {
        String wanted = plain(cell);
        return plain(code).equals(wanted)
                || plain(words.english()).equals(wanted)
                || plain(words.dutch()).equals(wanted);
    }

    private static String plain(String text) {
        String bare = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return bare.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }
}
