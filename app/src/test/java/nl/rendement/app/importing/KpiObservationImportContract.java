package nl.rendement.app.importing;

import static nl.rendement.app.importing.ImportFiles.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.rendement.app.kpi.KpiDefinition;
import nl.rendement.app.kpi.KpiDefinitions;
import nl.rendement.app.kpi.KpiObservation;
import nl.rendement.app.kpi.KpiObservations;
import nl.rendement.app.kpi.ObservationKey;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.EmployeeAttributes;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.Erasure;
import nl.rendement.app.people.ExitReason;
import nl.rendement.app.people.NewEmployee;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.people.UnitKind;
import nl.rendement.app.system.Languages;
import nl.rendement.engine.measures.Aggregation;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.PeriodLength;
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
 * Importing KPI observations through the service the upload page uses, on every supported
 * database (subclasses pick it): per person or team, the same file as a no-op, a correction kept
 * for undo, undo, each bad input with its message, a Dutch workbook, erasure, and a file of many
 * rows written in batches.
 */
@SpringBootTest
abstract class KpiObservationImportContract {

    static final String HEADER = "kpi,employee number,email,team,period start,value,weight";
    static final LocalDate HIRED = LocalDate.of(2022, 1, 1);

    @Autowired
    Imports imports;

    @Autowired
    KpiDefinitions definitions;

    @Autowired
    KpiObservations observations;

    @Autowired
    Employees employees;

    @Autowired
    OrgUnits units;

    @Autowired
    Erasure erasure;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InterruptedImports interruptedImports;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path folder;

    OrgUnit team;
    Employee anna;
    Employee bram;
    long conversion;

    @BeforeEach
    void kpisTeamAndPeople() {
        clear();
        team = units.add("SALES-NL", "Sales NL", UnitKind.TEAM, Optional.empty(), LocalDate.of(2020, 1, 1));
        anna = employees.hire(hire("P-0000000A", "1001", HIRED));
        bram = employees.hire(hire("P-0000000B", "1002", HIRED));
        employees.hire(hire("P-0000000C", "1003", LocalDate.of(2025, 3, 15)));
        Employee dirk = employees.hire(hire("P-0000000D", "1004", HIRED));
        employees.leave(dirk.id(), new Employee.Exit(LocalDate.of(2024, 6, 30), ExitReason.VOLUNTARY));
        conversion = definitions.add(kpi("conversion", Aggregation.RATIO_OF_SUMS, PeriodLength.MONTH));
        definitions.add(kpi("revenue", Aggregation.SUM, PeriodLength.WEEK));
        definitions.add(kpi("csat", Aggregation.WEIGHTED_MEAN, PeriodLength.QUARTER));
    }

    @AfterEach
    void clear() {
        KpiTables.clear(jdbc);
        jdbc.sql("delete from employee_period").update();
        jdbc.sql("delete from employee").update();
        jdbc.sql("update org_unit set parent_id = null").update();
        jdbc.sql("delete from org_unit").update();
    }

    @Test
    void aPreviewChangesNothingAndACommitAddsEveryPersonsAndTeamsValue() throws IOException {
        ImportRecord preview = preview(csv(
                HEADER,
                "conversion,1001,,,2025-05-01,14,40",
                "conversion,,1002@VOORBEELD.nl,,2025-05-01,9,30",
                "conversion,,,SALES-NL,2025-05-01,23,70",
                "revenue,1001,,,2025-05-05,1200.50,"));

        assertThat(problems(preview)).isEmpty();
        assertThat(preview.identities()).isEqualTo(new ImportRecord.Identities(3, 0, 0));
        assertThat(imports.changes(preview.id())).isEqualTo(new Imports.Changes(4, 0, 0));
        assertThat(count()).isZero();

        imports.commit(preview.id(), false, "analyst");

        assertThat(observations.ofKpis(List.of(conversion)))
                .containsEntry(
                        key(ObservationKey.Subject.person(anna.id()), LocalDate.of(2025, 5, 1)),
                        observation(ObservationKey.Subject.person(anna.id()), LocalDate.of(2025, 5, 1), "14", "40"))
                .containsEntry(
                        key(ObservationKey.Subject.team(team.id()), LocalDate.of(2025, 5, 1)),
                        observation(ObservationKey.Subject.team(team.id()), LocalDate.of(2025, 5, 1), "23", "70"))
                .hasSize(3);
        assertThat(count()).isEqualTo(4);
    }

