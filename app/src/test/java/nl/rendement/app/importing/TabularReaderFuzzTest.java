package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import nl.rendement.app.system.Languages;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.MessageSource;

/**
 * The tabular reader reports every problem of a file and never throws, whatever the bytes. Each
 * target here replays its seeds (and every input that ever crashed it) in the normal test run from
 * {@code TabularReaderFuzzTestInputs/<method>/}; with {@code JAZZER_FUZZ=1} one of them fuzzes, as
 * {@code docs/fuzzing.md} describes.
 */
class TabularReaderFuzzTest {

    static final Column NAME = Column.required("Name", "Naam", ColumnType.TEXT);
    static final Column HOURS = Column.required("Hours", "Uren", ColumnType.DECIMAL);
    static final Column COUNT = Column.optional("Count", "Aantal", ColumnType.INTEGER);
    static final Column START = Column.optional("Start", "Begindatum", ColumnType.DATE);
    static final Column SCORE = Column.optional("Score", "Score", ColumnType.PERCENTAGE);
    static final Column DONE = Column.optional("Done", "Afgerond", ColumnType.BOOLEAN);
    static final TableSchema SCHEMA = TableSchema.of(NAME, HOURS, COUNT, START, SCORE, DONE);

    private static final List<TabularReader> READERS = List.of(
            TabularReader.of(SCHEMA),
            TabularReader.of(SCHEMA).with(Conventions.dutch()),
            TabularReader.of(SCHEMA).with(Conventions.none().withNumbers(Conventions.NumberStyle.ENGLISH)));
    private static final MessageSource MESSAGES = Languages.messages();
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final byte[] WORKBOOK = workbook();

    @TempDir
    static Path folder;

    /** Any bytes as an uploaded file: CSV, or XLSX when they start as a ZIP does. */
    @FuzzTest(maxDuration = "11m")
    void csvFile(byte[] content) throws IOException {
        readEveryWay(write(content));
    }

    /** Any bytes as an uploaded workbook, also when a sheet is asked for by name. */
    @FuzzTest(maxDuration = "11m")
    void xlsxFile(byte[] content) throws IOException {
        Path file = write(content);
        readEveryWay(file);
        check(TabularReader.of(SCHEMA).sheet("Deelnemers").read(file, "upload.xlsx"));
    }

    /** A sound workbook package whose first sheet is any XML: reaches the cell reading itself. */
    @FuzzTest(maxDuration = "11m")
    void xlsxSheet(byte[] sheetXml) throws IOException {
        readEveryWay(write(withSheet(sheetXml)));
    }

    private static Path write(byte[] content) throws IOException {
        Path file = folder.resolve("upload.tmp");
        Files.write(file, content);
        return file;
    }

    private static void readEveryWay(Path file) {
        for (TabularReader reader : READERS) {
            check(reader.read(file, "upload.csv"));
        }
    }

    /** Rows carry every required column; problems read in both languages. */
    private static void check(TableResult result) {
        if (result instanceof TableResult.Rows rows) {
            rows.rows().forEach(row -> assertThat(row.values()).containsKeys(NAME, HOURS));
        } else {
            for (TableProblem problem :
                    ((TableResult.Problems) result).problems().shown()) {
                assertThat(problem.message(MESSAGES, Locale.ENGLISH)).isNotBlank();
                assertThat(problem.message(MESSAGES, Locale.forLanguageTag("nl")))
                        .isNotBlank();
            }
        }
    }

    /** A workbook made by POI, with its first sheet's XML replaced; every other part as POI wrote it. */
    private static byte[] withSheet(byte[] sheetXml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(WORKBOOK));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals(SHEET) ? sheetXml : in.readAllBytes());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Headers and one row of each kind of cell, so the shared strings and styles have entries to point at. */
    static byte[] workbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            XSSFRow header = workbook.createSheet("Deelnemers").createRow(0);
            List<String> headers = Arrays.asList("Naam", "Uren", "Aantal", "Begindatum", "Score", "Afgerond");
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            XSSFRow row = workbook.getSheet("Deelnemers").createRow(1);
            row.createCell(0).setCellValue("Zoë");
            row.createCell(1).setCellValue(1234.5);
            row.createCell(2).setCellValue(3);
            row.createCell(3).setCellValue(LocalDate.of(2025, 4, 3));
            var date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
            row.getCell(3).setCellStyle(date);
            row.createCell(4).setCellValue(0.25);
            var percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            row.getCell(4).setCellStyle(percent);
            row.createCell(5).setCellValue(true);
            workbook.createSheet("Other");
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
