package nl.rendement.engine.isolation.control;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One person's impact-measure KPI in a given control group evaluation: the mean of the KPI per
 * period (e.g. sales per month) over the pre-period and over the post-period, in one cohort. A
 * person without the values the comparison needs has no data and is not a {@code PersonChange}; a
 * trained person without data is counted in {@link GivenControlGroup#trainedWithoutData()} and adds
 * 0 (Phillips' principle 6).
 *
 * <p>The cohort (stratum) is the wave whose calendar windows the values cover: each cohort's
 * trained are compared with the control people over that cohort's own windows, so one control
 * person may appear once per cohort with other values. {@link #DEFAULT_COHORT} ("") is the single
 * cohort of an evaluation that has no waves.
 *
 * @param person an identifier, unique within its cohort
 * @param cohort the cohort's identifier; "" when there is one cohort (blank is stripped to "")
 * @param pre the person's mean KPI per period before the programme; empty without a pre-period
 * @param post the person's mean KPI per period after the programme
 */
public record PersonChange(String person, String cohort, OptionalDouble pre, double post) {

    public static final String DEFAULT_COHORT = "";

    public PersonChange {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(cohort, "cohort");
        Objects.requireNonNull(pre, "pre");
        if (person.isBlank()) {
            throw new IllegalArgumentException("A person needs an identifier");
        }
        cohort = cohort.strip();
        if ((pre.isPresent() && !Double.isFinite(pre.getAsDouble())) || !Double.isFinite(post)) {
            throw new IllegalArgumentException("KPI means must be finite for " + person + ": " + pre + ", " + post);
        }
    }

    /** In the single default cohort. */
    public PersonChange(String person, double pre, double post) {
        this(person, DEFAULT_COHORT, OptionalDouble.of(pre), post);
    }

    public static PersonChange of(String person, double pre, double post) {
        return new PersonChange(person, pre, post);
    }

    public static PersonChange of(String person, String cohort, double pre, double post) {
        return new PersonChange(person, cohort, OptionalDouble.of(pre), post);
    }

    /** A person without a pre-period (a new hire): only the post value. */
    public static PersonChange postOnly(String person, String cohort, double post) {
        return new PersonChange(person, cohort, OptionalDouble.empty(), post);
    }

    /** The person's change, {@code post - pre}; only for a person with a pre-period value. */
    public double change() {
        return post - preValue();
    }

    /** The pre-period value; only for a person with one. */
    double preValue() {
        return pre.orElseThrow(() -> new IllegalStateException(person + " has no pre-period value"));
    }
}
