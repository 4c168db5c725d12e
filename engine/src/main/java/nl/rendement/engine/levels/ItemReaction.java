package nl.rendement.engine.levels;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One 1-5 item's result: the mean with its n, the distribution of answers 1 to 5 (each a {@link
 * Part} of the item's n, present also when nobody chose it) and the mean against the target.
 *
 * @param distribution five parts, answers 1 to 5 in order; empty when nobody answered
 */
public record ItemReaction(
        String item, Figure<Double> mean, List<Part> distribution, OptionalDouble target, Target status) {

    public ItemReaction {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(mean, "mean");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(status, "status");
        distribution = List.copyOf(distribution);
    }

    /** The mean against the item's target: mean >= target is met. */
    public enum Target {
        MET,
        NOT_MET,
        /** the item has no target */
        NONE,
        /** nobody answered the item */
        UNKNOWN
    }
}