    @Test
    void theSameFileAgainChangesNothingAndACorrectionKeepsTheOldValueForUndo() throws IOException {
        String[] first = {HEADER, "conversion,1001,,,2025-05-01,14,40", "conversion,,,SALES-NL,2025-05-01,23,70"};
        ImportRecord original = commit(csv(first));

        ImportRecord again = preview(csv(first));
        assertThat(imports.changes(again.id())).isEqualTo(new Imports.Changes(0, 0, 2));

        ImportRecord correction =
                preview(csv(HEADER, "conversion,1001,,,2025-05-01,15.0,40", "conversion,,,SALES-NL,2025-05-01,23,70"));
        assertThat(imports.changes(correction.id())).isEqualTo(new Imports.Changes(0, 1, 1));
        assertThat(imports.changed(correction.id()))
                .extracting(Imports.Changed::subject, Imports.Changed::before, Imports.Changed::after)
                .containsExactly(tuple(
                        "conversion / P-0000000A / 2025-05-01",
                        "kpi: conversion · period start: 2025-05-01 · value: 14 · weight: 40",
                        "kpi: conversion · period start: 2025-05-01 · value: 15 · weight: 40"));
        imports.commit(correction.id(), false, "analyst");
        assertThat(valueOf(ObservationKey.Subject.person(anna.id()))).isEqualByComparingTo("15");

        imports.undo(correction.id(), "analyst");
        assertThat(valueOf(ObservationKey.Subject.person(anna.id()))).isEqualByComparingTo("14");

        imports.undo(original.id(), "analyst");
        assertThat(count()).isZero();
    }

    /** A subject with accents reads back as the team has it (told from the staged row's ids, not written with it). */
    @Test
    void aSubjectWithAccentsIsStagedAndReadBackAsWritten() throws IOException {
        units.add("ÉQUIPE-ZÜRICH", "Équipe Zürich", UnitKind.TEAM, Optional.empty(), LocalDate.of(2020, 1, 1));
        commit(csv(HEADER, "conversion,,,ÉQUIPE-ZÜRICH,2025-05-01,23,70"));

        ImportRecord correction = preview(csv(HEADER, "conversion,,,ÉQUIPE-ZÜRICH,2025-05-01,24.5,70"));

        assertThat(imports.changed(correction.id()))
                .extracting(Imports.Changed::subject, Imports.Changed::after)
                .containsExactly(tuple(
                        "conversion / ÉQUIPE-ZÜRICH / 2025-05-01",
                        "kpi: conversion · team: ÉQUIPE-ZÜRICH · period start: 2025-05-01 · value: 24.5 · weight: 70"));
    }

    /** A page lists the first changes of an import that may change a million values; the count says how many in all. */
    @Test
    void theFirstChangesAreListedInFileOrderAndCountedInAll() throws IOException {
        commit(csv(
                HEADER,
                "conversion,1001,,,2025-05-01,14,40",
                "conversion,1002,,,2025-05-01,9,30",
                "conversion,,,SALES-NL,2025-05-01,23,70"));

        ImportRecord correction = preview(csv(
                HEADER,
                "conversion,1001,,,2025-05-01,15,40",
                "conversion,1002,,,2025-05-01,10,30",
                "conversion,,,SALES-NL,2025-05-01,24,70"));

        assertThat(imports.changes(correction.id())).isEqualTo(new Imports.Changes(0, 3, 0));
        assertThat(imports.changed(correction.id(), 2))
                .extracting(Imports.Changed::row)
                .containsExactly(2, 3);
        assertThat(imports.changed(correction.id())).hasSize(3);
    }

