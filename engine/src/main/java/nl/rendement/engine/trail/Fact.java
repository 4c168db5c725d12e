package nl.rendement.engine.trail;

import java.util.Objects;

/**
 * One named input or output of a step, kept as its value (a {@code BigDecimal}, {@code Money},
 * {@code Percentage}, date, count or text) so that a reader can format it in their language.
 */
public record Fact(String name, Object value) {

    public Fact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value of " + name);
    }
}
