package nl.rendement.app.system;

import java.util.Locale;

/** A signed-in user chose a language; features that remember preferences listen for it. */
public record LanguageChosen(String username, Locale language) {}
