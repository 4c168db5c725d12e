package nl.rendement.app.people;

import java.util.Locale;

/** Why an employee left. Voluntary leavers are what retention programmes try to keep. */
public enum ExitReason {
    VOLUNTARY,
    INVOLUNTARY,
    RETIREMENT,
    END_OF_CONTRACT,
    OTHER;

    String databaseValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ExitReason fromDatabase(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
