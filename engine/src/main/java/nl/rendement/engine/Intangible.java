package nl.rendement.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * A measure purposely not converted to money (principle 11): listed with the result, never
 * dropped; optionally the impact measure it belongs to.
 */
public record Intangible(String name, String description, Optional<String> measureId) {

    public Intangible {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(measureId, "measureId");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An intangible needs a name");
        }
    }
}
