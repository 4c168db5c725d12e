package nl.rendement.app.evaluation;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.rendement.engine.Evaluation;

/**
 * Reads an evaluation file (YAML, with the CSV or XLSX tables it names relative to itself) into
 * the engine's {@link Evaluation}, or into every problem it has, each naming file, line or row,
 * and field or column. The format is described in {@code docs/evaluation-file.md}.
 */
public final class EvaluationFileReader {

    private EvaluationFileReader() {}

    public static EvaluationFileResult read(Path file) {
        Context context = new Context(file);
        Optional<EvaluationFileResult.Read> read = context.compose()
                .flatMap(node -> YamlMap.of(context, node, ""))
                .flatMap(root -> new EvaluationYaml(context).read(root));
        List<EvaluationProblem> problems = context.problems();
        if (problems.isEmpty() && read.isPresent()) {
            return read.get();
        }
        return new EvaluationFileResult.Problems(problems);
    }
}
