package nl.rendement.app.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.rendement.app.importing.Column;
import nl.rendement.app.importing.ColumnType;
import nl.rendement.app.importing.TableResult;
import nl.rendement.app.importing.TabularReader;
import nl.rendement.app.importing.formats.Templates.FileType;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateFormulaTest {

    private static final Column NOTE = Column.required("note", "notitie", ColumnType.TEXT);
    private static final Column CHANGE = Column.required("change", "verandering", ColumnType.DECIMAL);
    private static final ImportFormat HOSTILE = ImportFormat.of(
            "hostile",
            Bilingual.of("Hostile", "Vijandig"),
            Bilingual.of("Text that looks like a formula.", "Tekst die op een formule lijkt."),
            Identity.NONE,
            FormatColumn.text(NOTE, "A note.", "Een notitie.", "=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1:A2)"),
            FormatColumn.value(CHANGE, "A change.", "Een verandering.", new BigDecimal("-2.5")));

    @TempDir
    Path directory;

    @Test
    void prefixesCsvTextThatStartsLikeAFormulaWithAnApostropheButNotNegativeNumbers() {
        String english = csv(Language.ENGLISH);
        String dutch = csv(Language.DUTCH);

        assertThat(english).endsWith("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",-2.5\r\n");
        assertThat(dutch).endsWith("'@SUM(A1:A2);-2,5\r\n");
    }

    @Test
    void writesXlsxTextAsStringCellsNeverAsFormulas() throws IOException {
        byte[] bytes = Templates.write(HOSTILE, Language.ENGLISH, FileType.XLSX);
        Path file = directory.resolve("hostile.xlsx");
        Files.write(file, bytes);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getCellType())
                    .isEqualTo(CellType.STRING);
        }
        TableResult result = TabularReader.of(HOSTILE.schema()).read(file, "hostile.xlsx");
        assertThat(((TableResult.Rows) result).rows().get(0).text(NOTE)).contains("=HYPERLINK(\"http://x\",\"y\")");
    }

    @Test
    void defusesEveryCharacterASpreadsheetStartsAFormulaWith() {
        for (String risky : new String[] {"=1+1", "+1", "-1", "@A1", "\tx", "\rx"}) {
            assertThat(FormulaGuard.defused(risky)).isEqualTo("'" + risky);
        }
        assertThat(FormulaGuard.defused("Sales basics")).isEqualTo("Sales basics");
        assertThat(FormulaGuard.defused("")).isEmpty();
    }

    private static String csv(Language language) {
        byte[] bytes = Templates.write(HOSTILE, language, FileType.CSV);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
