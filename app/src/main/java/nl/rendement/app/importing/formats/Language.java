package nl.rendement.app.importing.formats;

import java.util.Locale;
import nl.rendement.app.importing.Conventions;

/** The languages a template is written in: its headers, examples, number and date style. */
public enum Language {
    ENGLISH,
    DUTCH;

    /** Dutch for a Dutch locale, English otherwise. */
    public static Language of(Locale locale) {
        return "nl".equals(locale.getLanguage()) ? DUTCH : ENGLISH;
    }

    /**
     * What a file in this language's template style declares: Dutch numbers and dd-mm-yyyy dates
     * settle a Dutch file whose dates all fall on the 12th or earlier (such as period starts on the
     * 1st); English templates write yyyy-mm-dd, which needs no declaration.
     */
    public Conventions conventions() {
        return this == DUTCH ? Conventions.dutch() : Conventions.none();
    }

    public String code() {
        return this == DUTCH ? "nl" : "en";
    }
}
