package nl.rendement.app.system;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

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

    /**
     * The bundles as the web application and the {@code evaluate} command read them: every text
     * lives in messages_en and messages_nl, the trail's step codes and fact names in trail_en and
     * trail_nl (docs/method-trail.md); there is deliberately no base bundle. This is the
     * application's {@code messageSource} bean, so {@code spring.messages.basename} does not apply.
     */
    public static MessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "trail");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(ENGLISH);
        return messages;
    }
}
