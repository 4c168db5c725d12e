package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
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
import nl.rendement.engine.money.Money;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing leavers through the service the upload page uses, on every supported database
 * (subclasses pick it): preview, commit in one transaction, the same file again as a no-op, a
 * correction kept with its old value, undo, problems stored and never applied, erasure.
 */
@SpringBootTest
abstract class LeaverImportContract {

    static final LocalDate HIRED = LocalDate.of(2022, 1, 1);

    @Autowired
    Imports imports;

    @Autowired
    Employees employees;

    @Autowired
    OrgUnits units;

    @Autowired
    Erasure erasure;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path folder;

    Employee anna;
    Employee bram;

    @BeforeEach
    void twoEmployees() {
        clearImports();
        jdbc.sql("delete from employee_period").update();
        jdbc.sql("delete from employee").update();
        jdbc.sql("update org_unit set parent_id = null").update();
        jdbc.sql("delete from org_unit").update();
        OrgUnit team = units.add("T-1", "Team 1", UnitKind.TEAM, Optional.empty(), LocalDate.of(2020, 1, 1));
        anna = employees.hire(hire("P-0000000A", "1001", team));
        bram = employees.hire(hire("P-0000000B", "1002", team));
    }

    @Test
    void aPreviewChangesNothingAndACommitRecordsEveryExitInOneGo() throws IOException {
        Path file = csv(
                "employee number;email;exit date;reason",
                "1001;;31-03-2025;vrijwillig",
                ";1002@voorbeeld.nl;30-04-2025;retirement");

        ImportRecord preview = imports.preview("leavers", file, "leavers.csv", "analyst");

        assertThat(preview.state()).isEqualTo(ImportState.PREVIEWED);
        assertThat(preview.rowsRead()).isEqualTo(2);
        assertThat(preview.identities()).isEqualTo(new ImportRecord.Identities(2, 0, 0));
        assertThat(imports.changes(preview.id())).isEqualTo(new Imports.Changes(2, 0, 0));
        assertThat(exitOf(anna)).isEmpty();

        ImportRecord committed = imports.commit(preview.id(), false, "analyst");

        assertThat(committed.state()).isEqualTo(ImportState.COMMITTED);
        assertThat(exitOf(anna)).contains(new Employee.Exit(LocalDate.of(2025, 3, 31), ExitReason.VOLUNTARY));
        assertThat(exitOf(bram)).contains(new Employee.Exit(LocalDate.of(2025, 4, 30), ExitReason.RETIREMENT));
        assertThat(employees.asOf(anna.id(), LocalDate.of(2025, 4, 1))).isEmpty();
    }

    @Test
    void theSameFileAgainChangesNothingAndACorrectionKeepsTheOldValueForUndo() throws IOException {
        commit(csv("employee number,exit date,reason", "1001,2025-03-31,voluntary"));

        ImportRecord again = imports.preview(
                "leavers",
                csv("employee number,exit date,reason", "1001,2025-03-31,voluntary"),
                "again.csv",
                "analyst");
        assertThat(imports.changes(again.id())).isEqualTo(new Imports.Changes(0, 0, 1));

        ImportRecord correction = imports.preview(
                "leavers",
                csv("employee number,exit date,reason", "1001,2025-05-31,involuntary"),
                "fix.csv",
                "analyst");
        assertThat(imports.changes(correction.id())).isEqualTo(new Imports.Changes(0, 1, 0));
        imports.commit(correction.id(), false, "analyst");
        assertThat(exitOf(anna)).contains(new Employee.Exit(LocalDate.of(2025, 5, 31), ExitReason.INVOLUNTARY));

        imports.undo(correction.id(), "analyst");

        assertThat(exitOf(anna)).contains(new Employee.Exit(LocalDate.of(2025, 3, 31), ExitReason.VOLUNTARY));
        assertThat(imports.history())
                .extracting(ImportRecord::state)
                .containsExactly(ImportState.UNDONE, ImportState.PREVIEWED, ImportState.COMMITTED);
    }

    @Test
    void undoingTheFirstImportReopensTheEmployment() throws IOException {
        ImportRecord first = commit(csv("employee number,exit date,reason", "1001,2025-03-31,voluntary"));

        imports.undo(first.id(), "analyst");

        assertThat(exitOf(anna)).isEmpty();
        assertThat(employees.asOf(anna.id(), LocalDate.of(2026, 1, 1))).isPresent();
    }

    @Test
    void anUndoIsRefusedWholeWhenTheDataChangedSince() throws IOException {
        ImportRecord first =
                commit(csv("employee number,exit date,reason", "1001,2025-03-31,voluntary", "1002,2025-03-31,other"));
        commit(csv("employee number,exit date,reason", "1002,2025-06-30,other"));

        assertThatThrownBy(() -> imports.undo(first.id(), "analyst"))
                .isInstanceOf(ImportRefused.class)
                .satisfies(refused -> assertThat(((ImportRefused) refused).message(messages(), Locale.ENGLISH))
                        .isEqualTo("The data of row 3 changed after this import; nothing was undone."));
        assertThat(exitOf(anna)).isPresent();
        assertThat(imports.history().get(1).state()).isEqualTo(ImportState.COMMITTED);
    }

