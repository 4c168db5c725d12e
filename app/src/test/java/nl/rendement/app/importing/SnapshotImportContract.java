package nl.rendement.app.importing;

import static nl.rendement.app.importing.ImportFiles.csv;
import static nl.rendement.app.importing.ImportFiles.xlsx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.EmployeeAttributes;
import nl.rendement.app.people.EmployeePeriod;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.Erasure;
import nl.rendement.app.people.ExitReason;
import nl.rendement.app.people.NewEmployee;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.people.UnitKind;
import nl.rendement.app.people.UnitReach;
import nl.rendement.app.programme.CohortDetails;
import nl.rendement.app.programme.CohortRegister;
import nl.rendement.app.programme.DeliveryMode;
import nl.rendement.app.programme.ParticipantStatus;
import nl.rendement.app.programme.Participation;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeDetails;
import nl.rendement.app.programme.ProgrammeStatus;
import nl.rendement.app.programme.ProgrammeType;
import nl.rendement.app.system.Languages;
import nl.rendement.engine.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Importing HR snapshots through the service the upload page uses, on every supported database
 * (subclasses pick it): a dated snapshot adds history and keeps what was true before, newcomers
 * are added (managers first), a full snapshot reports who is missing without touching them, undo
 * restores every period exactly, and every kind of bad row is reported exactly without changing
 * anything.
 */
@SpringBootTest
abstract class SnapshotImportContract {

    static final String HEADER = "employee number,email,snapshot date,hire date,org unit,job group,manager,"
            + "annual salary,currency,fte,contract hours";
    static final String NO_DATE_HEADER =
            "employee number,email,hire date,org unit,job group,manager,annual salary,currency,fte,contract hours";
    static final LocalDate HIRED = LocalDate.of(2022, 1, 1);
    static final LocalDate MARCH = LocalDate.of(2025, 3, 31);
    static final LocalDate APRIL = LocalDate.of(2025, 4, 30);
    static final String D = "2025-03-31";
    static final String ACTOR = "snapshot-import-test";
    static final String PROGRAMME = "Snapshot import test programme";

    @Autowired
    Imports imports;

    @Autowired
    Employees employees;

    @Autowired
    OrgUnits units;

    @Autowired
    Erasure erasure;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    CohortRegister register;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    OrgUnit team1;
    OrgUnit team2;
    Employee anna;
    Employee bram;
    Employee cas;
    Employee dirk;

    /** Anna manages Bram and Cas; Dirk left at the end of 2024. */
    @BeforeEach
    void fourEmployees() {
        clear();
        OrgUnit organisation =
                units.add("ORG", "Organisation", UnitKind.ORGANISATION, Optional.empty(), LocalDate.of(2020, 1, 1));
        team1 = units.add("T-1", "Team 1", UnitKind.TEAM, Optional.of(organisation.id()), LocalDate.of(2020, 1, 1));
        team2 = units.add("T-2", "Team 2", UnitKind.TEAM, Optional.of(organisation.id()), LocalDate.of(2020, 1, 1));
        OrgUnit old = units.add("OLD", "Old", UnitKind.TEAM, Optional.empty(), LocalDate.of(2020, 1, 1));
        units.dissolve(old.id(), LocalDate.of(2024, 1, 1));
        anna = employees.hire(hire("P-0000000A", "1001", attributes(team1, Optional.empty(), "42000", "1", "36")));
        bram = employees.hire(
                hire("P-0000000B", "1002", attributes(team1, Optional.of(anna.id()), "38000", "0.8", "32")));
        cas = employees.hire(hire("P-0000000C", "1003", attributes(team2, Optional.of(anna.id()), "40000", "1", "36")));
        dirk = employees.hire(hire("P-0000000D", "1004", attributes(team2, Optional.empty(), "40000", "1", "36")));
        employees.recordExit(dirk.id(), Optional.of(new Employee.Exit(LocalDate.of(2024, 12, 31), ExitReason.OTHER)));
    }

