package nl.rendement.engine.costs;

/** Whether a cost line is paid once or every year; a yearly amount is counted over the horizon. */
public enum Recurrence {
    ONE_TIME,
    /** Counted as amount x horizon years: six months of a yearly licence is half of it. */
    YEARLY
}
