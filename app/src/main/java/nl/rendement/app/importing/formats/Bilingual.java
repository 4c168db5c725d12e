package nl.rendement.app.importing.formats;

/** A text in English and in Dutch. */
public record Bilingual(String english, String dutch) {

    public Bilingual {
        if (english == null || english.isBlank() || dutch == null || dutch.isBlank()) {
            throw new IllegalArgumentException("a text needs an English and a Dutch version");
        }
    }

    public static Bilingual of(String english, String dutch) {
        return new Bilingual(english, dutch);
    }

    public String in(Language language) {
        return language == Language.DUTCH ? dutch : english;
    }
}