    @Test
    void aFileWithProblemsImportsNothingUnlessOnlyItsValidRowsAreChosen() throws IOException {
        Path file = csv(
                "employee number,email,exit date,reason",
                "1001,,2025-03-31,voluntary",
                "9999,,2025-03-31,voluntary",
                "1002,1001@voorbeeld.nl,2025-03-31,voluntary",
                ",,2025-03-31,voluntary",
                "1002,,2025-03-31,bored");
        ImportRecord preview = imports.preview("leavers", file, "leavers.csv", "analyst");

        assertThat(preview.rowsWithProblems()).isEqualTo(4);
        assertThat(preview.identities()).isEqualTo(new ImportRecord.Identities(2, 1, 1));
        assertThat(imports.problems(preview.id()))
                .extracting(problem -> problem.message(messages(), Locale.ENGLISH))
                .containsExactly(
                        "leavers.csv, row 3, column “employee number”, value “9999”: No employee has this employee"
                                + " number or email address; the row is not imported.",
                        "leavers.csv, row 4, column “employee number”, value “1002”: The employee number and email"
                                + " address point at 2 different employees; the row is not imported.",
                        "leavers.csv, row 5, column “employee number”: This row names no one: give an employee"
                                + " number or an email address.",
                        "leavers.csv, row 6, column “reason”, value “bored”: “bored” is not a reason for leaving:"
                                + " write voluntary, involuntary, retirement, end of contract or other (vrijwillig,"
                                + " onvrijwillig, pensioen, einde contract, anders).");
        assertThatThrownBy(() -> imports.commit(preview.id(), false, "analyst"))
                .isInstanceOf(ImportRefused.class)
                .satisfies(refused -> assertThat(((ImportRefused) refused).message(messages(), Locale.ENGLISH))
                        .isEqualTo("4 rows have problems: correct the file, or choose to import only the valid rows."));
        assertThat(exitOf(anna)).isEmpty();

        imports.commit(preview.id(), true, "analyst");

        assertThat(exitOf(anna)).isPresent();
        assertThat(exitOf(bram)).isEmpty();
    }

