package nl.rendement.app.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.rendement.app.importing.Column;
import nl.rendement.app.importing.ColumnType;
import nl.rendement.app.importing.Row;
import nl.rendement.app.importing.TableResult;
import nl.rendement.app.importing.TabularReader;
import nl.rendement.app.importing.formats.Templates.FileType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The export writers on a format with every column type, hostile text and negative numbers: what
 * they write reads back through the tabular reader as the same values, without any declaration,
 * and no cell is ever a formula.
 */
class ExportWriterTest {

    private static final Column NOTE = Column.required("note", "notitie", ColumnType.TEXT);
    private static final Column CATEGORY = Column.optional("category", "categorie", ColumnType.TEXT);
    private static final Column CHANGE = Column.optional("change", "verandering", ColumnType.DECIMAL);
    private static final Column COUNT = Column.optional("count", "aantal", ColumnType.INTEGER);
    private static final Column SHARE = Column.optional("share", "aandeel", ColumnType.PERCENTAGE);
    private static final Column DAY = Column.optional("day", "dag", ColumnType.DATE);
    private static final Column DONE = Column.optional("done", "klaar", ColumnType.BOOLEAN);
    private static final List<Choice> CATEGORIES = List.of(
            Choice.of("end_of_contract", "end of contract", "einde contract"), Choice.of("other", "other", "anders"));
    private static final ImportFormat FORMAT = ImportFormat.of(
            "every-type",
            Bilingual.of("Every type", "Elk type"),
            Bilingual.of("A column of each type.", "Een kolom van elk type."),
            Identity.NONE,
            FormatColumn.text(NOTE, "A note.", "Een notitie.", "x", "x"),
            FormatColumn.coded(CATEGORY, "A category.", "Een categorie.", CATEGORIES, "other"),
            FormatColumn.value(CHANGE, "A change.", "Een verandering.", BigDecimal.ONE),
            FormatColumn.value(COUNT, "A count.", "Een aantal.", 1L),
            FormatColumn.value(SHARE, "A share.", "Een aandeel.", BigDecimal.TEN),
            FormatColumn.value(DAY, "A day.", "Een dag.", LocalDate.of(2025, 1, 1)),
            FormatColumn.value(DONE, "Done.", "Klaar.", true));

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)", "+1", "-2+3");

    @TempDir
    Path directory;

    @Test
    void writesCsvWithAByteOrderMarkTheLanguagesSeparatorAndApostrophesBeforeFormulas() {
        String english = new String(write(Language.ENGLISH, FileType.CSV), StandardCharsets.UTF_8);
        String dutch = new String(write(Language.DUTCH, FileType.CSV), StandardCharsets.UTF_8);

        assertThat(english)
                .startsWith("\uFEFFnote,category,change,count,share,day,done\r\n")
                .contains(
                        "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",end of contract,-1234.5,-3,12.5%,2025-03-01,yes\r\n")
                .contains("'@SUM(1),,,,,,\r\n")
                .contains("'+1,")
                .contains("'-2+3,");
        assertThat(dutch)
                .startsWith("\uFEFFnotitie;categorie;verandering;aantal;aandeel;dag;klaar\r\n")
                .contains("einde contract;-1234,5;-3;12,5%;2025-03-01;ja\r\n");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void readsBackAsTheSameValuesFromEitherFileTypeWithoutDeclaringAnything(Language language) throws IOException {
        for (FileType type : FileType.values()) {
            Path file = directory.resolve(language.code() + "." + type.extension());
            Files.write(file, write(language, type));

            TableResult read = TabularReader.of(FORMAT.schema())
                    .read(file, file.getFileName().toString());

            assertThat(read).as(type.name()).isInstanceOf(TableResult.Rows.class);
            List<Row> rows = ((TableResult.Rows) read).rows();
            assertThat(rows).extracting(row -> row.text(NOTE).orElseThrow()).containsExactlyElementsOf(HOSTILE);
            Row first = rows.get(0);
            assertThat(first.text(CATEGORY)).contains(CATEGORIES.get(0).words().in(language));
            assertThat(first.decimal(CHANGE))
                    .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("-1234.5"));
            assertThat(first.integer(COUNT)).contains(-3L);
            assertThat(first.decimal(SHARE))
                    .hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("12.5"));
            assertThat(first.date(DAY)).contains(LocalDate.of(2025, 3, 1));
            assertThat(first.bool(DONE)).contains(true);
            assertThat(rows.get(1).decimal(CHANGE)).isEmpty();
        }
    }

    @Test
    void writesXlsxCellsTypedAndTextThatLooksLikeAFormulaAsQuotedText() throws IOException {
        try (InputStream in = new ByteArrayInputStream(write(Language.DUTCH, FileType.XLSX));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Elk type");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("notitie");
            List<Cell> cells = new ArrayList<>();
            sheet.forEach(row -> row.forEach(cells::add));
            assertThat(cells).noneMatch(cell -> cell.getCellType() == CellType.FORMULA);

            org.apache.poi.ss.usermodel.Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo(HOSTILE.get(0));
            assertThat(first.getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("einde contract");
            assertThat(first.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(-1234.5);
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(-3.0);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(0.125);
            assertThat(first.getCell(4).getCellStyle().getDataFormatString()).endsWith("%");
            assertThat(DateUtil.isCellDateFormatted(first.getCell(5))).isTrue();
            assertThat(first.getCell(5).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 3, 1));
            assertThat(first.getCell(6).getBooleanCellValue()).isTrue();
            assertThat(sheet.getRow(2).getCell(2)).isNull();
        }
    }

    private static byte[] write(Language language, FileType type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ExportWriter writer = ExportWriter.open(FORMAT, language, type, out)) {
            writer.row(ExportRow.empty()
                    .with(NOTE, HOSTILE.get(0))
                    .with(CATEGORY, "end_of_contract")
                    .with(CHANGE, new BigDecimal("-1234.500000"))
                    .with(COUNT, -3)
                    .with(SHARE, new BigDecimal("12.50"))
                    .with(DAY, LocalDate.of(2025, 3, 1))
                    .with(DONE, true));
            HOSTILE.subList(1, HOSTILE.size())
                    .forEach(note -> writer.row(ExportRow.empty().with(NOTE, note)));
            writer.finish();
        }
        return out.toByteArray();
    }
}
