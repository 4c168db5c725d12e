package nl.rendement.engine.levels;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Trail;
import nl.rendement.engine.value.Aggregate;

/**
 * A level 0-3 figure (METHOD §1): either {@link Computed}, an {@link Aggregate} carrying the
 * number of people it rests on and its small-group mark, with the trail of how it was obtained;
 * or {@link NotComputable}, with the reasons why not (no completers, zero hours, no payroll).
 */
public sealed interface Figure<T> {

    /** The aggregate when computed; empty when not computable. */
    Optional<Aggregate<T>> result();

    /** How it was obtained, or the steps of the reasons why it was not. */
    Trail trail();

    /** Why it could not be computed; empty when computed. */
    List<Reason> reasons();

    static <T> Computed<T> computed(Aggregate<T> aggregate, Step... steps) {
        return new Computed<>(aggregate, Trail.of(steps));
    }

    static <T> NotComputable<T> notComputable(Reason... reasons) {
        return new NotComputable<>(List.of(reasons));
    }

    /** A computed figure with its n, its mark and its trail. */
    record Computed<T>(Aggregate<T> aggregate, Trail trail) implements Figure<T> {

        public Computed {
            Objects.requireNonNull(aggregate, "aggregate");
            Objects.requireNonNull(trail, "trail");
        }

        public T value() {
            return aggregate.value();
        }

        @Override
        public Optional<Aggregate<T>> result() {
            return Optional.of(aggregate);
        }

        @Override
        public List<Reason> reasons() {
            return List.of();
        }
    }

    /** A figure the data do not allow, with at least one reason. */
    record NotComputable<T>(List<Reason> reasons) implements Figure<T> {

        public NotComputable {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("A figure that cannot be computed needs a reason");
            }
        }

        @Override
        public Optional<Aggregate<T>> result() {
            return Optional.empty();
        }

        @Override
        public Trail trail() {
            return new Trail(reasons.stream().map(Reason::step).toList());
        }
    }
}
