package nl.rendement.app.importing;

import java.util.ArrayList;
import java.util.List;

/** Collects one file's problems, keeping the first {@link TableProblems#CAP}. */
final class ProblemLog {

    private final String file;
    private final List<TableProblem> shown = new ArrayList<>();
    private int omitted;

    ProblemLog(String file) {
        this.file = file;
    }

    void inFile(String reason, List<Object> arguments) {
        add(new TableProblem(file, 0, "", "", reason, arguments));
    }

    void inFile(String reason, Object... arguments) {
        inFile(reason, List.of(arguments));
    }

    void at(int row, String column, String value, String reason, Object... arguments) {
        add(new TableProblem(file, row, column, value, reason, List.of(arguments)));
    }

    private void add(TableProblem problem) {
        if (shown.size() < TableProblems.CAP) {
            shown.add(problem);
        } else {
            omitted++;
        }
    }

    boolean isEmpty() {
        return shown.isEmpty();
    }

    TableProblems problems() {
        return new TableProblems(shown, omitted);
    }
}