    @AfterEach
    void clear() {
        jdbc.sql("delete from import_change").update();
        jdbc.sql("delete from import_problem").update();
        jdbc.sql("delete from import_record").update();
        String ours = "(select id from programme where name = '" + PROGRAMME + "')";
        jdbc.sql("delete from programme_change where changed_by = ?")
                .param(ACTOR)
                .update();
        jdbc.sql("delete from participant where programme_id in " + ours).update();
        jdbc.sql("delete from cohort where programme_id in " + ours).update();
        jdbc.sql("delete from programme where id in " + ours).update();
        jdbc.sql("delete from app_user where username = ?").param(ACTOR).update();
        jdbc.sql("update employee_period set manager_id = null").update();
        jdbc.sql("delete from employee_period").update();
        jdbc.sql("delete from employee").update();
        jdbc.sql("update org_unit set parent_id = null").update();
        jdbc.sql("delete from org_unit").update();
    }

    @Test
    void aPreviewChangesNothingAndTheSameSnapshotAgainIsAllSame() throws IOException {
        Map<Long, List<EmployeePeriod>> before = histories();
        Path file = csv(folder, HEADER, anna(D, "45000"), bram(D, "T-1"), cas(D));

        ImportRecord preview = imports.preview("hr-snapshot", file, "hr.csv", "analyst");

        assertThat(imports.problems(preview.id())).isEmpty();
        assertThat(preview.identities()).isEqualTo(new ImportRecord.Identities(3, 0, 0, 0));
        assertThat(imports.changes(preview.id())).isEqualTo(new Imports.Changes(0, 1, 2));
        assertThat(histories()).isEqualTo(before);

        imports.commit(preview.id(), false, "analyst");
        Map<Long, List<EmployeePeriod>> committed = histories();
        ImportRecord again = imports.preview("hr-snapshot", file, "hr.csv", "analyst");

        assertThat(imports.changes(again.id())).isEqualTo(new Imports.Changes(0, 0, 3));
        imports.commit(again.id(), false, "analyst");
        assertThat(histories()).isEqualTo(committed);
    }

