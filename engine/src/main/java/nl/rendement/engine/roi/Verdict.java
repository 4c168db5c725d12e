package nl.rendement.engine.roi;

/** The ROI against the programme's objective (the hurdle): meets it (ROI at or above) or falls short. */
public enum Verdict {
    MEETS_OBJECTIVE,
    FALLS_SHORT
}
