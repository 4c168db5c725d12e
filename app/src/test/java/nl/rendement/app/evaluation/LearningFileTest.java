package nl.rendement.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.rendement.engine.EvaluationResult;
import nl.rendement.engine.Evaluator;
import nl.rendement.engine.levels.learning.LearningTestResult;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.uncertainty.MonteCarlo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code levels.learning} as a list of named tests or as one mapping (examples/learning-two-tests):
 * each test of a list is read and evaluated exactly as the same table is alone.
 */
class LearningFileTest {

    private static final Path EXAMPLE = Path.of("../examples/learning-two-tests");
    private static final String FEEDBACK = "    file: feedback.csv\n    maximum: 20\n    passMark: 14\n";
    private static final String COACHING = "    file: coaching.csv\n    maximum: 20\n    passMark: 14\n";

    private final Evaluator evaluator = new Evaluator(MonteCarlo.withDefaults().withIterations(200));

    @TempDir
    Path folder;

    @BeforeEach
    void copyTheExample() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLE)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void readsEveryTestOfAListInItsOrderAsEachIsReadAlone() throws IOException {
        List<LearningTestResult> both = evaluate(Files.readString(EXAMPLE.resolve("evaluation.yaml")))
                .levels()
                .learning();
        LearningTestResult feedback = only(withLearning("    name: Feedback geven\n" + FEEDBACK));
        LearningTestResult coaching = only(withLearning("    name: Coachend leidinggeven\n" + COACHING));

        assertThat(both)
                .extracting(LearningTestResult::name)
                .containsExactly("Feedback geven", "Coachend leidinggeven");
        assertThat(both).containsExactly(feedback, coaching);
        assertThat(both.get(0).result()).isNotEqualTo(both.get(1).result());
    }

    @Test
    void namesASingleTestByItsFileUnlessTheFileNamesIt() throws IOException {
        LearningTestResult unnamed = only(withLearning(FEEDBACK));
        LearningTestResult named = only(withLearning("    name: Feedback geven\n" + FEEDBACK));

        assertThat(unnamed.name()).isEqualTo("feedback.csv");
        assertThat(named.name()).isEqualTo("Feedback geven");
        assertThat(unnamed.result()).isEqualTo(named.result());
    }

    @Test
    void notesLevelTwoMissingOnlyWithoutAnyTest() throws IOException {
        EvaluationResult two = evaluate(Files.readString(EXAMPLE.resolve("evaluation.yaml")));
        EvaluationResult none = evaluate(yamlBeforeLearning() + "  learning: []\n");

        assertThat(none.levels().learning()).isEmpty();
        assertThat(missingLevels(none)).containsExactly(1, 2, 3);
        assertThat(missingLevels(two)).containsExactly(1, 3);
    }

    private LearningTestResult only(EvaluationResult result) {
        assertThat(result.levels().learning()).hasSize(1);
        return result.levels().learning().get(0);
    }

    private EvaluationResult withLearning(String mapping) throws IOException {
        return evaluate(yamlBeforeLearning() + "  learning:\n" + mapping);
    }

    private static String yamlBeforeLearning() throws IOException {
        String yaml = Files.readString(EXAMPLE.resolve("evaluation.yaml"));
        return yaml.substring(0, yaml.indexOf("  learning:"));
    }

    private EvaluationResult evaluate(String yaml) throws IOException {
        Path file = folder.resolve("evaluation.yaml");
        Files.writeString(file, yaml);
        EvaluationFileResult read = EvaluationFileReader.read(file);
        assertThat(read).as("read without problems: %s", read).isInstanceOf(EvaluationFileResult.Read.class);
        return evaluator.evaluate(((EvaluationFileResult.Read) read).evaluation());
    }

    private static List<Object> missingLevels(EvaluationResult result) {
        Reason note = result.notes().stream()
                .filter(reason -> reason.code().equals("evaluation.lowerLevelMissing"))
                .findFirst()
                .orElseThrow();
        return List.copyOf((List<?>) note.step().fact("levels").orElseThrow());
    }
}
