package nl.rendement.app.evaluation.steps;

/** The article's steps a programme's evaluation follows, as pages: their number and path. */
public enum Step {
    GOALS(1, "goals"),
    VALUE(4, "value"),
    ROI(5, "roi");

    private final int number;
    private final String path;

    Step(int number, String path) {
        this.number = number;
        this.path = path;
    }

    public int number() {
        return number;
    }

    public String path() {
        return path;
    }

    public String labelKey() {
        return "steps." + path;
    }
}
