package nl.rendement.app.people;

import java.util.Locale;

/** Why an employee left. Voluntary leavers are what retention programmes try to keep. */
public enum ExitReason {
    VOLUNTARY,
    INVOLUNTARY,
    RETIREMENT,
    END_OF_CONTRACT,
    OTHER;

    /** The message key of this reason's name. */
    public String labelKey() {
        return switch (this) {
            case VOLUNTARY -> "employee.exitReason.voluntary";
            case INVOLUNTARY -> "employee.exitReason.involuntary";
            case RETIREMENT -> "employee.exitReason.retirement";
            case END_OF_CONTRACT -> "employee.exitReason.endOfContract";
            case OTHER -> "employee.exitReason.other";
        };
    }

    String databaseValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ExitReason fromDatabase(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
