package nl.rendement.app.importing;

import java.util.Locale;

/**
 * Where an import stands: being read, read and shown, being applied, applied, taken back, set
 * aside without applying, or interrupted (the application stopped while it was read or applied).
 */
public enum ImportState {
    READING,
    PREVIEWED,
    COMMITTING,
    COMMITTED,
    UNDONE,
    DISCARDED,
    INTERRUPTED;

    String databaseValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ImportState fromDatabase(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
