package nl.rendement.engine.trail;

import java.util.Objects;

/** A figure with the trail of how it was obtained. */
public record Traced<T>(T value, Trail trail) {

    public Traced {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(trail, "trail");
    }

    public static <T> Traced<T> of(T value, Step... steps) {
        return new Traced<>(value, Trail.of(steps));
    }
}
