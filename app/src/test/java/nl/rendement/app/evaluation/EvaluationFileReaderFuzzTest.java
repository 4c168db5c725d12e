package nl.rendement.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.rendement.app.system.Languages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.MessageSource;

/**
 * The evaluation-file reader reports every problem of a file and its tables and never throws,
 * whatever they hold. The seeds and every input that ever crashed it replay in the normal test run
 * from {@code EvaluationFileReaderFuzzTestInputs/<method>/}; {@code docs/fuzzing.md} says how to
 * fuzz.
 */
class EvaluationFileReaderFuzzTest {

    /** The complete example: every kind of table an evaluation file names. */
    private static final Path EXAMPLE = Path.of("..", "examples", "complete-case");

    /** The tables {@link #evaluationTables} replaces, in the order its input gives them. */
    private static final List<String> TABLES = List.of(
            "participants.csv",
            "deals-participants.csv",
            "deals-managers.csv",
            "absence-groups.csv",
            "costs.csv",
            "participant-time.csv");

    private static final MessageSource MESSAGES = Languages.messages();

    @TempDir
    static Path folder;

    @BeforeAll
    static void copyTheExample() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLE)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
    }

    /** Any bytes as the evaluation file, beside the complete example's valid tables. */
    @FuzzTest(maxDuration = "11m")
    void evaluationYaml(byte[] yaml) throws IOException {
        Path file = folder.resolve("fuzzed.yaml");
        Files.write(file, yaml);
        check(EvaluationFileReader.read(file));
    }

    /**
     * The complete example's evaluation file over fuzzed tables: the input holds them in the order
     * of {@link #TABLES}, separated by NUL bytes; a table the input does not reach stays valid.
     */
    @FuzzTest(maxDuration = "11m")
    void evaluationTables(byte[] tables) throws IOException {
        Path fuzzed = Files.createDirectories(folder.resolve("tables"));
        List<byte[]> parts = split(tables);
        for (int i = 0; i < TABLES.size(); i++) {
            Path table = fuzzed.resolve(TABLES.get(i));
            if (i < parts.size()) {
                Files.write(table, parts.get(i));
            } else {
                Files.copy(EXAMPLE.resolve(TABLES.get(i)), table, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path file = fuzzed.resolve("evaluation.yaml");
        Files.copy(EXAMPLE.resolve("evaluation.yaml"), file, StandardCopyOption.REPLACE_EXISTING);
        check(EvaluationFileReader.read(file));
    }

    private static List<byte[]> split(byte[] input) {
        List<byte[]> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= input.length; i++) {
            if (i == input.length || input[i] == 0) {
                parts.add(Arrays.copyOfRange(input, start, i));
                start = i + 1;
            }
        }
        return parts;
    }

    /** Problems read in both languages. */
    private static void check(EvaluationFileResult result) {
        if (result instanceof EvaluationFileResult.Problems found) {
            for (EvaluationProblem problem : found.problems()) {
                assertThat(problem.message(MESSAGES, Locale.ENGLISH)).isNotBlank();
                assertThat(problem.message(MESSAGES, Locale.forLanguageTag("nl")))
                        .isNotBlank();
            }
        } else {
            assertThat(((EvaluationFileResult.Read) result).evaluation()).isNotNull();
        }
    }
}
