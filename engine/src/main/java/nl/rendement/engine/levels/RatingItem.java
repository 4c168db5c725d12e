package nl.rendement.engine.levels;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A level-1 item on a 1-5 scale (relevance, importance, intent to use ...; METHOD §1) with the
 * answers given, detached from who gave them, and an optional target for its mean (e.g. 4.0). An
 * answer outside 1-5 is impossible input.
 */
public record RatingItem(String name, List<Integer> answers, OptionalDouble target) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    public RatingItem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        answers = List.copyOf(answers);
        for (int answer : answers) {
            if (answer < LOWEST || answer > HIGHEST) {
                throw new IllegalArgumentException("Item " + name + ": " + answer + " is not on the 1-5 scale");
            }
        }
        if (target.isPresent() && !(target.getAsDouble() >= LOWEST && target.getAsDouble() <= HIGHEST)) {
            throw new IllegalArgumentException("Item " + name + ": target " + target.getAsDouble() + " is not on 1-5");
        }
    }

    public static RatingItem of(String name, List<Integer> answers) {
        return new RatingItem(name, answers, OptionalDouble.empty());
    }

    public static RatingItem of(String name, List<Integer> answers, double target) {
        return new RatingItem(name, answers, OptionalDouble.of(target));
    }
}
