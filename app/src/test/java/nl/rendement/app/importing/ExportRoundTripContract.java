package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import nl.rendement.app.importing.formats.Formats;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.importing.formats.Language;
import nl.rendement.app.importing.formats.Templates;
import nl.rendement.app.system.Languages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Exporting and importing again is a no-op, on every supported database (subclasses pick it):
 * with every kind brought in from its Dutch Excel template (and cost lines whose descriptions are
 * formulas), each kind's export, as CSV or XLSX, in English or Dutch, previews without a problem
 * and with every row the same, without declaring a date order or number style. The formulas come
 * out inert. Every import is undone at the end.
 */
@SpringBootTest
abstract class ExportRoundTripContract {

    static final String UPLOADER = "export-round-trip";
    static final LocalDate SNAPSHOT_DAY = LocalDate.of(2025, 3, 31);
    static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "+1", "-2+3");

    @Autowired
    Imports imports;

    @Autowired
    DataExports exports;

    @Autowired
    ImportChangeExport changes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path folder;

    @BeforeEach
    void anAccount() {
        jdbc.sql("insert into app_user (username, display_name, password_hash, enabled, created_at)"
                        + " values (?, 'Export round trip', '{noop}unused', true, ?)")
                .params(UPLOADER, OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    @AfterEach
    void clearImportsAndTheAccount() {
        jdbc.sql("delete from import_change").update();
        jdbc.sql("delete from import_problem").update();
        jdbc.sql("delete from import_record").update();
        jdbc.sql("delete from app_user where username = ?").param(UPLOADER).update();
    }

    @Test
    void everyKindExportedInEitherFileTypeAndLanguageImportsAgainWithEveryRowTheSame() throws IOException {
        Map<String, Long> start = TableCounts.of(dataSource, jdbc);
        List<ImportRecord> committed = new ArrayList<>();
        committed.add(committed(
                "org-units", csv("units.csv", "code;naam;soort;geldig vanaf", "VERKOOP;Verkoop;divisie;01-01-2020")));
        committed.add(committed(
                "hr-snapshot",
                csv(
                        "manager.csv",
                        "personeelsnummer;peildatum;datum in dienst;organisatie-eenheid;functiegroep;jaarsalaris;fte;contracturen",
                        "003120;01-01-2025;01-02-2018;VERKOOP;Salesmanager;72000;1;40")));
        for (String kind : TemplatesRoundTripContract.ORDER) {
            committed.add(committed(kind, template(kind)));
        }
        committed.add(committed("cost-lines", hostileCostLines()));

        for (String kind : TemplatesRoundTripContract.ORDER) {
            for (Templates.FileType type : Templates.FileType.values()) {
                for (Language language : Language.values()) {
                    assertImportsAsTheSame(kind, export(kind, type, language));
                }
            }
        }

        Collections.reverse(committed);
        committed.forEach(record -> imports.undo(record.id(), UPLOADER));
        assertThat(TableCounts.of(dataSource, jdbc))
                .as("every table after undoing every import")
                .isEqualTo(start);
    }

    @Test
    void writesTextThatLooksLikeAFormulaInertAndNegativeNumbersAsNumbers() throws IOException {
        ImportRecord programmes = committed("programmes", template("programmes"));
        ImportRecord lines = committed("cost-lines", hostileCostLines());

        String csv = Files.readString(export("cost-lines", Templates.FileType.CSV, Language.ENGLISH));
        assertThat(csv)
                .contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",")
                .contains(",'@SUM(1),")
                .contains(",'+1,")
                .contains(",'-2+3,");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                Files.readAllBytes(export("cost-lines", Templates.FileType.XLSX, Language.ENGLISH))))) {
            List<Cell> descriptions = new ArrayList<>();
            workbook.getSheetAt(0).forEach(row -> descriptions.add(row.getCell(3)));
            assertThat(descriptions.subList(1, descriptions.size()))
                    .filteredOn(cell -> HOSTILE.contains(cell.getStringCellValue()))
                    .hasSize(HOSTILE.size())
                    .allSatisfy(cell -> {
                        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                        assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                    });
        }

        ByteArrayOutputStream record = new ByteArrayOutputStream();
        changes.write(lines.id(), Language.ENGLISH, Templates.FileType.CSV, record);
        List<String> rows = record.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(rows).hasSize(1 + HOSTILE.size());
        assertThat(rows.get(0)).isEqualTo("\uFEFFrow,subject,action,before,after");
        assertThat(rows.subList(1, rows.size()))
                .allSatisfy(row -> assertThat(row).contains(",added,,"));

        imports.undo(lines.id(), UPLOADER);
        imports.undo(programmes.id(), UPLOADER);
    }

    private void assertImportsAsTheSame(String kind, Path file) {
        ImportRecord again = imports.preview(kind, file, file.getFileName().toString(), UPLOADER, ImportOptions.none());
        String what = kind + " from " + file.getFileName();
        assertThat(messages(again)).as(what).isEmpty();
        assertThat(imports.changes(again.id())).as(what).satisfies(changes -> {
            assertThat(changes.added()).isZero();
            assertThat(changes.changed()).isZero();
            assertThat(changes.same()).isPositive();
        });
        imports.discard(again.id(), UPLOADER);
    }

    /** Cost lines of the template's programme whose descriptions a spreadsheet would run as formulas. */
    private Path hostileCostLines() throws IOException {
        List<String> lines = new ArrayList<>(List.of("programma;id;categorie;omschrijving;bedrag;datum"));
        for (int index = 0; index < HOSTILE.size(); index++) {
            lines.add("Basis verkoop;HOSTILE-" + index + ";uitvoering;\""
                    + HOSTILE.get(index).replace("\"", "\"\"") + "\";100;14-03-2025");
        }
        return csv("hostile.csv", lines.toArray(String[]::new));
    }

    private ImportRecord committed(String kind, Path file) {
        ImportRecord preview = imports.preview(
                kind,
                file,
                file.getFileName().toString(),
                UPLOADER,
                ImportOptions.none().with(Language.DUTCH.conventions()));
        assertThat(messages(preview)).as(kind).isEmpty();
        return imports.commit(preview.id(), false, UPLOADER);
    }

    private Path export(String kind, Templates.FileType type, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(kind, new ExportRequest(ExportReach.EVERYTHING, SNAPSHOT_DAY, language), type, out);
        Path file = folder.resolve(language.code() + "-" + DataExports.fileName(kind, SNAPSHOT_DAY, type));
        Files.write(file, out.toByteArray());
        return file;
    }

    private List<String> messages(ImportRecord record) {
        return imports.problems(record.id()).stream()
                .map(problem -> problem.message(Languages.messages(), Locale.ENGLISH))
                .toList();
    }

    private Path template(String kind) throws IOException {
        ImportFormat format = Formats.of(kind).orElseThrow();
        Path file = folder.resolve(Templates.fileName(format, Language.DUTCH, Templates.FileType.XLSX));
        Files.write(file, Templates.write(format, Language.DUTCH, Templates.FileType.XLSX));
        return file;
    }

    private Path csv(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
