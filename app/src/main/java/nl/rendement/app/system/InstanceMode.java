package nl.rendement.app.system;

import java.util.Locale;

/**
 * Whether this start serves the demo organisation or real data. Demo is chosen explicitly (the
 * {@code demo} profile sets {@code rendement.demo=true}); every other start is production.
 */
public enum InstanceMode {
    DEMO,
    PRODUCTION;

    public String databaseValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
