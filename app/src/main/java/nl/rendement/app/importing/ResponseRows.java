package nl.rendement.app.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.rendement.app.importing.formats.PersonColumns;
import nl.rendement.app.importing.formats.SurveyFormats;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.Employees;

/**
 * The rows of one survey response (one programme and response id), read together: an answer is
 * given once, in any of its rows, and a row that gives it differently has a problem. A problem in
 * any row keeps the whole response out.
 *
 * <p>An anonymous response (any of its rows says so, or it is stored so) is never looked up by its
 * employee number or email; its problems carry no employee and never repeat those two cells.
 */
final class ResponseRows {

    /** Stands for an anonymous response's employee number or email in a problem. */
    static final String ANONYMOUS = "(anonymous)";

    private static final Set<Column> IDENTITY = Set.of(PersonColumns.EMPLOYEE_NUMBER, PersonColumns.EMAIL);

    /** A response's answer and the row that gives it, for a problem about it. */
    record Given<T>(T value, Row row) {}

    private final List<Row> rows;
    private final ImportPlan plan;
    private final boolean anonymous;
    private Optional<Long> employee = Optional.empty();

    ResponseRows(List<Row> rows, ImportPlan plan, boolean storedAnonymous) {
        this.rows = List.copyOf(rows);
        this.plan = plan;
        this.anonymous = storedAnonymous || saysAnonymous(this.rows);
    }

    static boolean saysAnonymous(List<Row> rows) {
        return rows.stream().anyMatch(row -> row.bool(SurveyFormats.ANONYMOUS).orElse(false));
    }

    boolean anonymous() {
        return anonymous;
    }

    /** Whether the file itself marks the response anonymous (it may be stored so too). */
    boolean fileSaysAnonymous() {
        return saysAnonymous(rows);
    }

    Row first() {
        return rows.get(0);
    }

    List<Row> rows() {
        return rows;
    }

    /** The respondent: empty while not identified, and always for an anonymous response. */
    Optional<Long> employee() {
        return employee;
    }

    /** Finds the one employee a named response's rows point at, or reports why not. */
    void identify(Employees employees) {
        if (anonymous) {
            throw new IllegalStateException("an anonymous response is never identified");
        }
        Optional<Given<String>> number = text(PersonColumns.EMPLOYEE_NUMBER);
        Optional<Given<String>> email = text(PersonColumns.EMAIL);
        Row naming = number.or(() -> email).map(Given::row).orElse(first());
        Identity identity = Identity.of(employees, number.map(Given::value), email.map(Given::value));
        employee = plan.identify(naming, PersonColumns.EMPLOYEE_NUMBER, PersonColumns.EMAIL, identity)
                .map(Employee::id);
    }

    Optional<Given<String>> text(Column column) {
        return once(column, row -> row.text(column), text -> text);
    }

    /** The text given once for a column; one longer than {@code most} characters is a problem. */
    Optional<Given<String>> text(Column column, int most) {
        Optional<Given<String>> text = text(column);
        text.filter(given -> given.value().length() > most)
                .ifPresent(given -> problem(given.row(), column, given.value(), "importing.survey.tooLong", most));
        return text;
    }

    Optional<Given<Long>> integer(Column column) {
        return once(column, row -> row.integer(column), String::valueOf);
    }

    Optional<Given<BigDecimal>> decimal(Column column) {
        return once(
                column,
                row -> row.decimal(column),
                number -> number.stripTrailingZeros().toPlainString());
    }

    Optional<Given<LocalDate>> date(Column column) {
        return once(column, row -> row.date(column), LocalDate::toString);
    }

    Optional<Given<Boolean>> bool(Column column) {
        return once(column, row -> row.bool(column), yes -> yes ? "yes" : "no");
    }

    /**
     * The answer the response's rows give in a column: the first one filled. A later row that fills
     * it with another answer ({@code shown} differently) has a problem; a blank cell gives nothing.
     */
    <T> Optional<Given<T>> once(Column column, Function<Row, Optional<T>> read, Function<T, String> shown) {
        Optional<Given<T>> first = Optional.empty();
        for (Row row : rows) {
            Optional<T> value = read.apply(row);
            if (value.isEmpty()) {
                continue;
            }
            if (first.isEmpty()) {
                first = Optional.of(new Given<>(value.get(), row));
            } else if (!shown.apply(value.get()).equals(shown.apply(first.get().value()))) {
                Given<T> earlier = first.get();
                problem(
                        row,
                        column,
                        shown.apply(value.get()),
                        "importing.survey.conflict",
                        earlier.row().number(),
                        masked(column, shown.apply(earlier.value())));
            }
        }
        return first;
    }

    /** A problem with one of the response's rows, about its respondent unless it is anonymous. */
    void problem(Row row, Column column, String value, String reason, Object... arguments) {
        plan.problem(row, column, masked(column, value), employee, reason, arguments);
    }

    void notice(Row row, Column column, String value, String reason, Object... arguments) {
        plan.notice(row.number(), row.header(column), masked(column, value), employee, reason, arguments);
    }

    boolean hasProblem() {
        return rows.stream().anyMatch(plan::hasProblem);
    }

    /** The rows without a problem of their own are kept out with the response, and say so. */
    void keepOut() {
        Row failing = rows.stream().filter(plan::hasProblem).findFirst().orElseThrow();
        List<Row> others = rows.stream().filter(row -> !plan.hasProblem(row)).toList();
        others.forEach(row -> problem(
                row,
                SurveyFormats.RESPONSE,
                row.text(SurveyFormats.RESPONSE).orElseThrow(),
                "importing.survey.keptOut",
                failing.number()));
    }

    private String masked(Column column, String value) {
        return anonymous && IDENTITY.contains(column) ? ANONYMOUS : value;
    }
}
