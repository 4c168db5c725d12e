package nl.rendement.app.system;

import java.time.ZoneId;

/** {@link Formats} as the application configures it, for tests outside the system package. */
public final class TestFormats {

    private TestFormats() {}

    public static Formats amsterdam() {
        return new Formats(ZoneId.of("Europe/Amsterdam"));
    }
}
