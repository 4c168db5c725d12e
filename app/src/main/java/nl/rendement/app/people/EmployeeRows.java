package nl.rendement.app.people;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads employee rows; the columns named by callers are fixed strings, never user input. */
final class EmployeeRows {

    static final String COLUMNS =
            "e.id, e.pseudonym, e.employee_number, e.email, e.hire_date, e.exit_date, e.exit_reason";

    private EmployeeRows() {}

    static Optional<Employee> one(JdbcClient jdbc, String column, Object value) {
        return jdbc.sql("select " + COLUMNS + " from employee e where e." + column + " = ?")
                .param(value)
                .query(EmployeeRows::row)
                .optional();
    }

    static Employee row(ResultSet rs, int rowNum) throws SQLException {
        Date exitDate = rs.getDate("exit_date");
        Optional<Employee.Exit> exit = exitDate == null
                ? Optional.empty()
                : Optional.of(new Employee.Exit(
                        exitDate.toLocalDate(), ExitReason.fromDatabase(rs.getString("exit_reason"))));
        return new Employee(
                rs.getLong("id"),
                rs.getString("pseudonym"),
                Optional.ofNullable(rs.getString("employee_number")),
                Optional.ofNullable(rs.getString("email")),
                rs.getDate("hire_date").toLocalDate(),
                exit);
    }
}
