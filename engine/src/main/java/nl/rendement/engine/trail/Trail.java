package nl.rendement.engine.trail;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The steps by which a figure was obtained, in order: inputs, method, rules applied, exclusions. */
public record Trail(List<Step> steps) {

    public static final Trail EMPTY = new Trail(List.of());

    public Trail {
        steps = List.copyOf(steps);
    }

    public static Trail of(Step... steps) {
        return new Trail(List.of(steps));
    }

    public Trail then(Step step) {
        List<Step> more = new ArrayList<>(steps);
        more.add(step);
        return new Trail(more);
    }

    public Trail then(Trail later) {
        return new Trail(Stream.concat(steps.stream(), later.steps.stream()).toList());
    }

    /** The steps with this code, in order. */
    public List<Step> all(String code) {
        return steps.stream().filter(step -> step.code().equals(code)).toList();
    }

    public boolean has(String code) {
        return steps.stream().anyMatch(step -> step.code().equals(code));
    }
}
