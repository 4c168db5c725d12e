package nl.rendement.engine.forecast;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/** One value for each {@link Scenario}: low, expected and high. */
public record Scenarios<T>(T low, T expected, T high) {

    public Scenarios {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(high, "high");
    }

    /** The value of each scenario, computed low, expected, high in that order. */
    public static <T> Scenarios<T> of(Function<Scenario, T> each) {
        return new Scenarios<>(each.apply(Scenario.LOW), each.apply(Scenario.EXPECTED), each.apply(Scenario.HIGH));
    }

    public T get(Scenario scenario) {
        return switch (scenario) {
            case LOW -> low;
            case EXPECTED -> expected;
            case HIGH -> high;
        };
    }

    public <R> Scenarios<R> map(BiFunction<Scenario, T, R> each) {
        return of(scenario -> each.apply(scenario, get(scenario)));
    }
}
