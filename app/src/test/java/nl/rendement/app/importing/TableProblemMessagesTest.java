package nl.rendement.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;

class TableProblemMessagesTest {

    private static final Column NAME = Column.required("Name", "Naam", ColumnType.TEXT);
    private static final Column HOURS = Column.required("Hours", "Uren", ColumnType.DECIMAL);

    @TempDir
    Path folder;

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private List<TableProblem> problems(String content) throws IOException {
        Path file = Files.writeString(folder.resolve("upload.tmp"), content);
        TableResult result = TabularReader.of(TableSchema.of(NAME, HOURS)).read(file, "uren.csv");
        return ((TableResult.Problems) result).problems().shown();
    }

    @Test
    void saysWhereACellProblemIsInEnglishAndDutch() throws IOException {
        TableProblem problem =
                problems("Naam;Uren\nAda;1,5\nPiet;3.5\nKees;2,25\n").get(0);

        assertThat(problem.message(bundles(), Locale.ENGLISH))
                .isEqualTo("uren.csv, row 3, column “Uren”, value “3.5”: This column writes numbers in Dutch style"
                        + " (1.234,5), but this value is in English style.");
        assertThat(problem.message(bundles(), Locale.forLanguageTag("nl")))
                .isEqualTo("uren.csv, rij 3, kolom “Uren”, waarde “3.5”: Deze kolom schrijft getallen op zijn"
                        + " Nederlands (1.234,5), maar deze waarde staat op zijn Engels.");
    }

    @Test
    void namesAMissingColumnInTheReadersLanguage() throws IOException {
        TableProblem problem = problems("Naam;Afdeling\nAda;HR\n").get(0);

        assertThat(problem.message(bundles(), Locale.ENGLISH))
                .isEqualTo("uren.csv: The required column “Hours” is missing.");
        assertThat(problem.message(bundles(), Locale.forLanguageTag("nl")))
                .isEqualTo("uren.csv: De verplichte kolom “Uren” ontbreekt.");
    }

    @Test
    void writesLargeRowNumbersWithoutGrouping() throws IOException {
        StringBuilder content = new StringBuilder("Naam;Uren\n");
        content.append("Ada;1\n".repeat(1500)).append("Piet;\n");

        TableProblem problem = problems(content.toString()).get(0);

        assertThat(problem.message(bundles(), Locale.ENGLISH))
                .isEqualTo("uren.csv, row 1502, column “Uren”: This column needs a value in every row.");
    }
}
