package nl.rendement.app.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.rendement.app.importing.Imports;
import nl.rendement.app.people.DatabaseScan.Hit;
import nl.rendement.app.programme.CohortRegister;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Erasing one employee removes every personal value reachable from their key, in every table of
 * the schema, on every supported database (subclasses pick the database).
 *
 * <p>The scan discovers tables and columns at run time, so <b>a later issue that adds a table
 * holding an employee's id, pseudonym, number or email fails this test until erasure removes
 * it</b> (listen to {@link EmployeeErased}) and extends the fixture to write such a row; a table
 * whose columns speak of an employee, manager, person or email, or that refers to {@code
 * employee}, fails {@link #theFixtureFillsEveryTableThatCanHoldAnEmployee()} until the fixture
 * writes to it, so a forgotten table cannot pass unscanned.
 *
 * <p>False hits: ids are small counters that any number column could hold by chance. The fixture
 * therefore starts employee ids above the 32-bit range and beyond every other counter, so the
 * scan can compare every number cell, whatever its column is named, and look for the id's digits
 * in every text cell (audit values hold ids as text). The texts (pseudonym, number, email) are
 * distinctive and looked for inside every text cell, ignoring case.
 */
@SpringBootTest
abstract class ErasureContract {

    @Autowired
    Employees employees;

    @Autowired
    OrgUnits units;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    CohortRegister register;

    @Autowired
    Erasure erasure;

    @Autowired
    Imports imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    ErasureFixture fixture;
    DatabaseScan scan;

    @BeforeEach
    void twoEmployeesInAProgramme() {
        fixture = new ErasureFixture(jdbc, employees, units, catalogue, register, imports);
        scan = new DatabaseScan(dataSource);
    }

    @AfterEach
    void leaveNothingBehind() {
        fixture.clear();
    }

    @Test
    void erasingAnEmployeeLeavesNoneOfTheirValuesInAnyTable() {
        assertThat(erasedValues())
                .extracting(Hit::table)
                .as("the scan sees the erased person's values before erasure")
                .contains("employee", "employee_period", "participant", "programme_change");

        erasure.erase(ErasureFixture.ACTOR, fixture.erased.id());

        assertThat(erasedValues()).isEmpty();
    }

    /**
     * A table that can hold an employee's values but holds none of the fixture's is a table the
     * erasure test cannot check: extend {@link ErasureFixture} to write to it, and erase it.
     */
    @Test
    void theFixtureFillsEveryTableThatCanHoldAnEmployee() {
        assertThat(scan.tablesAboutEmployees()).contains("employee", "employee_period", "participant");
        assertThat(erasedValues()).extracting(Hit::table).containsAll(scan.tablesAboutEmployees());
    }

    @Test
    void erasingAnEmployeeKeepsTheOtherEmployeeButLosesTheirManagerLink() {
        erasure.erase(ErasureFixture.ACTOR, fixture.erased.id());

        assertThat(employees.byId(fixture.kept.id())).contains(fixture.kept);
        assertThat(employees.history(fixture.kept.id(), UnitReach.EVERY_UNIT))
                .hasSize(2)
                .allSatisfy(
                        period -> assertThat(period.attributes().managerId()).isEmpty());
        assertThat(register.participants(fixture.cohortId))
                .extracting(participant -> participant.participation().employeeId())
                .containsExactly(fixture.kept.id());
        assertThat(catalogue.changes(fixture.programmeId))
                .filteredOn(change -> change.field().equals("employee_id"))
                .extracting(ProgrammeChange::newValue)
                .contains(Optional.of(String.valueOf(fixture.kept.id())));
    }

    @Test
    void erasingKeepsThatTheAuditedParticipantChangedButNoneOfItsValues() {
        erasure.erase(ErasureFixture.ACTOR, fixture.erased.id());

        List<ProgrammeChange> changes = catalogue.changes(fixture.programmeId).stream()
                .filter(change -> change.subjectId() == fixture.erasedParticipantId)
                .filter(change -> change.subject() == ProgrammeChange.Subject.PARTICIPANT)
                .toList();
        assertThat(changes).extracting(ProgrammeChange::field).contains("employee_id", "status", "hours");
        assertThat(changes)
                .flatExtracting(change -> List.of(change.oldValue(), change.newValue()))
                .containsOnly(Optional.empty(), Optional.of("erased"));
    }

    @Test
    void recordsThatAnErasureHappenedAndByWhomOnly() {
        erasure.erase(ErasureFixture.ACTOR, fixture.erased.id());

        assertThat(jdbc.sql("select erased_by from erasure where erased_by = ?")
                        .param(ErasureFixture.ACTOR)
                        .query(String.class)
                        .list())
                .containsExactly(ErasureFixture.ACTOR);
    }

    @Test
    void refusesAnUnknownEmployeeAndRecordsNoErasure() {
        erasure.erase(ErasureFixture.ACTOR, fixture.erased.id());

        assertThatThrownBy(() -> erasure.erase(ErasureFixture.ACTOR, fixture.erased.id()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(jdbc.sql("select count(*) from erasure where erased_by = ?")
                        .param(ErasureFixture.ACTOR)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void auditTablesHoldNoEmployeeNumbersEmailsOrPseudonyms() {
        erasure.erase(ErasureFixture.ACTOR, fixture.erased.id());

        List<String> audits =
                scan.tables().stream().filter(ErasureContract::isAudit).toList();
        assertThat(audits).contains("app_user_change", "organisation_settings_change", "programme_change", "erasure");
        assertThat(scan.find(ErasureContract::isAudit, fixture.kept.id(), List.of()))
                .extracting(Hit::table)
                .as("the scan reads the audit, where ids may stand")
                .contains("programme_change");
        List<String> texts = new ArrayList<>(fixture.erasedTexts());
        texts.addAll(fixture.keptTexts());
        assertThat(scan.findTexts(ErasureContract::isAudit, texts)).isEmpty();
    }

    private List<Hit> erasedValues() {
        return scan.find(table -> true, fixture.erased.id(), fixture.erasedTexts());
    }

    private static boolean isAudit(String table) {
        return table.endsWith("_change") || table.equals("erasure");
    }
}
