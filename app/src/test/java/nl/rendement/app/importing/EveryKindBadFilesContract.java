package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.rendement.app.importing.formats.Formats;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.importing.formats.Language;
import nl.rendement.app.importing.formats.Templates;
import nl.rendement.app.system.Languages;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The bad files any kind can meet, for every kind that can be uploaded, through the service the
 * Data page uses, on every supported database (subclasses pick it): an empty file, a header
 * without rows, binary garbage, UTF-16 without its byte order mark, a workbook that is not one,
 * merged cells and a formula in an XLSX made from the kind's own template. Each gets its exact
 * message, cannot be committed, and leaves every table outside the import records as it was.
 * Kind-specific bad input (wrong types, duplicate keys, impossible values, unknown references,
 * mixed currencies) is tested by each kind's own contract.
 */
@SpringBootTest
abstract class EveryKindBadFilesContract {

    @Autowired
    Imports imports;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path folder;

    @AfterEach
    void clearImports() {
        jdbc.sql("delete from import_change").update();
        jdbc.sql("delete from import_problem").update();
        jdbc.sql("delete from import_record").update();
    }

    @TestFactory
    Stream<DynamicTest> everyKindRefusesEveryGenericBadFileExactly() {
        assertThat(imports.kinds()).as("kinds that can be uploaded").contains("leavers");
        return Formats.all().stream()
                .filter(format -> imports.kinds().contains(format.kind()))
                .flatMap(format -> cases(format)
                        .map(bad -> DynamicTest.dynamicTest(
                                format.kind() + ": " + bad.name(), () -> refusedExactly(format, bad))));
    }

    @TestFactory
    Stream<DynamicTest> everyKindHasNothingToCommitInAFileWithOnlyItsHeader() {
        return Formats.all().stream()
                .filter(format -> imports.kinds().contains(format.kind()))
                .map(format -> DynamicTest.dynamicTest(format.kind(), () -> {
                    Map<String, Long> before = rowCounts();
                    Path file = folder.resolve(format.kind() + ".csv");
                    Files.writeString(file, String.join(";", headers(format)) + "\n");

                    ImportRecord preview = imports.preview(
                            format.kind(), file, file.getFileName().toString(), "analyst");

                    assertThat(preview.rowsRead()).isZero();
                    assertThat(imports.problems(preview.id())).isEmpty();
                    assertThatThrownBy(() -> imports.commit(preview.id(), false, "analyst"))
                            .isInstanceOf(ImportRefused.class)
                            .satisfies(refused -> assertThat(
                                            ((ImportRefused) refused).message(Languages.messages(), Locale.ENGLISH))
                                    .isEqualTo("The file has no rows to import."));
                    assertThat(rowCounts()).isEqualTo(before);
                }));
    }

    /** A bad file and the first problem it must get, with {@code %s} for the file's name. */
    record Bad(String name, String extension, byte[] content, String first) {}

    private Stream<Bad> cases(ImportFormat format) {
        String firstHeader = headers(format).get(0);
        String secondHeader = headers(format).get(1);
        return Stream.of(
                new Bad("empty", "csv", new byte[0], "%s: The file has no header row."),
                new Bad(
                        "binary garbage",
                        "csv",
                        new byte[] {'e', ';', 'x', '\n', (byte) 0x8D, (byte) 0x81, 0, 7, (byte) 0x9D, '\n'},
                        "%s: The file holds NUL bytes, so it is not text in UTF-8 or Windows-1252: probably UTF-16"
                                + " saved without its byte order mark, or not a text file at all. Save it as CSV UTF-8"
                                + " (or Excel\u2019s \u201cUnicode text\u201d) and import it again."),
                new Bad(
                        "UTF-16 without its byte order mark",
                        "csv",
                        (String.join(";", headers(format)) + "\n").getBytes(StandardCharsets.UTF_16LE),
                        "%s: The file holds NUL bytes, so it is not text in UTF-8 or Windows-1252: probably UTF-16"
                                + " saved without its byte order mark, or not a text file at all. Save it as CSV UTF-8"
                                + " (or Excel\u2019s \u201cUnicode text\u201d) and import it again."),
                new Bad(
                        "a workbook that is not one",
                        "xlsx",
                        new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6},
                        "%s: The file cannot be read as an Excel workbook (.xlsx)."),
                new Bad(
                        "merged cells",
                        "xlsx",
                        template(format, sheet -> sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 1))),
                        "%s, row 2, column \u201c" + firstHeader
                                + "\u201d, value \u201cA2:B2\u201d: Merged cells (A2:B2)"
                                + " cannot be imported: unmerge them and fill in every cell."),
                new Bad(
                        "a formula",
                        "xlsx",
                        template(format, sheet -> sheet.getRow(1).getCell(1).setCellFormula("1+1")),
                        "%s, row 2, column \u201c" + secondHeader + "\u201d, value \u201c=1+1\u201d: Formulas are not"
                                + " calculated on import: paste the values instead of the formula."));
    }

    private void refusedExactly(ImportFormat format, Bad bad) throws IOException {
        Map<String, Long> before = rowCounts();
        String name = format.kind() + "." + bad.extension();
        Path file = folder.resolve(name);
        Files.write(file, bad.content());

        ImportRecord preview = imports.preview(format.kind(), file, name, "analyst");

        assertThat(imports.problems(preview.id()))
                .extracting(problem -> problem.message(Languages.messages(), Locale.ENGLISH))
                .first()
                .isEqualTo(bad.first().formatted(name));
        assertThatThrownBy(() -> imports.commit(preview.id(), false, "analyst")).isInstanceOf(ImportRefused.class);
        assertThat(rowCounts()).as("every table but the import records").isEqualTo(before);
    }

    private static List<String> headers(ImportFormat format) {
        return format.columns().stream()
                .map(column -> column.header(Language.ENGLISH))
                .toList();
    }

    /** The kind's English XLSX template, its example row changed. */
    private static byte[] template(ImportFormat format, Consumer<Sheet> change) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(
                        new ByteArrayInputStream(Templates.write(format, Language.ENGLISH, Templates.FileType.XLSX)));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(workbook.getSheetAt(0));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private Map<String, Long> rowCounts() {
        return TableCounts.of(dataSource, jdbc);
    }
}
