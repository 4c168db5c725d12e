package nl.rendement.engine.forecast;

/**
 * The three cases of a forecast before a programme (METHOD §8): the low, the expected and the
 * high change in each impact measure.
 */
public enum Scenario {
    LOW,
    EXPECTED,
    HIGH
}