    @Test
    void anUnreadableFileIsStoredWithItsProblemsAndCannotBeCommitted() throws IOException {
        Path file = folder.resolve("garbage.xlsx");
        Files.write(file, new byte[] {'P', 'K', 3, 4, 0, 1, 2, 3});
        ImportRecord preview = imports.preview("leavers", file, "garbage.xlsx", "analyst");

        assertThat(imports.problems(preview.id()))
                .extracting(TableProblem::reason)
                .containsExactly("importing.problem.notXlsx");
        assertThatThrownBy(() -> imports.commit(preview.id(), true, "analyst")).isInstanceOf(ImportRefused.class);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                arguments("empty file", "leavers.csv", new byte[0], "leavers.csv: The file has no header row."),
                arguments(
                        "wrong type",
                        "leavers.csv",
                        utf8("employee number,exit date,reason\n1001,someday,voluntary\n"),
                        "leavers.csv, row 2, column “exit date”, value “someday”: This is not a date; write dd-mm-yyyy"
                                + " or yyyy-mm-dd."),
                arguments(
                        "impossible date",
                        "leavers.csv",
                        utf8("employee number,exit date,reason\n1001,2025-02-30,voluntary\n"),
                        "leavers.csv, row 2, column “exit date”, value “2025-02-30”: This is not a date; write"
                                + " dd-mm-yyyy or yyyy-mm-dd."),
                arguments(
                        "duplicate key",
                        "leavers.csv",
                        utf8("employee number,exit date,reason\n1001,2025-03-31,voluntary\n1001,2025-04-30,other\n"),
                        "leavers.csv, row 3, column “exit date”, value “2025-04-30”: This person appears in an earlier"
                                + " row too."),
                arguments(
                        "missing column",
                        "leavers.csv",
                        utf8("employee number,reason\n1001,voluntary\n"),
                        "leavers.csv: The required column “exit date” is missing."),
                arguments(
                        "binary garbage",
                        "leavers.csv",
                        new byte[] {'e', ';', 'x', '\n', (byte) 0x8D, (byte) 0x81, 0, 7, (byte) 0x9D, '\n'},
                        "leavers.csv: The file holds NUL bytes, so it is not text in UTF-8 or Windows-1252: probably"
                                + " UTF-16 saved without its byte order mark, or not a text file at all. Save it as CSV"
                                + " UTF-8 (or Excel\u2019s \u201cUnicode text\u201d) and import it again."),
                arguments(
                        "a wrong encoding: UTF-16 without its byte order mark",
                        "leavers.csv",
                        "employee number;exit date;reason\n1001;2025-03-31;voluntary\n"
                                .getBytes(StandardCharsets.UTF_16LE),
                        "leavers.csv: The file holds NUL bytes, so it is not text in UTF-8 or Windows-1252: probably"
                                + " UTF-16 saved without its byte order mark, or not a text file at all. Save it as CSV"
                                + " UTF-8 (or Excel\u2019s \u201cUnicode text\u201d) and import it again."),
                arguments(
                        "text in Windows-1252 that is not",
                        "leavers.csv",
                        new byte[] {
                            'a', ';', 'b', '\n', (byte) 0x81, (byte) 0x8D, (byte) 0x8F, (byte) 0x90, (byte) 0x9D, '\n'
                        },
                        "leavers.csv: The file is neither UTF-8 nor Windows-1252 text; save it as CSV UTF-8 and import"
                                + " it again."),
                arguments(
                        "a workbook that is not one",
                        "leavers.xlsx",
                        new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6},
                        "leavers.xlsx: The file cannot be read as an Excel workbook (.xlsx)."),
                arguments(
                        "merged cells",
                        "leavers.xlsx",
                        workbook(sheet -> sheet.addMergedRegion(new CellRangeAddress(1, 2, 3, 3))),
                        "leavers.xlsx, row 2, column “reason”, value “D2:D3”: Merged cells (D2:D3) cannot be imported:"
                                + " unmerge them and fill in every cell."),
                arguments(
                        "a formula",
                        "leavers.xlsx",
                        workbook(sheet -> sheet.getRow(1).getCell(2).setCellFormula("DATE(2025,3,31)")),
                        "leavers.xlsx, row 2, column “exit date”, value “=DATE(2025,3,31)”: Formulas are not calculated"
                                + " on import: paste the values instead of the formula."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsReportedExactlyAndChangesNothing(String name, String fileName, byte[] content, String first)
            throws IOException {
        Path file = folder.resolve(fileName);
        Files.write(file, content);

        ImportRecord preview = imports.preview("leavers", file, fileName, "analyst");

        assertThat(imports.problems(preview.id()))
                .extracting(problem -> problem.message(messages(), Locale.ENGLISH))
                .first()
                .isEqualTo(first);
        assertThatThrownBy(() -> imports.commit(preview.id(), false, "analyst")).isInstanceOf(ImportRefused.class);
        assertThat(exitOf(anna)).isEmpty();
        assertThat(exitOf(bram)).isEmpty();
        assertThat(jdbc.sql("select count(*) from import_change where applied")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aFileWithOnlyItsHeaderHasNothingToCommit() throws IOException {
        ImportRecord preview =
                imports.preview("leavers", csv("employee number,exit date,reason"), "leavers.csv", "analyst");

        assertThat(preview.rowsRead()).isZero();
        assertThatThrownBy(() -> imports.commit(preview.id(), false, "analyst"))
                .isInstanceOf(ImportRefused.class)
                .satisfies(refused -> assertThat(((ImportRefused) refused).message(messages(), Locale.ENGLISH))
                        .isEqualTo("The file has no rows to import."));
    }

    @Test
    void erasingAnEmployeeRemovesThemFromEveryImport() throws IOException {
        ImportRecord first = commit(csv("employee number,exit date,reason", "1001,2025-03-31,voluntary"));
        imports.preview(
                "leavers", csv("employee number,exit date,reason", "1001,2025-03-31,bored"), "bad.csv", "analyst");

        erasure.erase("admin", anna.id());

        assertThat(jdbc.sql("select count(*) from import_change")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from import_problem")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(imports.history()).hasSize(2);
        assertThat(imports.changes(first.id())).isEqualTo(new Imports.Changes(0, 0, 0));
    }

    /** Other storage tests share this database and delete employees: leave no import pointing at one. */
    @AfterEach
    void clearImports() {
        jdbc.sql("delete from import_change").update();
        jdbc.sql("delete from import_problem").update();
        jdbc.sql("delete from import_record").update();
    }

    private ImportRecord commit(Path file) {
        ImportRecord preview =
                imports.preview("leavers", file, file.getFileName().toString(), "analyst");
        return imports.commit(preview.id(), false, "analyst");
    }

    private Optional<Employee.Exit> exitOf(Employee employee) {
        return employees.byId(employee.id()).orElseThrow().exit();
    }

    private Path csv(String... lines) throws IOException {
        Path file = Files.createTempFile(folder, "leavers", ".csv");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    private static MessageSource messages() {
        return Languages.messages();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A leavers workbook with two rows, changed by {@code spoil}. */
    private static byte[] workbook(Consumer<XSSFSheet> spoil) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Leavers");
            String[][] cells = {
                {"employee number", "email", "exit date", "reason"},
                {"1001", "", "2025-03-31", "voluntary"},
                {"1002", "", "2025-04-30", "other"}
            };
            for (int r = 0; r < cells.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            spoil.accept(sheet);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NewEmployee hire(String pseudonym, String number, OrgUnit team) {
        return new NewEmployee(
                pseudonym,
                Optional.of(number),
                Optional.of(number + "@voorbeeld.nl"),
                HIRED,
                new EmployeeAttributes(
                        team.id(),
                        "B",
                        Optional.empty(),
                        Money.of("42000", "EUR"),
                        new BigDecimal("1"),
                        new BigDecimal("36")));
    }
}
