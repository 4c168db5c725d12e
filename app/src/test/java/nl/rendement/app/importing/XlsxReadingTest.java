package nl.rendement.app.importing;

import static nl.rendement.app.importing.CsvReadingTest.problems;
import static nl.rendement.app.importing.CsvReadingTest.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReadingTest {

    static final Column NAME = Column.required("Name", "Naam", ColumnType.TEXT);
    static final Column HOURS = Column.required("Hours", "Uren", ColumnType.DECIMAL);
    static final Column START = Column.optional("Start", "Begindatum", ColumnType.DATE);
    static final Column SCORE = Column.optional("Score", "Score", ColumnType.PERCENTAGE);

    private static final TabularReader READER = TabularReader.of(TableSchema.of(NAME, HOURS, START, SCORE));

    @TempDir
    Path folder;

    private Path save(XSSFWorkbook workbook) throws IOException {
        Path file = folder.resolve("upload.tmp");
        try (workbook;
                OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        return file;
    }

    private static XSSFSheet sheet(XSSFWorkbook workbook, String name) {
        XSSFSheet sheet = workbook.createSheet(name);
        XSSFRow header = sheet.createRow(0);
        header.createCell(0).setCellValue("Naam");
        header.createCell(1).setCellValue("Uren");
        header.createCell(2).setCellValue("Begindatum");
        header.createCell(3).setCellValue("Score");
        return sheet;
    }

    @Test
    void readsTheFirstSheetWithNumbersDatesAndPercentagesAsTheCellsHoldThem() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = sheet(workbook, "Deelnemers");
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd-mm-yyyy"));
        CellStyle percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
        XSSFRow row = sheet.createRow(1);
        row.createCell(0).setCellValue("Zoë");
        row.createCell(1).setCellValue(1234.5);
        row.createCell(2).setCellValue(LocalDate.of(2025, 4, 3));
        row.getCell(2).setCellStyle(date);
        row.createCell(3).setCellValue(0.25);
        row.getCell(3).setCellStyle(percent);
        sheet(workbook, "Other");

        List<Row> rows = rows(READER.read(save(workbook), "deelnemers.xlsx"));

        assertThat(rows).singleElement().satisfies(read -> {
            assertThat(read.number()).isEqualTo(2);
            assertThat(read.text(NAME)).contains("Zoë");
            assertThat(read.decimal(HOURS)).contains(new BigDecimal("1234.5"));
            assertThat(read.date(START)).contains(LocalDate.of(2025, 4, 3));
            assertThat(read.decimal(SCORE))
                    .hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo("25"));
        });
    }

    @Test
    void readsANamedSheet() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(workbook, "Eerste");
        XSSFRow row = sheet(workbook, "Tweede").createRow(1);
        row.createCell(0).setCellValue("Ada");
        row.createCell(1).setCellValue("2,5");

        List<Row> rows = rows(READER.sheet("tweede").read(save(workbook), "data.xlsx"));

        assertThat(rows)
                .singleElement()
                .satisfies(read -> assertThat(read.decimal(HOURS)).contains(new BigDecimal("2.5")));
    }

    @Test
    void tellsNothingOfTheFilesBytesWhileReadingAWorkbook() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFRow row = sheet(workbook, "Deelnemers").createRow(1);
        row.createCell(0).setCellValue("Ada");
        row.createCell(1).setCellValue(2.5);
        List<ImportProgress.Phase> told = new ArrayList<>();
        int[] counted = {-1};

        TableProblems problems = READER.readEach(
                save(workbook),
                "deelnemers.xlsx",
                (phase, done, total) -> told.add(phase),
                found -> counted[0] = found,
                read -> {});

        assertThat(problems.isEmpty()).isTrue();
        assertThat(counted[0]).isEqualTo(1);
        assertThat(told).as("POI does not say how much of the file it has read").isEmpty();
    }

    @Test
    void namesAMissingSheetAndTheSheetsThereAre() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        sheet(workbook, "Eerste");
        sheet(workbook, "Tweede");

        List<TableProblem> problems = problems(READER.sheet("Kosten").read(save(workbook), "data.xlsx"));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).isEqualTo("importing.problem.missingSheet");
            assertThat(problem.arguments()).containsExactly("Kosten", "Eerste, Tweede");
        });
    }

    @Test
    void refusesMergedCellsAndFormulasAtTheirCells() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = sheet(workbook, "Data");
        XSSFRow first = sheet.createRow(1);
        first.createCell(0).setCellValue("Ada");
        first.createCell(1).setCellFormula("1+1");
        XSSFRow second = sheet.createRow(2);
        second.createCell(0).setCellValue("Piet");
        second.createCell(1).setCellValue(3);
        sheet.createRow(3).createCell(1).setCellValue(4);
        sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));

        List<TableProblem> problems = problems(READER.read(save(workbook), "data.xlsx"));

        assertThat(problems)
                .extracting(TableProblem::row, TableProblem::column, TableProblem::reason)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3, "Naam", "importing.problem.mergedCells"),
                        org.assertj.core.groups.Tuple.tuple(2, "Uren", "importing.problem.formula"),
                        org.assertj.core.groups.Tuple.tuple(4, "Naam", "importing.problem.required"));
        assertThat(problems)
                .filteredOn(problem -> problem.reason().endsWith("formula"))
                .singleElement()
                .extracting(TableProblem::value)
                .isEqualTo("=1+1");
    }

    @Test
    void refusesAFileThatIsNotAWorkbook() throws IOException {
        Path file = Files.write(folder.resolve("broken.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 0});

        assertThat(problems(READER.read(file, "broken.xlsx")))
                .singleElement()
                .extracting(TableProblem::reason)
                .isEqualTo("importing.problem.notXlsx");
    }
}
