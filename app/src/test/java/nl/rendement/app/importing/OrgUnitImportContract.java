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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import nl.rendement.app.people.EmployeeAttributes;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.NewEmployee;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.people.UnitKind;
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

/**
 * Importing org units through the service the upload page uses, on every supported database
 * (subclasses pick it): parents before or after their children in the file, preview, commit, the
 * same file again, a correction with its old values kept, undo, and every kind of bad row reported
 * exactly without changing anything.
 */
@SpringBootTest
abstract class OrgUnitImportContract {

    static final String HEADER = "code,name,kind,parent code,valid from,valid to";
    static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);

    @Autowired
    Imports imports;

    @Autowired
    OrgUnits units;

    @Autowired
    Employees employees;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    OrgUnit organisation;

    @BeforeEach
    void oneOrganisation() {
        clear();
        organisation = units.add("ORG", "Organisation", UnitKind.ORGANISATION, Optional.empty(), FOUNDED);
    }

    @AfterEach
    void clear() {
        jdbc.sql("delete from import_change").update();
        jdbc.sql("delete from import_problem").update();
        jdbc.sql("delete from import_record").update();
        jdbc.sql("delete from employee_period").update();
        jdbc.sql("delete from employee").update();
        jdbc.sql("update org_unit set parent_id = null").update();
        jdbc.sql("delete from org_unit").update();
    }

    @Test
    void aPreviewChangesNothingAndACommitAddsParentsBeforeTheChildrenThatComeFirstInTheFile() throws IOException {
        Path file = csv(
                folder,
                HEADER,
                "SALES-NL,Sales Netherlands,team,SALES,2021-01-15,",
                "SALES,Sales,department,ORG,2021-01-01,",
                "HR,HR,afdeling,ORG,2021-01-01,2026-01-01");

        ImportRecord preview = imports.preview("org-units", file, "units.csv", "analyst");

        assertThat(imports.problems(preview.id())).isEmpty();
        assertThat(imports.changes(preview.id())).isEqualTo(new Imports.Changes(3, 0, 0));
        assertThat(units.all()).containsExactly(organisation);

        imports.commit(preview.id(), false, "analyst");

        OrgUnit sales = units.byCode("SALES").orElseThrow();
        OrgUnit team = units.byCode("SALES-NL").orElseThrow();
        OrgUnit hr = units.byCode("HR").orElseThrow();
        assertThat(sales.parentId()).contains(organisation.id());
        assertThat(team.parentId()).contains(sales.id());
        assertThat(team.kind()).isEqualTo(UnitKind.TEAM);
        assertThat(team.validFrom()).isEqualTo(LocalDate.of(2021, 1, 15));
        assertThat(hr.kind()).isEqualTo(UnitKind.DEPARTMENT);
        assertThat(hr.validTo()).contains(LocalDate.of(2026, 1, 1));
    }

    @Test
    void theSameWorkbookAgainIsAllSameAndACorrectionKeepsTheOldValuesForUndo() throws IOException {
        commit(xlsx(folder, header(), sales("Sales", "ORG", null), hr(LocalDate.of(2026, 1, 1))));
        List<OrgUnit> before = units.all();

        ImportRecord again = imports.preview(
                "org-units",
                xlsx(folder, header(), hr(LocalDate.of(2026, 1, 1)), sales("Sales", "ORG", null)),
                "again.xlsx",
                "analyst");
        assertThat(imports.changes(again.id())).isEqualTo(new Imports.Changes(0, 0, 2));
        imports.commit(again.id(), false, "analyst");
        assertThat(units.all()).isEqualTo(before);

        ImportRecord correction = imports.preview(
                "org-units",
                xlsx(folder, header(), sales("Sales & Marketing", "HR", LocalDate.of(2027, 1, 1)), hr(null)),
                "fix.xlsx",
                "analyst");
        assertThat(imports.changes(correction.id())).isEqualTo(new Imports.Changes(0, 2, 0));
        assertThat(imports.changed(correction.id()))
                .containsExactly(
                        new Imports.Changed(
                                3,
                                "HR",
                                "name: HR · kind: department · parent: ORG · valid from: 2021-01-01 · valid to: 2026-01-01",
                                "name: HR · kind: department · parent: ORG · valid from: 2021-01-01"),
                        new Imports.Changed(
                                2,
                                "SALES",
                                "name: Sales · kind: department · parent: ORG · valid from: 2021-01-01",
                                "name: Sales & Marketing · kind: department · parent: HR · valid from: 2021-01-01 ·"
                                        + " valid to: 2027-01-01"));
        imports.commit(correction.id(), false, "analyst");
        OrgUnit sales = units.byCode("SALES").orElseThrow();
        assertThat(sales.name()).isEqualTo("Sales & Marketing");
        assertThat(sales.parentId()).contains(units.byCode("HR").orElseThrow().id());
        assertThat(units.byCode("HR").orElseThrow().validTo()).isEmpty();

        imports.undo(correction.id(), "analyst");

        assertThat(units.all()).isEqualTo(before);
    }

    @Test
    void undoRemovesTheAddedUnitsChildrenFirst() throws IOException {
        ImportRecord first = commit(
                csv(folder, HEADER, "TEAM,Team,team,DEPT,2021-02-01,", "DEPT,Department,department,ORG,2021-01-01,"));

        imports.undo(first.id(), "analyst");

        assertThat(units.all()).containsExactly(organisation);
    }

    @Test
    void anUndoIsRefusedWhileAnEmployeeOrAUnitBelowRefersToAnAddedUnit() throws IOException {
        ImportRecord first = commit(csv(folder, HEADER, "DEPT,Department,department,ORG,2021-01-01,"));
        OrgUnit dept = units.byCode("DEPT").orElseThrow();
        OrgUnit below = units.add("BELOW", "Below", UnitKind.TEAM, Optional.of(dept.id()), LocalDate.of(2022, 1, 1));

        assertThatThrownBy(() -> imports.undo(first.id(), "analyst"))
                .isInstanceOf(ImportRefused.class)
                .satisfies(refused -> assertThat(message(refused))
                        .isEqualTo("Unit DEPT, added by row 2, is used since this import (by employees, units below it"
                                + " or other data); nothing was undone."));

        jdbc.sql("delete from org_unit where id = ?").param(below.id()).update();
        employees.hire(new NewEmployee(
                "P-0000000A",
                Optional.of("1001"),
                Optional.empty(),
                LocalDate.of(2022, 1, 1),
                new EmployeeAttributes(
                        dept.id(), "B", Optional.empty(), Money.of("42000", "EUR"), BigDecimal.ONE, BigDecimal.TEN)));

        assertThatThrownBy(() -> imports.undo(first.id(), "analyst")).isInstanceOf(ImportRefused.class);
        assertThat(units.byCode("DEPT")).isPresent();
        assertThat(imports.byId(first.id()).orElseThrow().state()).isEqualTo(ImportState.COMMITTED);
    }

    @Test
    void anUndoIsRefusedWholeWhenAUnitChangedSince() throws IOException {
        ImportRecord first = commit(
                csv(folder, HEADER, "DEPT,Department,department,ORG,2021-01-01,", "TEAM,Team,team,DEPT,2021-01-01,"));
        commit(csv(folder, HEADER, "TEAM,Team A,team,DEPT,2021-01-01,"));

        assertThatThrownBy(() -> imports.undo(first.id(), "analyst"))
                .isInstanceOf(ImportRefused.class)
                .satisfies(refused -> assertThat(message(refused))
                        .isEqualTo("The data of row 3 changed after this import; nothing was undone."));
        assertThat(units.byCode("DEPT")).isPresent();
        assertThat(units.byCode("TEAM").orElseThrow().name()).isEqualTo("Team A");
    }

    @Test
    void aCommitIsRefusedWhenTheDataChangedAfterThePreview() throws IOException {
        ImportRecord preview = imports.preview(
                "org-units", csv(folder, HEADER, "DEPT,Department,department,ORG,2021-01-01,"), "units.csv", "analyst");
        units.add("DEPT", "Someone else's", UnitKind.DEPARTMENT, Optional.empty(), FOUNDED);

        assertThatThrownBy(() -> imports.commit(preview.id(), false, "analyst"))
                .isInstanceOf(ImportRefused.class)
                .satisfies(refused -> assertThat(message(refused))
                        .isEqualTo("The data of row 2 changed after the preview; nothing was imported. Upload the file"
                                + " again for a new preview."));
        assertThat(units.byCode("DEPT").orElseThrow().name()).isEqualTo("Someone else's");
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                arguments(
                        "wrong type",
                        List.of(HEADER, "DEPT,Department,department,ORG,someday,"),
                        List.of("units.csv, row 2, column “valid from”, value “someday”: This is not a date; write"
                                + " dd-mm-yyyy or yyyy-mm-dd.")),
                arguments(
                        "duplicate code",
                        List.of(HEADER, "DEPT,Department,department,ORG,2021-01-01,", "DEPT,Dept,team,ORG,2021-01-01,"),
                        List.of("units.csv, row 3, column “code”, value “DEPT”: This code appears in row 2 too; a code"
                                + " names one unit.")),
                arguments(
                        "end not after start",
                        List.of(HEADER, "DEPT,Department,department,ORG,2021-01-01,2021-01-01"),
                        List.of(
                                "units.csv, row 2, column “valid to”, value “2021-01-01”: A unit exists at least one day:"
                                        + " “valid to” is the first day it no longer exists, so it comes after “valid from”"
                                        + " (2021-01-01).")),
                arguments(
                        "unknown kind",
                        List.of(HEADER, "DEPT,Department,squad,ORG,2021-01-01,"),
                        List.of(
                                "units.csv, row 2, column “kind”, value “squad”: “squad” is not a kind of unit: write"
                                        + " organisation, division, department or team (organisatie, divisie, afdeling, team).")),
                arguments(
                        "unknown parent",
                        List.of(HEADER, "DEPT,Department,department,NOPE,2021-01-01,"),
                        List.of(
                                "units.csv, row 2, column “parent code”, value “NOPE”: There is no unit NOPE, neither in"
                                        + " Rendement nor in this file.")),
                arguments(
                        "own parent",
                        List.of(HEADER, "DEPT,Department,department,DEPT,2021-01-01,"),
                        List.of("units.csv, row 2, column “parent code”, value “DEPT”: A unit cannot be its own"
                                + " parent.")),
                arguments(
                        "a circle",
                        List.of(HEADER, "A,A,team,B,2021-01-01,", "B,B,team,C,2021-01-01,", "C,C,team,A,2021-01-01,"),
                        List.of(
                                "units.csv, row 2, column “parent code”, value “B”: The parent codes go round in a circle:"
                                        + " A → B → C → A.",
                                "units.csv, row 3, column “parent code”, value “C”: The parent codes go round in a circle:"
                                        + " B → C → A → B.",
                                "units.csv, row 4, column “parent code”, value “A”: The parent codes go round in a circle:"
                                        + " C → A → B → C.")),
                arguments(
                        "a child before its parent, the parent later in the file",
                        List.of(
                                HEADER,
                                "TEAM,Team,team,DEPT,2021-01-01,",
                                "DEPT,Department,department,ORG,2021-02-01,"),
                        List.of("units.csv, row 2, column “valid from”, value “2021-01-01”: The unit would begin before"
                                + " its parent DEPT exists (from 2021-02-01).")),
                arguments(
                        "a child after its parent ended",
                        List.of(
                                HEADER,
                                "DEPT,Department,department,ORG,2021-01-01,2022-01-01",
                                "TEAM,Team,team,DEPT,2022-01-01,"),
                        List.of(
                                "units.csv, row 3, column “valid from”, value “2022-01-01”: The unit would begin when its"
                                        + " parent DEPT no longer exists (from 2022-01-01 on).")),
                arguments(
                        "a parent whose row has a problem",
                        List.of(HEADER, "TEAM,Team,team,DEPT,2021-01-01,", "DEPT,Department,squad,ORG,2021-01-01,"),
                        List.of(
                                "units.csv, row 2, column “parent code”, value “DEPT”: The parent unit DEPT cannot be"
                                        + " imported (row 3 has a problem), so this unit cannot be either.",
                                "units.csv, row 3, column “kind”, value “squad”: “squad” is not a kind of unit: write"
                                        + " organisation, division, department or team (organisatie, divisie, afdeling,"
                                        + " team).")),
                arguments(
                        "a stored unit outside its parent's new lifetime",
                        List.of(HEADER, "ORG,Organisation,organisation,,2020-06-01,"),
                        List.of("units.csv, row 2, column “valid from”, value “2020-06-01”: Unit STORED-TEAM belongs to"
                                + " this unit from 2020-01-01, when this unit would not exist.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadRowIsReportedExactlyAndChangesNothing(String name, List<String> lines, List<String> messages)
            throws IOException {
        units.add("STORED-TEAM", "Stored team", UnitKind.TEAM, Optional.of(organisation.id()), FOUNDED);
        List<OrgUnit> before = units.all();

        ImportRecord preview =
                imports.preview("org-units", csv(folder, lines.toArray(String[]::new)), "units.csv", "analyst");

        assertThat(imports.problems(preview.id()))
                .extracting(problem -> problem.message(Languages.messages(), Locale.ENGLISH))
                .containsExactlyElementsOf(messages);
        assertThatThrownBy(() -> imports.commit(preview.id(), false, "analyst")).isInstanceOf(ImportRefused.class);
        assertThat(units.all()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from import_change where applied")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aParentMayMoveBelowAStoredUnitOnlyWithoutACircle() throws IOException {
        commit(csv(folder, HEADER, "DEPT,Department,department,ORG,2021-01-01,", "TEAM,Team,team,DEPT,2021-01-01,"));

        ImportRecord preview = imports.preview(
                "org-units",
                csv(folder, HEADER, "DEPT,Department,department,TEAM,2021-01-01,"),
                "units.csv",
                "analyst");

        assertThat(imports.problems(preview.id()))
                .extracting(problem -> problem.message(Languages.messages(), Locale.ENGLISH))
                .containsExactly("units.csv, row 2, column “parent code”, value “TEAM”: The parent codes go round in a"
                        + " circle: DEPT → TEAM → DEPT.");
    }

    private ImportRecord commit(Path file) {
        ImportRecord preview =
                imports.preview("org-units", file, file.getFileName().toString(), "analyst");
        assertThat(imports.problems(preview.id())).isEmpty();
        return imports.commit(preview.id(), false, "analyst");
    }

    private static String message(Throwable refused) {
        return ((ImportRefused) refused).message(Languages.messages(), Locale.ENGLISH);
    }

    private static Object[] header() {
        return new Object[] {"code", "naam", "soort", "code bovenliggend", "geldig vanaf", "geldig tot"};
    }

    private static Object[] sales(String name, String parent, LocalDate until) {
        return new Object[] {"SALES", name, "afdeling", parent, LocalDate.of(2021, 1, 1), until};
    }

    private static Object[] hr(LocalDate until) {
        return new Object[] {"HR", "HR", "department", "ORG", LocalDate.of(2021, 1, 1), until};
    }
}
