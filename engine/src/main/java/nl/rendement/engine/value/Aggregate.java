package nl.rendement.engine.value;

import java.util.Objects;
import java.util.Optional;

/**
 * A figure about a group with the number of people it rests on, marked by the small-group rule
 * (METHOD §1): it rests on fewer than k people, or it is a part of a shown total whose
 * complement (the rest of that total) is fewer than k. The engine computes with all data and only
 * marks; pages withhold marked figures by role.
 *
 * @param n the people the figure rests on
 * @param ofTotal the shown total it is a part of (the respondents of a question), if any
 */
public record Aggregate<T>(T value, int n, Optional<Integer> ofTotal, SmallGroup mark) {

    public Aggregate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(ofTotal, "ofTotal");
        Objects.requireNonNull(mark, "mark");
        if (n < 0 || ofTotal.filter(total -> total < n).isPresent()) {
            throw new IllegalArgumentException("A part of " + ofTotal.orElse(n) + " cannot rest on " + n);
        }
    }

    /** A figure resting on {@code n} people: marked when 1 to k - 1 of them. */
    public static <T> Aggregate<T> of(T value, int n, int k) {
        return new Aggregate<>(value, n, Optional.empty(), small(n, k) ? SmallGroup.FEWER_THAN_K : SmallGroup.NONE);
    }

    /**
     * A figure about {@code n} people out of a shown total (3 of 12 respondents cite a barrier):
     * marked when the part or its complement, total − n, is 1 to k - 1.
     */
    public static <T> Aggregate<T> part(T value, int n, int ofTotal, int k) {
        SmallGroup mark = small(n, k)
                ? SmallGroup.FEWER_THAN_K
                : small(ofTotal - n, k) ? SmallGroup.COMPLEMENT_BELOW_K : SmallGroup.NONE;
        return new Aggregate<>(value, n, Optional.of(ofTotal), mark);
    }

    /** Whether a page must withhold it from readers who may not see small groups. */
    public boolean marked() {
        return mark != SmallGroup.NONE;
    }

    private static boolean small(int count, int k) {
        return count > 0 && count < k;
    }

    /** Why a figure is marked. */
    public enum SmallGroup {
        NONE,
        FEWER_THAN_K,
        COMPLEMENT_BELOW_K
    }
}
