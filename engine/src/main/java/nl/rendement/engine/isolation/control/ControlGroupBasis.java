package nl.rendement.engine.isolation.control;

import java.util.function.ToDoubleFunction;

/**
 * What a given control group compares (METHOD §3): the people's changes from the pre- to the
 * post-period, or their post-period means, either because assignment to training was random or
 * because there is no pre-period (new hires have no KPI before they join).
 */
public enum ControlGroupBasis {

    /** Difference of mean changes (post - pre) between trained and control; the default. */
    CHANGES,

    /**
     * Difference of post means, because assignment was recorded as random; balance is still checked
     * on the pre-period.
     */
    POST_MEANS_RANDOM_ASSIGNMENT,

    /**
     * Difference of post means, because there is no pre-period: the rows carry only post values and
     * balance cannot be judged, so the estimate is never credible ({@code
     * control.notCredible.noPrePeriod}).
     */
    POST_MEANS_NO_PRE_PERIOD;

    /** Whether the rows carry a pre-period value. */
    public boolean hasPrePeriod() {
        return this != POST_MEANS_NO_PRE_PERIOD;
    }

    /** Whether the effect is the difference of post means rather than of changes. */
    public boolean comparesPostMeans() {
        return this != CHANGES;
    }

    ToDoubleFunction<PersonChange> outcome() {
        return comparesPostMeans() ? PersonChange::post : PersonChange::change;
    }
}
