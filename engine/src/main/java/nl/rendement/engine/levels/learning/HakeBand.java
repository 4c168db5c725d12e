package nl.rendement.engine.levels.learning;

/**
 * Hake's bands of normalised gain g: low g &lt; 0.3, medium 0.3 &lt;= g &lt; 0.7, high g &gt;= 0.7.
 * A negative g is low. Source: R. R. Hake (1998), "Interactive-engagement versus traditional
 * methods: A six-thousand-student survey of mechanics test data for introductory physics
 * courses", American Journal of Physics 66, 64–74.
 */
public enum HakeBand {
    LOW,
    MEDIUM,
    HIGH;

    /** The lower bound of the medium band. */
    public static final double MEDIUM_FROM = 0.3;
    /** The lower bound of the high band. */
    public static final double HIGH_FROM = 0.7;

    public static HakeBand of(double g) {
        if (Double.isNaN(g)) {
            throw new IllegalArgumentException("An undefined gain has no band");
        }
        return g >= HIGH_FROM ? HIGH : g >= MEDIUM_FROM ? MEDIUM : LOW;
    }
}
