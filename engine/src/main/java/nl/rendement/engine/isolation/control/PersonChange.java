package nl.rendement.engine.isolation.control;

import java.util.Objects;

/**
 * One person's impact-measure KPI in a given control group evaluation: the mean of the KPI per
 * period (e.g. sales per month) over the pre-period and over the post-period. A person without
 * both values has no data and is not a {@code PersonChange}; a trained person without data is
 * counted in {@link GivenControlGroup#trainedWithoutData()} and adds 0 (Phillips' principle 6).
 *
 * @param person an identifier, unique within the evaluation
 * @param pre the person's mean KPI per period before the programme
 * @param post the person's mean KPI per period after the programme
 */
public record PersonChange(String person, double pre, double post) {

    public PersonChange {
        Objects.requireNonNull(person, "person");
        if (person.isBlank()) {
            throw new IllegalArgumentException("A person needs an identifier");
        }
        if (!Double.isFinite(pre) || !Double.isFinite(post)) {
            throw new IllegalArgumentException("KPI means must be finite for " + person + ": " + pre + ", " + post);
        }
    }

    public static PersonChange of(String person, double pre, double post) {
        return new PersonChange(person, pre, post);
    }

    /** The person's change, {@code post - pre}. */
    public double change() {
        return post - pre;
    }
}
