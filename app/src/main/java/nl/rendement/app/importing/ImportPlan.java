package nl.rendement.app.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.rendement.app.people.Employee;

/**
 * What an import would do, built row by row: the problems (each with the employee its row was
 * matched to, if any), the changes of the rows without problems, and the identity report.
 */
final class ImportPlan {

    /** A problem with a row, or with {@code notice} something the user should know that keeps no row out. */
    record Problem(TableProblem problem, Optional<Long> employeeId, boolean notice) {}

    /** Why a row names no one, no one known, or more than one person: by the identifiers it can give. */
    private record IdentityReasons(String missing, String unmatched, String ambiguous) {}

    private static final IdentityReasons HR = new IdentityReasons(
            "importing.identity.missing", "importing.identity.unmatched", "importing.identity.ambiguous");
    private static final IdentityReasons LMS = new IdentityReasons(
            "importing.identity.missingLearner",
            "importing.identity.unmatchedLearner",
            "importing.identity.ambiguousLearner");

    private final String file;
    private int rows;
    private final List<Problem> problems = new ArrayList<>();
    private final List<PlannedChange> changes = new ArrayList<>();
    private final Set<Integer> rowsWithProblems = new HashSet<>();
    private int matched;
    private int unmatched;
    private int ambiguous;
    private int newcomers;

    ImportPlan(String file, int rows) {
        this.file = file;
        this.rows = rows;
    }

    /** A problem with a row, kept with the employee the row was matched to (so that erasing them removes it). */
    void problem(Row row, Column column, String value, Optional<Long> employee, String reason, Object... arguments) {
        problems.add(new Problem(
                new TableProblem(file, row.number(), row.header(column), value, reason, List.of(arguments)),
                employee,
                false));
        rowsWithProblems.add(row.number());
    }

    /**
     * A problem with the whole file (row 0), such as a date it lacks: it keeps every row out, so
     * nothing of the file can be imported.
     */
    void fileProblem(List<Row> rows, String column, String value, String reason, Object... arguments) {
        problems.add(new Problem(
                new TableProblem(file, 0, column, value, reason, List.of(arguments)), Optional.empty(), false));
        rows.forEach(row -> rowsWithProblems.add(row.number()));
    }

    /**
     * Something the user should know that is not wrong with any row, such as an employee a full
     * HR snapshot does not list; {@code row} 0 when it concerns the whole file.
     */
    void notice(int row, String column, String value, Optional<Long> employee, String reason, Object... arguments) {
        problems.add(
                new Problem(new TableProblem(file, row, column, value, reason, List.of(arguments)), employee, true));
    }

    /** Whether an earlier problem concerns this row. */
    boolean hasProblem(Row row) {
        return rowsWithProblems.contains(row.number());
    }

    /** The row's employee when exactly one matches; otherwise a problem says why, and none. */
    Optional<Employee> identify(Row row, Column number, Column email, Identity identity) {
        return identify(row, identity, HR, number, email);
    }

    /**
     * As {@link #identify(Row, Column, Column, Identity)} for a row of an LMS export, which may
     * also name its learner by the LMS's own id; the identity reports learner ids, employee
     * numbers and emails together.
     */
    Optional<Employee> identifyLearner(Row row, Column learnerId, Column number, Column email, Identity identity) {
        return identify(row, identity, LMS, learnerId, number, email);
    }

    private Optional<Employee> identify(Row row, Identity identity, IdentityReasons reasons, Column... columns) {
        Optional<Column> where = Stream.of(columns)
                .filter(column -> row.text(column).isPresent())
                .findFirst();
        if (where.isEmpty()) {
            Column first = Stream.of(columns)
                    .filter(column -> row.headers().containsKey(column))
                    .findFirst()
                    .orElse(columns[0]);
            problem(row, first, "", Optional.empty(), reasons.missing());
            return Optional.empty();
        }
        String given = row.text(where.get()).orElseThrow();
        if (identity instanceof Identity.One one) {
            matched++;
            return Optional.of(one.employee());
        }
        if (identity instanceof Identity.Many many) {
            ambiguous++;
            problem(row, where.get(), given, Optional.empty(), reasons.ambiguous(), many.candidates());
        } else {
            unmatched++;
            problem(row, where.get(), given, Optional.empty(), reasons.unmatched());
        }
        return Optional.empty();
    }

    /**
     * Counts a row that names no stored employee as one that adds a new employee (an HR snapshot's
     * newcomer), for the identity report: neither matched nor unmatched.
     */
    void newcomer() {
        newcomers++;
    }

    /**
     * A change of a row's subject, from the value stored now ({@code old}, empty when there is
     * none) to {@code value}; {@link #changes()} keeps it only when the row has no problem. A row
     * may change more than one subject; changes are applied in the order they are planned.
     */
    void change(Row row, String subject, Optional<Long> employee, Optional<String> old, String value) {
        changes.add(PlannedChange.of(row.number(), subject, employee, old, value));
    }

    /** The file's name, as problems name it. */
    String file() {
        return file;
    }

    /** How many rows a file read row by row had, known once it is read. */
    void rowsRead(int rows) {
        this.rows = rows;
    }

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** The changes of rows that have no problem at all. */
    List<PlannedChange> changes() {
        return changes.stream()
                .filter(change -> !rowsWithProblems.contains(change.row()))
                .toList();
    }

    int rows() {
        return rows;
    }

    int rowsWithProblems() {
        return rowsWithProblems.size();
    }

    ImportRecord.Identities identities() {
        return new ImportRecord.Identities(matched, unmatched, ambiguous, newcomers);
    }
}
