package nl.rendement.app.importing;

import java.util.List;

/**
 * What is wrong with a file: the first {@link #CAP} problems in the order the file shows them,
 * and how many more were found.
 */
public record TableProblems(List<TableProblem> shown, int omitted) {

    /** How many problems are kept; a file with more is usually wrong in one systematic way. */
    public static final int CAP = 100;

    public TableProblems {
        shown = List.copyOf(shown);
        if (omitted < 0 || shown.size() > CAP) {
            throw new IllegalArgumentException("at most " + CAP + " problems are shown");
        }
    }

    public boolean isEmpty() {
        return shown.isEmpty();
    }

    public int total() {
        return shown.size() + omitted;
    }
}
