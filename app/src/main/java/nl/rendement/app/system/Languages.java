package nl.rendement.app.system;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages Rendement speaks. Each has a full message bundle. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

    private Languages() {}

    /** The supported language with this tag ("nl", "en", "nl-BE" ...), if any. */
    public static Optional<Locale> byTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equals(language))
                .findFirst();
    }
}
