package nl.rendement.engine.levels;

/** Percentages of counts, as statistics (double). */
final class Shares {

    private Shares() {}

    /** count / total x 100; the caller ensures total > 0. */
    static double percent(int count, int total) {
        return 100.0 * count / total;
    }
}
