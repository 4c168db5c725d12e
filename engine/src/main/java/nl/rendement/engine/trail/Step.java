package nl.rendement.engine.trail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of how a figure was obtained: a stable code naming the method, rule or exclusion
 * (e.g. {@code cost.prorated}, {@code estimate.excluded.extreme}) and the facts it used. Codes are
 * documented in {@code docs/method-trail.md}; readers translate them, the engine never formats text.
 */
public record Step(String code, List<Fact> facts) {

    public Step {
        Objects.requireNonNull(code, "code");
        facts = List.copyOf(facts);
    }

    /** A step from alternating names and values: {@code Step.of("cost.prorated", "amount", m, "expected", 70)}. */
    public static Step of(String code, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Names and values must come in pairs for " + code);
        }
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            facts.add(new Fact((String) namesAndValues[i], namesAndValues[i + 1]));
        }
        return new Step(code, facts);
    }

    public Optional<Object> fact(String name) {
        return facts.stream()
                .filter(fact -> fact.name().equals(name))
                .map(Fact::value)
                .findFirst();
    }
}
