package nl.rendement.app.people;

import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ids learning systems know employees by: a learner id belongs to one employee, an employee
 * may have several. Personal data, like the employee number: used to match LMS records, never
 * shown. Erased with the employee.
 */
@Repository
public class LearnerIds {

    private final JdbcClient jdbc;

    LearnerIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The employee this learner id belongs to, if Rendement knows it. */
    public Optional<Long> employeeOf(String learnerId) {
        return jdbc.sql("select employee_id from employee_learner_id where learner_id = ?")
                .param(learnerId)
                .query(Long.class)
                .optional();
    }

    /** Links a learner id that belongs to no one yet to the employee. */
    public void link(String learnerId, long employeeId) {
        jdbc.sql("insert into employee_learner_id (learner_id, employee_id) values (?, ?)")
                .params(learnerId, employeeId)
                .update();
    }

    /** Forgets the learner id, if it belongs to this employee; returns whether it did. */
    public boolean unlink(String learnerId, long employeeId) {
        return jdbc.sql("delete from employee_learner_id where learner_id = ? and employee_id = ?")
                        .params(learnerId, employeeId)
                        .update()
                == 1;
    }

    @EventListener
    void on(EmployeeErased erased) {
        jdbc.sql("delete from employee_learner_id where employee_id = ?")
                .param(erased.employeeId())
                .update();
    }
}
