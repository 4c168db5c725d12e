package nl.rendement.app.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Users and employees for programme tests, written with plain SQL, and the clean-up after them.
 * Tests share one database per context, so everything written here is removed again.
 */
final class ProgrammeTestData {

    private static final List<String> TABLES =
            List.of("programme_change", "participant", "cohort", "programme_lms_course", "programme");

    private final JdbcClient jdbc;

    ProgrammeTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void clear() {
        TABLES.forEach(table -> jdbc.sql("delete from " + table).update());
        jdbc.sql("delete from employee where pseudonym like 'PT-%'").update();
        jdbc.sql("delete from app_user where username like 'programme-test-%'").update();
        jdbc.sql("update organisation_settings set default_roi_objective_percent = 25")
                .update();
    }

    long user(String name) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into app_user (username, display_name, password_hash, enabled, created_at)"
                        + " values (?, ?, '{noop}unused', true, ?)")
                .params("programme-test-" + name, name, OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** An employee with an employee number and email, personal data the audit must never hold. */
    long employee(String pseudonym) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into employee (pseudonym, employee_number, email, hire_date) values (?, ?, ?, ?)")
                .params("PT-" + pseudonym, "NR-" + pseudonym, pseudonym + "@example.org", LocalDate.of(2020, 1, 1))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Rows in each programme table, to show that a rejected change wrote nothing. */
    List<Long> counts() {
        return TABLES.stream()
                .map(table -> jdbc.sql("select count(*) from " + table)
                        .query(Long.class)
                        .single())
                .toList();
    }

    void assertRejectedWritingNothing(Runnable change, String field, String key) {
        List<Long> before = counts();

        assertThatThrownBy(change::run).isInstanceOfSatisfying(ProgrammeRejected.class, rejected -> {
            assertThat(rejected.field()).isEqualTo(field);
            assertThat(rejected.messageKey()).isEqualTo(key);
        });
        assertThat(counts()).as("rows in " + TABLES).isEqualTo(before);
    }
}
