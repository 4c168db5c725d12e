package nl.rendement.app.evaluation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.rendement.app.importing.Column;
import nl.rendement.app.importing.Conventions;
import nl.rendement.app.importing.Row;
import nl.rendement.app.importing.TableProblem;
import nl.rendement.app.importing.TableResult;
import nl.rendement.app.importing.TableSchema;
import nl.rendement.app.importing.TabularReader;
import nl.rendement.engine.money.ExchangeRates;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The reading of one evaluation file: where it lies, every problem found so far, and the
 * currencies it uses (checked against the exchange rates once all are read).
 */
final class Context {

    private final Path file;
    private final String fileName;
    private final List<EvaluationProblem> problems = new ArrayList<>();
    private final List<CurrencyUse> currencyUses = new ArrayList<>();

    private record CurrencyUse(Currency currency, String file, int position, String field, boolean inTable) {}

    Context(Path file) {
        this.file = file;
        this.fileName = file.getFileName().toString();
    }

    Optional<Node> compose() {
        if (!Files.isRegularFile(file)) {
            problems.add(new EvaluationProblem(
                    fileName, EvaluationProblem.Place.FILE, 0, "", "", "evaluation.problem.noFile", List.of(fileName)));
            return Optional.empty();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(new LoaderOptions()).compose(reader);
            if (root == null) {
                problems.add(EvaluationProblem.atLine(fileName, 1, "", "evaluation.problem.empty", List.of()));
            }
            return Optional.ofNullable(root);
        } catch (MarkedYAMLException syntax) {
            Mark mark = syntax.getProblemMark() != null ? syntax.getProblemMark() : syntax.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            String problem = syntax.getProblem() == null ? "" : syntax.getProblem();
            problems.add(EvaluationProblem.atLine(fileName, line, "", "evaluation.problem.syntax", List.of(problem)));
        } catch (IOException | YAMLException unreadable) {
            String reason = unreadable instanceof CharacterCodingException
                            || unreadable.getCause() instanceof CharacterCodingException
                    ? "evaluation.problem.notUtf8"
                    : "evaluation.problem.unreadable";
            problems.add(new EvaluationProblem(fileName, EvaluationProblem.Place.FILE, 0, "", "", reason, List.of()));
        }
        return Optional.empty();
    }

    void at(Node node, String field, String reason, Object... arguments) {
        int line = node.getStartMark().getLine() + 1;
        problems.add(EvaluationProblem.atLine(fileName, line, field, reason, List.of(arguments)));
    }

    void inRow(String table, Row row, Column column, Object value, String reason, Object... arguments) {
        problems.add(EvaluationProblem.inTable(new TableProblem(
                table, row.number(), row.header(column), String.valueOf(value), reason, List.of(arguments))));
    }

    int mark() {
        return problems.size();
    }

    boolean cleanSince(int mark) {
        return problems.size() == mark;
    }

    List<EvaluationProblem> problems() {
        return List.copyOf(problems);
    }

    /** Builds an engine value; the engine's refusal becomes a problem at this field, never an exception. */
    <T> Optional<T> engine(Node node, String field, Supplier<T> build) {
        try {
            return Optional.of(build.get());
        } catch (IllegalArgumentException refused) {
            at(node, field, "evaluation.problem.rejected", String.valueOf(refused.getMessage()));
            return Optional.empty();
        }
    }

    /** As {@link #engine(Node, String, Supplier)}, for a value built from one row of a table. */
    <T> Optional<T> engine(String table, Row row, Supplier<T> build) {
        try {
            return Optional.of(build.get());
        } catch (IllegalArgumentException refused) {
            problems.add(EvaluationProblem.inTable(new TableProblem(
                    table,
                    row.number(),
                    "",
                    "",
                    "evaluation.problem.rejected",
                    List.of(String.valueOf(refused.getMessage())))));
            return Optional.empty();
        }
    }

    /** The rows of the table a field names, relative to the evaluation file; its problems otherwise. */
    Optional<List<Row>> table(
            Node node,
            String field,
            String relative,
            TableSchema schema,
            Optional<String> sheet,
            Conventions conventions) {
        Path table = file.toAbsolutePath().getParent().resolve(relative).normalize();
        if (!Files.isRegularFile(table)) {
            at(node, field, "evaluation.problem.noFile", relative);
            return Optional.empty();
        }
        TabularReader reader = TabularReader.of(schema).with(conventions);
        TableResult result = sheet.map(reader::sheet).orElse(reader).read(table, relative);
        if (result instanceof TableResult.Problems found) {
            found.problems().shown().forEach(problem -> problems.add(EvaluationProblem.inTable(problem)));
            if (found.problems().omitted() > 0) {
                problems.add(new EvaluationProblem(
                        relative,
                        EvaluationProblem.Place.FILE,
                        0,
                        "",
                        "",
                        "evaluation.problem.moreProblems",
                        List.of(found.problems().omitted())));
            }
            return Optional.empty();
        }
        return Optional.of(((TableResult.Rows) result).rows());
    }

    void uses(Currency currency, Node node, String field) {
        currencyUses.add(new CurrencyUse(currency, fileName, node.getStartMark().getLine() + 1, field, false));
    }

    void uses(Currency currency, String table, Row row, Column column) {
        currencyUses.add(new CurrencyUse(currency, table, row.number(), row.header(column), true));
    }

    /** Every currency other than the reporting one needs a rate to it, or from it. */
    void checkRates(Currency reporting, ExchangeRates rates) {
        for (CurrencyUse use : currencyUses) {
            boolean convertible = use.currency().equals(reporting)
                    || rates.rates().stream()
                            .anyMatch(rate -> rate.from().equals(use.currency())
                                            && rate.to().equals(reporting)
                                    || rate.from().equals(reporting)
                                            && rate.to().equals(use.currency()));
            if (!convertible) {
                List<Object> arguments = List.of(use.currency().getCurrencyCode(), reporting.getCurrencyCode());
                problems.add(
                        use.inTable()
                                ? EvaluationProblem.inTable(new TableProblem(
                                        use.file(),
                                        use.position(),
                                        use.field(),
                                        use.currency().getCurrencyCode(),
                                        "evaluation.problem.noRate",
                                        arguments))
                                : EvaluationProblem.atLine(
                                        use.file(),
                                        use.position(),
                                        use.field(),
                                        "evaluation.problem.noRate",
                                        arguments));
            }
        }
    }
}