    @Test
    void aSnapshotAMonthLaterWithAChangedUnitAddsAPeriodAndKeepsWhatWasTrueBefore() throws IOException {
        commit(csv(folder, HEADER, anna(D, "45000"), bram(D, "T-1"), cas(D)), ImportOptions.none());
        assertThat(salaryOn(anna, MARCH.minusDays(1))).isEqualByComparingTo("42000");
        assertThat(salaryOn(anna, MARCH)).isEqualByComparingTo("45000");

        Path workbook = xlsx(
                folder,
                new Object[] {
                    "personeelsnummer",
                    "peildatum",
                    "datum in dienst",
                    "organisatie-eenheid",
                    "functiegroep",
                    "leidinggevende",
                    "jaarsalaris",
                    "fte",
                    "contracturen"
                },
                new Object[] {"1001", APRIL, HIRED, "T-1", "B", null, 45000, 1, 36},
                new Object[] {"1002", APRIL, HIRED, "T-2", "B", "1001", 38000, new BigDecimal("0.8"), 32});
        ImportRecord preview = imports.preview("hr-snapshot", workbook, "hr-april.xlsx", "analyst");

        assertThat(imports.changes(preview.id())).isEqualTo(new Imports.Changes(0, 1, 1));
        assertThat(imports.changed(preview.id()))
                .containsExactly(new Imports.Changed(
                        3,
                        "P-0000000B",
                        "from: 2022-01-01 · unit: T-1 · job group: B · manager: P-0000000A · annual salary: 38000 ·"
                                + " currency: EUR · fte: 0.8 · contract hours: 32",
                        "from: 2025-04-30 · unit: T-2 · job group: B · manager: P-0000000A · annual salary: 38000 ·"
                                + " currency: EUR · fte: 0.8 · contract hours: 32"));
        imports.commit(preview.id(), false, "analyst");

        assertThat(employees.history(bram.id(), UnitReach.EVERY_UNIT))
                .extracting(
                        EmployeePeriod::validFrom,
                        EmployeePeriod::validTo,
                        period -> period.attributes().unitId())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(HIRED, Optional.of(APRIL), team1.id()),
                        org.assertj.core.groups.Tuple.tuple(APRIL, Optional.empty(), team2.id()));
        assertThat(employees.asOf(bram.id(), APRIL.minusDays(1)).orElseThrow().unitId())
                .isEqualTo(team1.id());
        assertThat(employees.asOf(bram.id(), MARCH).orElseThrow().unitId()).isEqualTo(team1.id());
        assertThat(employees.asOf(bram.id(), APRIL).orElseThrow().unitId()).isEqualTo(team2.id());
        assertThat(employees.history(anna.id(), UnitReach.EVERY_UNIT)).hasSize(2);
    }

    @Test
    void aSnapshotOnAPeriodsFirstDayCorrectsItInPlaceAndUndoPutsItBack() throws IOException {
        Map<Long, List<EmployeePeriod>> original = histories();
        ImportRecord first = commit(csv(folder, HEADER, bram(D, "T-2")), ImportOptions.none());
        Map<Long, List<EmployeePeriod>> afterFirst = histories();

        ImportRecord second = commit(
                csv(folder, HEADER, "1002,," + D + ",2022-01-01,T-2,B,1001,39000,EUR,0.8,32"), ImportOptions.none());

        assertThat(imports.changes(second.id())).isEqualTo(new Imports.Changes(0, 1, 0));
        assertThat(employees.history(bram.id(), UnitReach.EVERY_UNIT))
                .extracting(
                        EmployeePeriod::validFrom, period -> period.attributes().annualSalary())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(HIRED, Money.of("38000", "EUR")),
                        org.assertj.core.groups.Tuple.tuple(MARCH, Money.of("39000", "EUR")));

        imports.undo(second.id(), "analyst");
        assertThat(histories()).isEqualTo(afterFirst);
        imports.undo(first.id(), "analyst");
        assertThat(histories()).isEqualTo(original);
    }

    @Test
    void undoingSnapshotsRestoresEveryPeriodExactlyIncludingASnapshotOfAPastDay() throws IOException {
        Map<Long, List<EmployeePeriod>> original = histories();
        LocalDate june = LocalDate.of(2025, 6, 30);
        ImportRecord juneSnapshot = commit(
                csv(folder, NO_DATE_HEADER, "1003,,2022-01-01,T-2,B,1001,41000,EUR,1,36"),
                ImportOptions.none().snapshot(Optional.of(june), false));
        Map<Long, List<EmployeePeriod>> afterJune = histories();

        ImportRecord march = commit(
                csv(
                        folder,
                        HEADER,
                        anna(D, "45000"),
                        bram(D, "T-2"),
                        "1003,," + D + ",2022-01-01,T-2,B,,40000,EUR,0.9,32",
                        "2001,new@voorbeeld.nl," + D + ",2025-03-01,T-1,B,1001,30000,EUR,1,36"),
                ImportOptions.none());

        assertThat(imports.changes(march.id())).isEqualTo(new Imports.Changes(1, 3, 0));
        assertThat(employees.history(cas.id(), UnitReach.EVERY_UNIT))
                .extracting(EmployeePeriod::validFrom, EmployeePeriod::validTo)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(HIRED, Optional.of(MARCH)),
                        org.assertj.core.groups.Tuple.tuple(MARCH, Optional.of(june)),
                        org.assertj.core.groups.Tuple.tuple(june, Optional.empty()));
        assertThat(employees.asOf(cas.id(), june).orElseThrow().fte()).isEqualByComparingTo("1");

        imports.undo(march.id(), "analyst");
        assertThat(histories()).isEqualTo(afterJune);
        assertThat(employees.byEmployeeNumber("2001")).isEmpty();
        imports.undo(juneSnapshot.id(), "analyst");
        assertThat(histories()).isEqualTo(original);
    }

    @Test
    void aNewEmployeeWhoseManagerIsNewLaterInTheFileIsAddedAfterTheManager() throws IOException {
        Path file = csv(
                folder,
                HEADER,
                "2001,d@voorbeeld.nl," + D + ",2025-03-01,T-1,C,2002,30000,EUR,1,36",
                anna(D, "42000"),
                "2002,E@Voorbeeld.nl," + D + ",2024-05-01,T-2,D,1001@VOORBEELD.NL,50000,,1,40");

        ImportRecord preview = imports.preview("hr-snapshot", file, "hr.csv", "analyst");

        assertThat(imports.problems(preview.id())).isEmpty();
        assertThat(preview.identities()).isEqualTo(new ImportRecord.Identities(1, 0, 0, 2));
        assertThat(imports.changes(preview.id())).isEqualTo(new Imports.Changes(2, 0, 1));
        assertThat(employees.byEmployeeNumber("2001")).isEmpty();

        imports.commit(preview.id(), false, "analyst");

        Employee d = employees.byEmployeeNumber("2001").orElseThrow();
        Employee e = employees.byEmail("e@voorbeeld.nl").get(0);
        assertThat(d.pseudonym()).matches("P-[0-9A-Z]{8}");
        assertThat(d.email()).contains("d@voorbeeld.nl");
        assertThat(d.hireDate()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(employees.history(d.id(), UnitReach.EVERY_UNIT))
                .singleElement()
                .satisfies(period -> {
                    assertThat(period.validFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
                    assertThat(period.attributes().managerId()).contains(e.id());
                    assertThat(period.attributes().jobGroup()).isEqualTo("C");
                });
        assertThat(employees
                        .asOf(e.id(), LocalDate.of(2024, 5, 1))
                        .orElseThrow()
                        .managerId())
                .contains(anna.id());
        assertThat(jdbc.sql("select count(*) from import_change where employee_id in (?, ?)")
                        .params(d.id(), e.id())
                        .query(Long.class)
                        .single())
                .as("each add is kept with the employee it created, so that erasure removes it")
                .isEqualTo(2);

        imports.undo(preview.id(), "analyst");

        assertThat(employees.byEmployeeNumber("2001")).isEmpty();
        assertThat(employees.byEmail("e@voorbeeld.nl")).isEmpty();
        assertThat(imports.changes(preview.id())).isEqualTo(new Imports.Changes(2, 0, 1));
    }

    @Test
    void undoingAnAddedEmployeeIsRefusedWhileTheyAreReferredToSince() throws IOException {
        ImportRecord first =
                commit(csv(folder, HEADER, "2001,," + D + ",2025-03-01,T-1,C,,30000,EUR,1,36"), ImportOptions.none());
        Employee added = employees.byEmployeeNumber("2001").orElseThrow();
        String refusal = "Employee " + added.pseudonym() + ", added by row 2, is referred to since this import (as a"
                + " manager, a participant or by another import); nothing was undone.";
        ImportRecord later =
                commit(csv(folder, HEADER, "2001,,2025-04-30,2025-03-01,T-1,C,,30000,EUR,1,36"), ImportOptions.none());

        assertThatThrownBy(() -> imports.undo(first.id(), "analyst"))
                .isInstanceOf(ImportRefused.class)
                .satisfies(refused -> assertThat(message(refused)).isEqualTo(refusal));

        imports.undo(later.id(), "analyst");
        employees.change(cas.id(), APRIL, attributes(team2, Optional.of(added.id()), "40000", "1", "36"));

        assertThatThrownBy(() -> imports.undo(first.id(), "analyst"))
                .isInstanceOf(ImportRefused.class)
                .satisfies(refused -> assertThat(message(refused)).isEqualTo(refusal));
        assertThat(employees.byId(added.id())).isPresent();
        assertThat(imports.byId(first.id()).orElseThrow().state()).isEqualTo(ImportState.COMMITTED);
    }

    @Test
    void undoingAnAddedEmployeeIsRefusedOnceTheyTakePartInAProgramme() throws IOException {
        ImportRecord first =
                commit(csv(folder, HEADER, "2001,," + D + ",2025-03-01,T-1,C,,30000,EUR,1,36"), ImportOptions.none());
        Employee added = employees.byEmployeeNumber("2001").orElseThrow();
        register.enrol(
                ACTOR,
                cohort(),
                List.of(new Participation(
                        added.id(),
                        ParticipantStatus.ENROLLED,
                        APRIL,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty())));

        assertThatThrownBy(() -> imports.undo(first.id(), "analyst"))
                .isInstanceOf(ImportRefused.class)
                .satisfies(refused -> assertThat(message(refused))
                        .isEqualTo(
                                "Employee " + added.pseudonym() + ", added by row 2, is referred to since this import"
                                        + " (as a manager, a participant or by another import); nothing was undone."));
        assertThat(employees.byId(added.id())).isPresent();
        assertThat(jdbc.sql("select count(*) from import_change where employee_id = ?")
                        .param(added.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anUndoIsRefusedWholeWhenAPeriodChangedSince() throws IOException {
        ImportRecord first = commit(csv(folder, HEADER, anna(D, "45000"), bram(D, "T-2")), ImportOptions.none());
        employees.change(bram.id(), APRIL, attributes(team1, Optional.empty(), "38000", "0.8", "32"));
        Map<Long, List<EmployeePeriod>> changed = histories();

        assertThatThrownBy(() -> imports.undo(first.id(), "analyst"))
                .isInstanceOf(ImportRefused.class)
                .satisfies(refused -> assertThat(message(refused))
                        .isEqualTo("The data of row 3 changed after this import; nothing was undone."));
        assertThat(histories()).isEqualTo(changed);
    }

    @Test
    void aFullSnapshotReportsEachEmployeeItMissesOnceAndChangesNothingAboutThem() throws IOException {
        Map<Long, List<EmployeePeriod>> before = histories();
        Path file = csv(folder, HEADER, anna(D, "42000"), bram(D, "T-1"));

        ImportRecord partial = imports.preview("hr-snapshot", file, "hr.csv", "analyst");
        ImportRecord full = imports.preview(
                "hr-snapshot", file, "hr.csv", "analyst", ImportOptions.none().snapshot(Optional.empty(), true));

        assertThat(imports.notices(partial.id())).isEmpty();
        assertThat(imports.notices(full.id())).singleElement().satisfies(notice -> {
            assertThat(notice.value()).isEqualTo("P-0000000C");
            assertThat(notice.row()).isZero();
            assertThat(notice.message(Languages.messages(), Locale.ENGLISH))
                    .isEqualTo("hr.csv: Employed on 2025-03-31 but not in this full snapshot: possibly left."
                            + " Nothing about them is changed; record their exit with a leavers file if they"
                            + " left.");
        });
        assertThat(jdbc.sql("select employee_id from import_problem where notice and import_id = ?")
                        .param(full.id())
                        .query(Long.class)
                        .list())
                .containsExactly(cas.id());
        assertThat(imports.problems(full.id())).isEmpty();

        imports.commit(full.id(), false, "analyst");

        assertThat(histories()).isEqualTo(before);
        assertThat(employees.byId(cas.id())).contains(cas);
    }

    @Test
    void theSnapshotDateIsTheFilesOrTheOneGivenOnUploadButNeverNeitherOrBoth() throws IOException {
        Path undated = csv(folder, NO_DATE_HEADER, "1002,,2022-01-01,T-2,B,1001,38000,EUR,0.8,32");

        ImportRecord given = imports.preview(
                "hr-snapshot",
                undated,
                "hr.csv",
                "analyst",
                ImportOptions.none().snapshot(Optional.of(APRIL), false));
        ImportRecord neither = imports.preview("hr-snapshot", undated, "hr.csv", "analyst");
        ImportRecord both = imports.preview(
                "hr-snapshot",
                csv(folder, HEADER, bram(D, "T-2"), cas(D)),
                "hr.csv",
                "analyst",
                ImportOptions.none().snapshot(Optional.of(APRIL), false));

        assertThat(imports.problems(given.id())).isEmpty();
        imports.commit(given.id(), false, "analyst");
        assertThat(employees.asOf(bram.id(), APRIL).orElseThrow().unitId()).isEqualTo(team2.id());
        assertThat(employees.asOf(bram.id(), APRIL.minusDays(1)).orElseThrow().unitId())
                .isEqualTo(team1.id());
        assertThat(messages(neither))
                .containsExactly("hr.csv: The file has no snapshot date: add a “snapshot date” column or give the date"
                        + " when uploading.");
        assertThat(neither.rowsWithProblems()).isEqualTo(1);
        assertThat(messages(both))
                .containsExactly("hr.csv: The file describes 2025-03-31, but 2025-04-30 was given when uploading; give"
                        + " the file’s date or none.");
        assertThat(both.rowsWithProblems()).isEqualTo(2);
        assertThat(imports.changes(both.id())).isEqualTo(new Imports.Changes(0, 0, 0));
        assertThatThrownBy(() -> imports.commit(neither.id(), false, "analyst")).isInstanceOf(ImportRefused.class);
    }

    @Test
    void erasingAManagerRemovesThemFromEveryKeptValueAndProblemAndTheImportCanStillBeUndone() throws IOException {
        ImportRecord snapshot = commit(
                csv(folder, HEADER, "1002,," + D + ",2022-01-01,T-1,B,1001,39000,EUR,0.8,32"), ImportOptions.none());
        assertThat(keptValues()).anyMatch(value -> value.contains("P-0000000A"));
        ImportRecord circle = imports.preview(
                "hr-snapshot",
                csv(folder, HEADER, "1001,," + D + ",2022-01-01,T-1,B,1002,42000,EUR,1,36", bram(D, "T-1")),
                "circle.csv",
                "analyst");
        assertThat(imports.problems(circle.id()))
                .extracting(TableProblem::value)
                .containsExactly("1002", "1001");

        erasure.erase("admin", anna.id());

        assertThat(keptValues()).noneMatch(value -> value.contains("P-0000000A"));
        assertThat(imports.problems(circle.id())).isEmpty();
        imports.undo(snapshot.id(), "analyst");
        assertThat(employees.history(bram.id(), UnitReach.EVERY_UNIT))
                .singleElement()
                .satisfies(period -> {
                    assertThat(period.validTo()).isEmpty();
                    assertThat(period.attributes().managerId()).isEmpty();
                    assertThat(period.attributes().annualSalary()).isEqualTo(Money.of("38000", "EUR"));
                });
    }

    static Stream<Arguments> badFiles() {
        String at = "hr.csv, row ";
        return Stream.of(
                arguments(
                        "wrong type",
                        List.of("1002,," + D + ",2022-01-01,T-1,B,1001,38000,EUR,abc,32"),
                        List.of(at + "2, column “fte”, value “abc”: This is not a number.")),
                arguments(
                        "duplicate person",
                        List.of(bram(D, "T-1"), bram(D, "T-2")),
                        List.of(at + "3, column “employee number”, value “1002”: This person appears in an earlier row"
                                + " too.")),
                arguments(
                        "duplicate newcomer",
                        List.of(
                                "2001,x@voorbeeld.nl," + D + ",2025-03-01,T-1,C,,30000,EUR,1,36",
                                "2002,X@voorbeeld.nl," + D + ",2025-03-01,T-1,C,,30000,EUR,1,36"),
                        List.of(at + "3, column “employee number”, value “2002”: This person appears in an earlier row"
                                + " too.")),
                arguments(
                        "number and email of different employees",
                        List.of("1002,1003@voorbeeld.nl," + D + ",2022-01-01,T-1,B,1001,38000,EUR,0.8,32"),
                        List.of(at + "2, column “employee number”, value “1002”: The employee number and email address"
                                + " point at 2 different employees; the row is not imported.")),
                arguments(
                        "another hire date",
                        List.of("1002,," + D + ",2021-06-01,T-1,B,1001,38000,EUR,0.8,32"),
                        List.of(at + "2, column “hire date”, value “2021-06-01”: Rendement has 2022-01-01 as this"
                                + " employee’s hire date. An HR snapshot does not correct hire dates, so the row is not"
                                + " imported.")),
                arguments(
                        "hired after the snapshot date",
                        List.of("2001,," + D + ",2025-04-01,T-1,C,,30000,EUR,1,36"),
                        List.of(at + "2, column “hire date”, value “2025-04-01”: This person is hired on 2025-04-01,"
                                + " after the snapshot date 2025-03-31: a snapshot lists the people employed on its"
                                + " date.")),
                arguments(
                        "left before the snapshot date",
                        List.of("1004,," + D + ",2022-01-01,T-2,B,,40000,EUR,1,36"),
                        List.of(at + "2, column “employee number”, value “1004”: This employee left on 2024-12-31,"
                                + " before the snapshot date 2025-03-31; a snapshot does not bring back someone who"
                                + " left.")),
                arguments(
                        "unknown unit",
                        List.of("1002,," + D + ",2022-01-01,T-9,B,1001,38000,EUR,0.8,32"),
                        List.of(at + "2, column “org unit”, value “T-9”: There is no org unit T-9; import it with the"
                                + " org units first.")),
                arguments(
                        "a unit that no longer exists",
                        List.of("1002,," + D + ",2022-01-01,OLD,B,1001,38000,EUR,0.8,32"),
                        List.of(at + "2, column “org unit”, value “OLD”: Org unit OLD does not exist on the snapshot"
                                + " date 2025-03-31.")),
                arguments(
                        "fte above 1.5",
                        List.of("1002,," + D + ",2022-01-01,T-1,B,1001,38000,EUR,1.6,32"),
                        List.of(at + "2, column “fte”, value “1.6”: The FTE must be above 0 and at most 1.5, with at"
                                + " most 4 decimals.")),
                arguments(
                        "contract hours above 80",
                        List.of("1002,," + D + ",2022-01-01,T-1,B,1001,38000,EUR,0.8,81"),
                        List.of(at
                                + "2, column “contract hours”, value “81”: Contract hours must be above 0 and at most"
                                + " 80 a week, with at most 2 decimals.")),
                arguments(
                        "a negative salary",
                        List.of("1002,," + D + ",2022-01-01,T-1,B,1001,-1,EUR,0.8,32"),
                        List.of(at + "2, column “annual salary”, value “-1”: The annual salary must be 0 or more, below"
                                + " 10,000,000,000, with at most 2 decimals.")),
                arguments(
                        "an unknown currency",
                        List.of("1002,," + D + ",2022-01-01,T-1,B,1001,38000,EURO,0.8,32"),
                        List.of(at + "2, column “currency”, value “EURO”: “EURO” is not an ISO currency code such as"
                                + " EUR, USD or GBP.")),
                arguments(
                        "an unknown manager",
                        List.of("1002,," + D + ",2022-01-01,T-1,B,9999,38000,EUR,0.8,32"),
                        List.of(at + "2, column “manager”, value “9999”: No employee, in Rendement or in this file, has"
                                + " this employee number or email address.")),
                arguments(
                        "their own manager",
                        List.of("1002,," + D + ",2022-01-01,T-1,B,1002@voorbeeld.nl,38000,EUR,0.8,32"),
                        List.of(at + "2, column “manager”, value “1002@voorbeeld.nl”: An employee cannot be their own"
                                + " manager.")),
                arguments(
                        "a manager who left",
                        List.of("1002,," + D + ",2022-01-01,T-1,B,1004,38000,EUR,0.8,32"),
                        List.of(at + "2, column “manager”, value “1004”: The manager does not work here on the snapshot"
                                + " date 2025-03-31.")),
                arguments(
                        "managers in a circle",
                        List.of(
                                "2001,," + D + ",2025-03-01,T-1,C,2002,30000,EUR,1,36",
                                "2002,," + D + ",2025-03-01,T-1,C,2001,30000,EUR,1,36"),
                        List.of(
                                at + "2, column “manager”, value “2002”: The managers of rows 2 → 3 → 2 go round in a"
                                        + " circle.",
                                at + "3, column “manager”, value “2001”: The managers of rows 3 → 2 → 3 go round in a"
                                        + " circle.")),
                arguments(
                        "a new manager whose row has a problem",
                        List.of(
                                "2001,," + D + ",2025-03-01,T-1,C,2002,30000,EUR,1,36",
                                "2002,," + D + ",2025-03-01,T-1,C,,30000,EUR,2,36"),
                        List.of(
                                at
                                        + "2, column “manager”, value “2002”: The manager is new in row 3, which has a problem,"
                                        + " so this row cannot be imported either.",
                                at + "3, column “fte”, value “2”: The FTE must be above 0 and at most 1.5, with at most"
                                        + " 4 decimals.")),
                arguments(
                        "another snapshot date in a row",
                        List.of(bram(D, "T-2"), cas("2025-04-30")),
                        List.of(at + "3, column “snapshot date”, value “2025-04-30”: Every row of a snapshot describes"
                                + " the same day, and the first row describes 2025-03-31.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadRowIsReportedExactlyAndChangesNothing(String name, List<String> rows, List<String> expected)
            throws IOException {
        Map<Long, List<EmployeePeriod>> before = histories();
        List<String> lines = new ArrayList<>(List.of(HEADER));
        lines.addAll(rows);

        ImportRecord preview =
                imports.preview("hr-snapshot", csv(folder, lines.toArray(String[]::new)), "hr.csv", "analyst");

        assertThat(messages(preview)).containsExactlyElementsOf(expected);
        assertThatThrownBy(() -> imports.commit(preview.id(), false, "analyst")).isInstanceOf(ImportRefused.class);
        assertThat(histories()).isEqualTo(before);
        assertThat(count("employee")).isEqualTo(4);
        assertThat(count("employee_period")).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from import_change where applied")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private ImportRecord commit(Path file, ImportOptions options) {
        ImportRecord preview =
                imports.preview("hr-snapshot", file, file.getFileName().toString(), "analyst", options);
        assertThat(messages(preview)).isEmpty();
        return imports.commit(preview.id(), false, "analyst");
    }

    private List<String> messages(ImportRecord record) {
        return imports.problems(record.id()).stream()
                .map(problem -> problem.message(Languages.messages(), Locale.ENGLISH))
                .toList();
    }

    private Map<Long, List<EmployeePeriod>> histories() {
        return jdbc.sql("select id from employee").query(Long.class).list().stream()
                .collect(Collectors.toMap(Function.identity(), id -> employees.history(id, UnitReach.EVERY_UNIT)));
    }

    private BigDecimal salaryOn(Employee employee, LocalDate day) {
        return employees.asOf(employee.id(), day).orElseThrow().annualSalary().amount();
    }

    private List<String> keptValues() {
        return jdbc.sql("select coalesce(old_value, '') || new_value from import_change")
                .query(String.class)
                .list();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** A cohort of a programme owned by the test's own user. */
    private long cohort() {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into app_user (username, display_name, password_hash, enabled, created_at)"
                        + " values (?, 'Snapshot test', '{noop}unused', true, ?)")
                .params(ACTOR, OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        long programme = catalogue.create(
                ACTOR,
                new ProgrammeDetails(
                        PROGRAMME,
                        ProgrammeType.LEADERSHIP,
                        Optional.empty(),
                        key.getKeyAs(Number.class).longValue(),
                        Optional.empty(),
                        ProgrammeStatus.RUNNING,
                        Optional.empty(),
                        DeliveryMode.BLENDED,
                        false,
                        Optional.empty(),
                        Optional.empty(),
                        3,
                        Set.of()));
        return register.addCohort(
                ACTOR,
                programme,
                new CohortDetails(
                        "Spring", APRIL, APRIL.plusWeeks(8), DeliveryMode.CLASSROOM, Optional.empty(), Locale.ENGLISH));
    }

    private static String message(Throwable refused) {
        return ((ImportRefused) refused).message(Languages.messages(), Locale.ENGLISH);
    }

    private static String anna(String day, String salary) {
        return "1001,," + day + ",2022-01-01,T-1,B,," + salary + ",EUR,1,36";
    }

    private static String bram(String day, String unit) {
        return "1002,," + day + ",2022-01-01," + unit + ",B,1001,38000,EUR,0.8,32";
    }

    private static String cas(String day) {
        return "1003,," + day + ",2022-01-01,T-2,B,1001@voorbeeld.nl,40000,,1,36.00";
    }

    private static NewEmployee hire(String pseudonym, String number, EmployeeAttributes attributes) {
        return new NewEmployee(
                pseudonym, Optional.of(number), Optional.of(number + "@voorbeeld.nl"), HIRED, attributes);
    }

    private static EmployeeAttributes attributes(
            OrgUnit unit, Optional<Long> manager, String salary, String fte, String hours) {
        return new EmployeeAttributes(
                unit.id(), "B", manager, Money.of(salary, "EUR"), new BigDecimal(fte), new BigDecimal(hours));
    }
}
