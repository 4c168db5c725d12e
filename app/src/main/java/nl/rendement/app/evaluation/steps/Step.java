package nl.rendement.app.evaluation.steps;

/** The article's steps a programme's evaluation follows, as pages: their number and path. */
public enum Step {
    GOALS(1, "goals"),
    BASELINE(2, "baseline"),
    MEASURE(3, "measure", "steps.measuring"),
    VALUE(4, "value"),
    ROI(5, "roi"),
    PRESENT(6, "present");

    private final int number;
    private final String path;
    private final String labelKey;

    Step(int number, String path) {
        this(number, path, "steps." + path);
    }

    /** A step whose label key differs from its path ({@code steps.measure} names a column already). */
    Step(int number, String path, String labelKey) {
        this.number = number;
        this.path = path;
        this.labelKey = labelKey;
    }

    public int number() {
        return number;
    }

    public String path() {
        return path;
    }

    public String labelKey() {
        return labelKey;
    }
}
