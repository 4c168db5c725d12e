package nl.rendement.app.evaluation;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.rendement.app.system.Languages;
import nl.rendement.engine.Evaluator;
import org.springframework.context.MessageSource;

/**
 * {@code rendement.jar evaluate FILE [--lang en|nl] [--json]}: reads an evaluation file, evaluates it
 * and prints a summary, or with {@code --json} the full result as JSON (then the language only
 * applies to problems), without a Spring context, web server or database. Returns an exit code: 0 when
 * evaluated, 2 when the file has problems (each printed to the error stream), 64 for bad arguments.
 */
public final class EvaluateCommand {

    /** The first argument that selects this command. */
    public static final String NAME = "evaluate";

    public static final int OK = 0;
    public static final int INVALID_FILE = 2;
    public static final int USAGE = 64;

    private EvaluateCommand() {}

    /** Whether the command line asks for this command. */
    public static boolean isRequested(String[] args) {
        return args.length > 0 && NAME.equals(args[0]);
    }

    /** Runs on the arguments after {@code evaluate}, printing to {@code out} and {@code err}. */
    public static int run(List<String> arguments, PrintStream out, PrintStream err) {
        MessageSource messages = Languages.messages();
        Optional<Arguments> parsed = Arguments.parse(arguments);
        if (parsed.isEmpty()) {
            Locale locale = Arguments.languageIn(arguments).orElse(Locale.ENGLISH);
            err.println(messages.getMessage("evaluate.usage", null, locale));
            return USAGE;
        }
        Arguments given = parsed.get();
        Locale locale = given.locale();
        Path file = given.file();
        if (!Files.isRegularFile(file)) {
            err.println(messages.getMessage("evaluate.noSuchFile", new Object[] {file.toString()}, locale));
            return INVALID_FILE;
        }
        FileEvaluation.Outcome outcome = FileEvaluation.of(file, new Evaluator()::evaluate);
        if (outcome instanceof FileEvaluation.Refused refused) {
            refused.problems().forEach(problem -> err.println(problem.message(messages, locale)));
            return INVALID_FILE;
        }
        FileEvaluation.Evaluated evaluated = (FileEvaluation.Evaluated) outcome;
        if (given.json()) {
            out.println(evaluated.json());
            out.flush();
        } else {
            new EvaluationSummary(messages, locale, out)
                    .print(evaluated.evaluation(), evaluated.result(), evaluated.forecast());
        }
        return OK;
    }

    /** The command's arguments: one file, an optional language, and whether to print JSON. */
    record Arguments(Path file, Locale locale, boolean json) {

        private static final Locale DUTCH = Locale.forLanguageTag("nl");

        static Optional<Arguments> parse(List<String> arguments) {
            Path file = null;
            Locale locale = Locale.ENGLISH;
            boolean json = false;
            for (int i = 0; i < arguments.size(); i++) {
                String argument = arguments.get(i);
                String language = null;
                if (argument.equals("--lang")) {
                    if (i + 1 >= arguments.size()) {
                        return Optional.empty();
                    }
                    language = arguments.get(++i);
                } else if (argument.startsWith("--lang=")) {
                    language = argument.substring("--lang=".length());
                } else if (argument.equals("--json")) {
                    json = true;
                } else if (argument.startsWith("-") || file != null) {
                    return Optional.empty();
                } else {
                    file = Path.of(argument);
                }
                if (language != null) {
                    Optional<Locale> chosen = language(language);
                    if (chosen.isEmpty()) {
                        return Optional.empty();
                    }
                    locale = chosen.get();
                }
            }
            return file == null ? Optional.empty() : Optional.of(new Arguments(file, locale, json));
        }

        /** The language asked for, if a valid one is, for the usage line. */
        static Optional<Locale> languageIn(List<String> arguments) {
            for (int i = 0; i < arguments.size(); i++) {
                if (arguments.get(i).equals("--lang") && i + 1 < arguments.size()) {
                    return language(arguments.get(i + 1));
                }
                if (arguments.get(i).startsWith("--lang=")) {
                    return language(arguments.get(i).substring("--lang=".length()));
                }
            }
            return Optional.empty();
        }

        private static Optional<Locale> language(String tag) {
            return switch (tag) {
                case "en" -> Optional.of(Locale.ENGLISH);
                case "nl" -> Optional.of(DUTCH);
                default -> Optional.empty();
            };
        }
    }
}
