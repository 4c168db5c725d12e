package nl.rendement.app.programme;

import java.util.List;
import nl.rendement.app.people.EmployeeErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Removes an erased employee from every programme, in the erasing transaction: their participant
 * rows go, and the audit of those participants keeps who changed what when, but every value is
 * replaced by {@link #MARKER}, so no status, date, hours or employee id of theirs remains.
 */
@Component
class ParticipantErasure {

    /** Stands for an audited value that was erased with the person it described. */
    static final String MARKER = "erased";

    private final JdbcClient jdbc;

    ParticipantErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(EmployeeErased erased) {
        long employeeId = erased.employeeId();
        List<Long> participantIds = jdbc.sql("select id from participant where employee_id = ?")
                .param(employeeId)
                .query(Long.class)
                .list();
        String scrub = "update programme_change set"
                + " old_value = case when old_value is null then null else :marker end,"
                + " new_value = case when new_value is null then null else :marker end where ";
        if (!participantIds.isEmpty()) {
            jdbc.sql(scrub + "subject = 'participant' and subject_id in (:ids)")
                    .param("marker", MARKER)
                    .param("ids", participantIds)
                    .update();
        }
        // Also any employee id left behind by a participant that is gone already.
        String id = String.valueOf(employeeId);
        jdbc.sql(scrub + "field = 'employee_id' and (old_value = :id or new_value = :id)")
                .param("marker", MARKER)
                .param("id", id)
                .update();
        jdbc.sql("delete from participant where employee_id = ?")
                .param(employeeId)
                .update();
    }
}
