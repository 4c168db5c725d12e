package nl.rendement.app.system;

import java.util.Locale;

/** The language to speak when neither the user nor the browser chose a supported one. */
public interface FallbackLanguage {

    Locale fallbackLanguage();
}
