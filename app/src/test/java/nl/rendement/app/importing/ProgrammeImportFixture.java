package nl.rendement.app.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import nl.rendement.app.system.Languages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The uploader, files and clean-up of the programme and cohort import tests. Tests share a
 * database per context, so everything they write in the programme tables is removed again.
 */
final class ProgrammeImportFixture {

    static final String UPLOADER = "import-test-analyst";

    /** The programme tables, children first; their row counts show that a bad file changed nothing. */
    static final List<String> TABLES =
            List.of("programme_change", "participant", "cohort", "programme_lms_course", "programme");

    /** A cell an XLSX file formats as a percentage: 0.25 shows as 25%. */
    record Percent(double fraction) {}

    private final JdbcClient jdbc;
    private final Path folder;

    ProgrammeImportFixture(JdbcClient jdbc, Path folder) {
        this.jdbc = jdbc;
        this.folder = folder;
    }

    /** Removes every import and programme, and (again) the uploader's account; returns the uploader's new id. */
    long startEmpty() {
        clear();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into app_user (username, display_name, password_hash, enabled, created_at)"
                        + " values (?, 'Import Analyst', '{noop}unused', true, ?)")
                .params(UPLOADER, OffsetDateTime.now(ZoneOffset.UTC))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    void clear() {
        jdbc.sql("delete from import_change").update();
        jdbc.sql("delete from import_problem").update();
        jdbc.sql("delete from import_record").update();
        jdbc.sql("delete from app_user_scope_programme").update();
        TABLES.forEach(table -> jdbc.sql("delete from " + table).update());
        jdbc.sql("delete from employee where pseudonym like 'PI-%'").update();
        jdbc.sql("delete from app_user where username = ?").param(UPLOADER).update();
    }

    List<Long> counts() {
        return TABLES.stream()
                .map(table -> jdbc.sql("select count(*) from " + table)
                        .query(Long.class)
                        .single())
                .toList();
    }

    long employee(String pseudonym) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into employee (pseudonym, hire_date) values (?, ?)")
                .params("PI-" + pseudonym, LocalDate.of(2020, 1, 1))
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    Path csv(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    /** A workbook of one sheet: text, numbers, yes/no, dates (as date cells) and {@link Percent}s. */
    Path xlsx(String name, Object[]... rows) throws IOException {
        Path file = folder.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = book.createSheet("Blad1");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd-mm-yyyy"));
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0%"));
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    write(row.createCell(c), rows[r][c], date, percent);
                }
            }
            book.write(out);
        }
        return file;
    }

    static String english(TableProblem problem) {
        return problem.message(Languages.messages(), Locale.ENGLISH);
    }

    static String english(ImportRefused refused) {
        return refused.message(Languages.messages(), Locale.ENGLISH);
    }

    private static void write(Cell cell, Object value, CellStyle date, CellStyle percent) {
        if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(date);
        } else if (value instanceof Percent share) {
            cell.setCellValue(share.fraction());
            cell.setCellStyle(percent);
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Long number) {
            cell.setCellValue(number);
        } else if (value instanceof Boolean yes) {
            cell.setCellValue(yes);
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
    }
}
