package nl.rendement.app.importing;

import java.util.Locale;

/** Where an import stands: read and shown, applied, taken back, or set aside without applying. */
public enum ImportState {
    PREVIEWED,
    COMMITTED,
    UNDONE,
    DISCARDED;

    String databaseValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ImportState fromDatabase(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
