package nl.rendement.app.people;

import java.util.Locale;

/** What level of the organisation a unit is. */
public enum UnitKind {
    ORGANISATION,
    DIVISION,
    DEPARTMENT,
    TEAM;

    String databaseValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    static UnitKind fromDatabase(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
