package nl.rendement.engine.trail;

import java.util.Objects;

/**
 * Why something could not be computed or counted, as a step: a code (e.g. {@code
 * estimate.noCredibleEstimate}) with its facts. Expected failures come back as reasons, never as
 * exceptions.
 */
public record Reason(Step step) {

    public Reason {
        Objects.requireNonNull(step, "step");
    }

    public static Reason of(String code, Object... namesAndValues) {
        return new Reason(Step.of(code, namesAndValues));
    }

    public String code() {
        return step.code();
    }
}