    @Test
    void anUndoIsRefusedWholeWhenAValueChangedSince() throws IOException {
        ImportRecord first =
                commit(csv(HEADER, "conversion,,,SALES-NL,2025-05-01,23,70", "conversion,1001,,,2025-05-01,14,40"));
        commit(csv(HEADER, "conversion,1001,,,2025-05-01,16,40"));

        assertThatThrownBy(() -> imports.undo(first.id(), "analyst"))
                .isInstanceOfSatisfying(
                        ImportRefused.class,
                        refused -> assertThat(refused.message(Languages.messages(), Locale.ENGLISH))
                                .isEqualTo("The data of row 3 changed after this import; nothing was undone."));
        assertThat(count()).isEqualTo(2);
        assertThat(valueOf(ObservationKey.Subject.person(anna.id()))).isEqualByComparingTo("16");
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                arguments(
                        "ratio KPI without weight",
                        "conversion,1001,,,2025-06-01,14,",
                        "obs.csv, row 2, column “weight”: KPI “conversion” is a ratio of sums: give the denominator as"
                                + " the weight, more than 0."),
                arguments(
                        "ratio KPI with weight 0",
                        "conversion,1001,,,2025-06-01,14,0",
                        "obs.csv, row 2, column “weight”, value “0”: KPI “conversion” is a ratio of sums: give the"
                                + " denominator as the weight, more than 0."),
                arguments(
                        "month not starting on the 1st",
                        "conversion,1001,,,2025-06-02,14,40",
                        "obs.csv, row 2, column “period start”, value “2025-06-02”: KPI “conversion” is observed per"
                                + " month, so the period start is the first day of the month: 2025-06-01."),
                arguments(
                        "week not starting on Monday",
                        "revenue,1001,,,2025-05-07,1200,",
                        "obs.csv, row 2, column “period start”, value “2025-05-07”: KPI “revenue” is observed per"
                                + " week, so the period start is the first day of the week: 2025-05-05."),
                arguments(
                        "quarter not starting on its first day",
                        "csat,,,SALES-NL,2025-05-01,7.5,12",
                        "obs.csv, row 2, column “period start”, value “2025-05-01”: KPI “csat” is observed per"
                                + " quarter, so the period start is the first day of the quarter: 2025-04-01."),
                arguments(
                        "a team and a person both",
                        "conversion,1001,,SALES-NL,2025-06-01,14,40",
                        "obs.csv, row 2, column “team”, value “SALES-NL”: This row names a person and a team: a value"
                                + " belongs to one of them, so leave the other blank."),
                arguments(
                        "neither a team nor a person",
                        "conversion,,,,2025-06-01,14,40",
                        "obs.csv, row 2, column “employee number”: This row names no one: give an employee number or"
                                + " email address for a person, or an org unit code for a team."),
                arguments(
                        "unknown KPI",
                        "churn,1001,,,2025-06-01,14,40",
                        "obs.csv, row 2, column “kpi”, value “churn”: There is no KPI with code “churn”: import it"
                                + " with the KPI definitions first, or write its code exactly as defined."),
                arguments(
                        "unknown team",
                        "conversion,,,SALES-BE,2025-06-01,14,40",
                        "obs.csv, row 2, column “team”, value “SALES-BE”: There is no org unit with code"
                                + " “SALES-BE”."),
                arguments(
                        "unknown person",
                        "conversion,9999,,,2025-06-01,14,40",
                        "obs.csv, row 2, column “employee number”, value “9999”: No employee has this employee number"
                                + " or email address; the row is not imported."),
                arguments(
                        "duplicate key",
                        "conversion,1001,,,2025-06-01,14,40\nconversion,,1001@voorbeeld.nl,,2025-06-01,15,40",
                        "obs.csv, row 3, column “period start”, value “2025-06-01”: This KPI, person or team and period"
                                + " start appear in an earlier row too."),
                arguments(
                        "negative weight",
                        "revenue,1001,,,2025-05-05,1200,-1",
                        "obs.csv, row 2, column “weight”, value “-1”: A weight is at least 0."),
                arguments(
                        "weighted mean without weight",
                        "csat,,,SALES-NL,2025-04-01,7.5,",
                        "obs.csv, row 2, column “weight”: KPI “csat” is a weighted mean: give each value its weight."),
                arguments(
                        "wrong type",
                        "conversion,1001,,,2025-06-01,lots,40",
                        "obs.csv, row 2, column “value”, value “lots”: This is not a number."),
                arguments(
                        "impossible date",
                        "conversion,1001,,,2025-02-30,14,40",
                        "obs.csv, row 2, column “period start”, value “2025-02-30”: This is not a date; write"
                                + " dd-mm-yyyy or yyyy-mm-dd."),
                arguments(
                        "too many decimals",
                        "conversion,1001,,,2025-06-01,14.1234567,40",
                        "obs.csv, row 2, column “value”, value “14.1234567”: Rendement keeps numbers of up to 18"
                                + " digits before the decimal point, with at most 6 decimals."),
                arguments(
                        "a period before the person was hired",
                        "conversion,1003,,,2025-02-01,1,2",
                        "obs.csv, row 2, column “period start”, value “2025-02-01”: This period ends before this"
                                + " person was hired, on 2025-03-15."),
                arguments(
                        "a period after the person left",
                        "conversion,1004,,,2024-07-01,1,2",
                        "obs.csv, row 2, column “period start”, value “2024-07-01”: This period starts after this"
                                + " person’s last day, 2024-06-30."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void aBadRowIsReportedExactlyAndChangesNothing(String name, String rows, String message) throws IOException {
        commit(csv(HEADER, "conversion,1001,,,2025-05-01,14,40"));
        Map<ObservationKey, KpiObservation> before = observations.ofKpis(List.of(conversion));

        ImportRecord preview = preview(csv(HEADER, rows));

        assertThat(problems(preview)).first().isEqualTo(message);
        assertThatThrownBy(() -> imports.commit(preview.id(), false, "analyst")).isInstanceOf(ImportRefused.class);
        assertThat(observations.ofKpis(List.of(conversion))).isEqualTo(before);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aPeriodThatOverlapsTheEmploymentIsAccepted() throws IOException {
        ImportRecord preview =
                preview(csv(HEADER, "conversion,1003,,,2025-03-01,1,2", "conversion,1004,,,2024-06-01,1,2"));

        assertThat(problems(preview)).isEmpty();
    }

    @Test
    void onlyTheValidRowsAreImportedWhenTheUserChoosesSo() throws IOException {
        ImportRecord preview =
                preview(csv(HEADER, "conversion,1001,,,2025-05-01,14,40", "conversion,1001,,,2025-06-02,14,40"));

        imports.commit(preview.id(), true, "analyst");

        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aDutchWorkbookIsReadWithItsDutchHeadersAndTypedCells() throws IOException {
        Path file = ImportFiles.namedXlsx(
                folder,
                "metingen.xlsx",
                row("kpi", "personeelsnummer", "e-mail", "team", "begin periode", "waarde", "gewicht"),
                row("conversion", "1001", null, null, LocalDate.of(2025, 5, 1), 14, 40),
                row("conversion", null, null, "SALES-NL", LocalDate.of(2025, 5, 1), new BigDecimal("23.5"), 70),
                row("revenue", null, "1002@voorbeeld.nl", null, LocalDate.of(2025, 5, 5), 1200, null));

        ImportRecord preview = imports.preview("kpi-observations", file, "metingen.xlsx", "analyst");
        assertThat(problems(preview)).isEmpty();
        imports.commit(preview.id(), false, "analyst");

        assertThat(valueOf(ObservationKey.Subject.team(team.id()))).isEqualByComparingTo("23.5");
        assertThat(count()).isEqualTo(3);
    }

    @Test
    void erasingAPersonRemovesTheirObservationsAndKeepsTheTeams() throws IOException {
        ImportRecord imported = commit(csv(
                HEADER,
                "conversion,1001,,,2025-05-01,14,40",
                "conversion,1002,,,2025-05-01,9,30",
                "conversion,,,SALES-NL,2025-05-01,23,70"));
        assertThat(imports.changes(imported.id())).isEqualTo(new Imports.Changes(3, 0, 0));

        erasure.erase("admin", anna.id());

        assertThat(imports.changes(imported.id()))
                .as("the import's counts follow its staged rows: the erased person's row is gone")
                .isEqualTo(new Imports.Changes(2, 0, 0));

        assertThat(observations.ofKpis(List.of(conversion)).keySet())
                .extracting(ObservationKey::subject)
                .containsExactlyInAnyOrder(
                        ObservationKey.Subject.person(bram.id()), ObservationKey.Subject.team(team.id()));
        assertThat(jdbc.sql("select count(*) from import_change where employee_id = ?")
                        .param(anna.id())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aFileOfManyRowsIsImportedAndUndoneWhole() throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int week = 0; week < 180; week++) {
            LocalDate monday = LocalDate.of(2022, 1, 3).plusWeeks(week);
            for (String who : List.of("1001,,,", ",1002@voorbeeld.nl,,", ",,SALES-NL,")) {
                lines.add("revenue," + who + monday + "," + week + ",");
            }
        }
        for (int month = 0; month < 3_000; month++) {
            LocalDate first = LocalDate.of(2000, 1, 1).plusMonths(month);
            lines.add("conversion,,,SALES-NL," + first + "," + month + ",100");
        }
        ImportRecord preview = preview(csv(lines.toArray(String[]::new)));
        assertThat(problems(preview)).isEmpty();
        assertThat(imports.changes(preview.id()).added()).isEqualTo(3_540);

        imports.commit(preview.id(), false, "analyst");
        assertThat(count()).isEqualTo(3_540);

        imports.undo(preview.id(), "analyst");
        assertThat(count()).isZero();
    }

    @Test
    void aCommitWhoseKeysAnotherImportStoredSinceItsPreviewIsRefusedWholeAndStaysPreviewed() throws IOException {
        String[] rows = {HEADER, "conversion,1001,,,2025-05-01,14,40", "conversion,,,SALES-NL,2025-05-01,23,70"};
        ImportRecord first = preview(csv(rows));
        ImportRecord second = preview(csv(rows));
        imports.commit(first.id(), false, "analyst");

        assertRefusedAsChangedSinceAndStillPreviewed(second);
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void aCommitWhoseChangedValueMovedSinceItsPreviewIsRefusedWhole() throws IOException {
        commit(csv(HEADER, "conversion,1001,,,2025-05-01,14,40", "conversion,,,SALES-NL,2025-05-01,23,70"));
        ImportRecord correction =
                preview(csv(HEADER, "conversion,1001,,,2025-05-01,15,40", "conversion,,,SALES-NL,2025-05-01,24,70"));
        commit(csv(HEADER, "conversion,,,SALES-NL,2025-05-01,30,70"));

        assertThatThrownBy(() -> imports.commit(correction.id(), false, "analyst"))
                .isInstanceOf(ImportRefused.class)
                .extracting(refused -> ((ImportRefused) refused).reason())
                .isEqualTo("importing.commit.changedSincePreview");
        assertThat(valueOf(ObservationKey.Subject.person(anna.id()))).isEqualByComparingTo("14");
        assertThat(valueOf(ObservationKey.Subject.team(team.id()))).isEqualByComparingTo("30");
    }

    @Test
    void anImportLeftCommittingByAStopIsInterruptedAtTheNextStartAndCanBeCommittedAgain() throws IOException {
        ImportRecord preview = preview(csv(HEADER, "conversion,1001,,,2025-05-01,14,40"));
        jdbc.sql("update import_record set state = 'committing' where id = ?")
                .param(preview.id())
                .update();

        interruptedImports.afterSingletonsInstantiated();

        assertThat(imports.byId(preview.id()).orElseThrow().state()).isEqualTo(ImportState.INTERRUPTED);
        assertThat(jdbc.sql("select interrupted_while from import_record where id = ?")
                        .param(preview.id())
                        .query(String.class)
                        .single())
                .isEqualTo("committing");
        assertThat(count()).isZero();
        assertThat(imports.commit(preview.id(), false, "analyst").state()).isEqualTo(ImportState.COMMITTED);
        assertThat(count()).isEqualTo(1);
    }

    /**
     * On PostgreSQL a load into an empty table drops the foreign keys, unique keys and indexes and
     * builds them again after the adds; on H2 nothing is dropped. Either way the table ends as it
     * was made, and an undo finds each row by its key.
     */
    @Test
    void manyAddsAreMovedWithTheKeysCheckedOnceAndTheKeysAndIndexesArePutBack() throws IOException {
        ImportRecord preview = preview(weeks(ObservationStage.KEYS_CHECKED_WHOLE_FROM + 500));
        assertThat(problems(preview)).isEmpty();
        List<String> keysBefore = foreignKeys();
        assertThat(keysBefore).hasSize(3);
        List<String> madeBefore = keysAndIndexes();
        assertThat(madeBefore).anyMatch(made -> made.contains("kpi_observation_key"));

        imports.commit(preview.id(), false, "analyst");

        assertThat(count()).isEqualTo(ObservationStage.KEYS_CHECKED_WHOLE_FROM + 500);
        assertThat(foreignKeys()).isEqualTo(keysBefore);
        assertThat(keysAndIndexes()).isEqualTo(madeBefore);
        imports.undo(preview.id(), "analyst");
        assertThat(count()).isZero();
    }

    /** The unique key built again after the adds finds a key that another import stored since the preview. */
    @Test
    void aLoadWhoseKeysAnotherLoadStoredSinceItsPreviewIsRefusedWholeAndTheTableKeepsItsKeys() throws IOException {
        int weeks = ObservationStage.KEYS_CHECKED_WHOLE_FROM + 500;
        ImportRecord first = preview(weeks(weeks));
        ImportRecord second = preview(weeks(weeks));
        List<String> madeBefore = keysAndIndexes();
        imports.commit(first.id(), false, "analyst");

        assertRefusedAsChangedSinceAndStillPreviewed(second);
        assertThat(count()).isEqualTo(weeks);
        assertThat(keysAndIndexes()).isEqualTo(madeBefore);
    }

    /** The commit of a preview is refused whole because stored data changed since, and the import can be committed later. */
    private void assertRefusedAsChangedSinceAndStillPreviewed(ImportRecord preview) {
        assertThatThrownBy(() -> imports.commit(preview.id(), false, "analyst"))
                .isInstanceOf(ImportRefused.class)
                .extracting(refused -> ((ImportRefused) refused).reason())
                .isEqualTo("importing.commit.changedSincePreview");
        assertThat(imports.byId(preview.id()).orElseThrow().state()).isEqualTo(ImportState.PREVIEWED);
    }

    /** A file of one team's weekly revenue, a row per week back from 2022-01-03. */
    private Path weeks(int weeks) throws IOException {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        LocalDate monday = LocalDate.of(2022, 1, 3);
        for (int week = 0; week < weeks; week++) {
            lines.add("revenue,,,SALES-NL," + monday.minusWeeks(week) + "," + week + ",");
        }
        return csv(lines.toArray(String[]::new));
    }

    /** The foreign keys of kpi_observation as the database lists them (by referenced table). */
    private List<String> foreignKeys() {
        return jdbc.sql("select rc.unique_constraint_name from information_schema.referential_constraints rc"
                        + " join information_schema.table_constraints tc on tc.constraint_name = rc.constraint_name"
                        + " where tc.table_name = 'kpi_observation' order by 1")
                .query(String.class)
                .list();
    }

    /** Every constraint of kpi_observation by name and type, and every index by name, as the database lists them. */
    private List<String> keysAndIndexes() {
        List<String> made = new ArrayList<>(jdbc.sql("select constraint_name || ' ' || constraint_type"
                        + " from information_schema.table_constraints where table_name = 'kpi_observation'")
                .query(String.class)
                .list());
        made.addAll(jdbc.sql(
                        postgres()
                                ? "select indexdef from pg_indexes where tablename = 'kpi_observation'"
                                : "select index_name from information_schema.indexes where table_name = 'kpi_observation'")
                .query(String.class)
                .list());
        return made.stream().sorted().toList();
    }

    private boolean postgres() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        } catch (SQLException unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }

    private BigDecimal valueOf(ObservationKey.Subject subject) {
        return observations
                .ofKpis(List.of(conversion))
                .get(key(subject, LocalDate.of(2025, 5, 1)))
                .value();
    }

    private ObservationKey key(ObservationKey.Subject subject, LocalDate start) {
        return new ObservationKey(conversion, subject, start);
    }

    private KpiObservation observation(ObservationKey.Subject subject, LocalDate start, String value, String weight) {
        return new KpiObservation(
                key(subject, start),
                new BigDecimal(value).setScale(6),
                Optional.of(new BigDecimal(weight).setScale(6)));
    }

    private ImportRecord preview(Path file) {
        return imports.preview("kpi-observations", file, "obs.csv", "analyst");
    }

    private ImportRecord commit(Path file) {
        return imports.commit(preview(file).id(), false, "analyst");
    }

    private Path csv(String... lines) throws IOException {
        return ImportFiles.namedCsv(folder, "obs-" + System.nanoTime() + ".csv", lines);
    }

    private List<String> problems(ImportRecord record) {
        return imports.problems(record.id()).stream()
                .map(problem -> problem.message(Languages.messages(), Locale.ENGLISH))
                .toList();
    }

    private long count() {
        return jdbc.sql("select count(*) from kpi_observation")
                .query(Long.class)
                .single();
    }

    private static KpiDefinition kpi(String code, Aggregation aggregation, PeriodLength period) {
        return new KpiDefinition(
                code,
                code,
                "units",
                Direction.HIGHER_IS_BETTER,
                aggregation,
                period,
                Optional.empty(),
                Optional.empty());
    }

    private NewEmployee hire(String pseudonym, String number, LocalDate hired) {
        return new NewEmployee(
                pseudonym,
                Optional.of(number),
                Optional.of(number + "@voorbeeld.nl"),
                hired,
                new EmployeeAttributes(
                        team.id(),
                        "B",
                        Optional.empty(),
                        Money.of("42000", "EUR"),
                        BigDecimal.ONE,
                        new BigDecimal("36")));
    }
}
