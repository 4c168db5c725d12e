package nl.rendement.app.people;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases one employee everywhere (GDPR art. 17): other features remove what they hold through
 * {@link EmployeeErased}, then their periods, the manager links that point at them and their own
 * row go. The {@code erasure} table records that an erasure happened, when and by whom, and
 * nothing about the person. See docs/privacy.md.
 */
@Service
public class Erasure {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final PeopleChanges changes;

    Erasure(JdbcClient jdbc, ApplicationEventPublisher events, PeopleChanges changes) {
        this.jdbc = jdbc;
        this.events = events;
        this.changes = changes;
    }

    /** Erases the employee and everything keyed by them, or nothing at all. */
    @Transactional
    public void erase(String actor, long employeeId) {
        if (jdbc.sql("select count(*) from employee where id = ?")
                        .param(employeeId)
                        .query(Long.class)
                        .single()
                == 0) {
            throw new IllegalArgumentException("No employee " + employeeId);
        }
        events.publishEvent(new EmployeeErased(employeeId));
        // The team keeps its periods; for those periods it no longer has a recorded manager.
        jdbc.sql("update employee_period set manager_id = null where manager_id = ?")
                .param(employeeId)
                .update();
        jdbc.sql("delete from employee_period where employee_id = ?")
                .param(employeeId)
                .update();
        jdbc.sql("delete from employee where id = ?").param(employeeId).update();
        jdbc.sql("insert into erasure (erased_at, erased_by) values (?, ?)")
                .params(OffsetDateTime.now(ZoneOffset.UTC), actor)
                .update();
        changes.changed();
    }
}
