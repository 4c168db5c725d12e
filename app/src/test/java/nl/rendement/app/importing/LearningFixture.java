package nl.rendement.app.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.EmployeeAttributes;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.NewEmployee;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.people.UnitKind;
import nl.rendement.app.programme.CohortDetails;
import nl.rendement.app.programme.CohortRegister;
import nl.rendement.app.programme.DeliveryMode;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeDetails;
import nl.rendement.app.programme.ProgrammeStatus;
import nl.rendement.app.programme.ProgrammeType;
import nl.rendement.engine.money.Money;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Three employees and two programmes for the learning imports: "Sales basics" (LMS courses SB-101
 * and SB-102, cohorts "Spring 2025" and "Autumn 2025") and "Onboarding" (course ON-1, one cohort
 * "2025"). {@link #clear()} removes everything the imports and this fixture wrote; tests share
 * one database per context.
 */
final class LearningFixture {

    static final String OWNER = "learning-import-owner";
    static final LocalDate HIRED = LocalDate.of(2022, 1, 1);

    private static final List<String> TABLES = List.of(
            "import_change",
            "import_problem",
            "import_record",
            "assessment",
            "employee_learner_id",
            "programme_change",
            "participant",
            "cohort",
            "programme_lms_course",
            "programme");

    final Employee anna;
    final Employee bram;
    final Employee cees;
    final long sales;
    final long spring;
    final long autumn;
    final long onboarding;
    final long onboardingCohort;

    private final JdbcClient jdbc;

    LearningFixture(
            JdbcClient jdbc,
            Employees employees,
            OrgUnits units,
            ProgrammeCatalogue catalogue,
            CohortRegister register) {
        this.jdbc = jdbc;
        clear();
        OrgUnit team = units.add("L-1", "Learning team", UnitKind.TEAM, Optional.empty(), LocalDate.of(2020, 1, 1));
        anna = employees.hire(hire("P-0000000A", "1001", team));
        bram = employees.hire(hire("P-0000000B", "1002", team));
        cees = employees.hire(hire("P-0000000C", "1003", team));
        long owner = owner();
        sales = catalogue.create(OWNER, programme("Sales basics", owner, Set.of("SB-101", "SB-102")));
        spring = register.addCohort(OWNER, sales, cohort("Spring 2025", LocalDate.of(2025, 3, 17)));
        autumn = register.addCohort(OWNER, sales, cohort("Autumn 2025", LocalDate.of(2025, 9, 15)));
        onboarding = catalogue.create(OWNER, programme("Onboarding", owner, Set.of("ON-1")));
        onboardingCohort = register.addCohort(OWNER, onboarding, cohort("2025", LocalDate.of(2025, 1, 6)));
    }

    /** Removes every row of the learning and import tables, the employees, their units and the owner. */
    void clear() {
        TABLES.forEach(table -> jdbc.sql("delete from " + table).update());
        jdbc.sql("delete from employee_period").update();
        jdbc.sql("delete from employee").update();
        jdbc.sql("update org_unit set parent_id = null").update();
        jdbc.sql("delete from org_unit").update();
        jdbc.sql("delete from app_user where username = ?").param(OWNER).update();
    }

    long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** The rows of the tables an import of learning data writes, to show that one wrote nothing. */
    List<Long> counts() {
        return List.of("participant", "employee_learner_id", "assessment", "programme_change").stream()
                .map(this::count)
                .toList();
    }

    /** A workbook of one sheet: text cells, numbers as numbers, dates as dates (dd-mm-yyyy shown). */
    static byte[] workbook(Object[]... rows) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Blad1");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd-mm-yyyy"));
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("0%"));
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else if (value instanceof Percent share) {
                        row.createCell(c).setCellValue(share.fraction());
                        row.getCell(c).setCellStyle(percent);
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell formatted as a percentage, as Excel stores it: 0.85 for 85 %. */
    record Percent(double fraction) {}

    private long owner() {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into app_user (username, display_name, password_hash, enabled, created_at)"
                        + " values (?, 'Learning owner', '{noop}unused', true, ?)")
                .params(OWNER, OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private static ProgrammeDetails programme(String name, long owner, Set<String> courses) {
        return new ProgrammeDetails(
                name,
                ProgrammeType.SALES,
                Optional.empty(),
                owner,
                Optional.empty(),
                ProgrammeStatus.RUNNING,
                Optional.empty(),
                DeliveryMode.BLENDED,
                false,
                Optional.empty(),
                Optional.empty(),
                3,
                courses);
    }

    private static CohortDetails cohort(String name, LocalDate start) {
        return new CohortDetails(
                name, start, start.plusWeeks(8), DeliveryMode.CLASSROOM, Optional.empty(), Locale.ENGLISH);
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
