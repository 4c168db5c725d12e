package nl.rendement.app.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.rendement.app.importing.TableProblem;
import org.springframework.context.MessageSource;

/**
 * One thing wrong with an evaluation file or a table it names, located as the person sees it.
 *
 * @param file the file as the evaluation file names it (the YAML file by its own name)
 * @param place whether {@code position} is a line of the YAML file, a row of a table, or neither
 * @param position the 1-based line or row; 0 for the file as a whole
 * @param field the YAML field path ({@code measures[0].conversion.value}) or the table's column;
 *     empty when the problem is about a whole line, row or file
 * @param value the offending text as written; empty when there is none
 * @param reason a message key in {@code messages_*.properties}
 * @param arguments the reason's arguments
 */
public record EvaluationProblem(
        String file, Place place, int position, String field, String value, String reason, List<Object> arguments) {

    /** Where a problem's position points. */
    public enum Place {
        LINE,
        ROW,
        FILE
    }

    public EvaluationProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
        arguments = List.copyOf(arguments);
    }

    static EvaluationProblem atLine(String file, int line, String field, String reason, List<Object> arguments) {
        return new EvaluationProblem(file, Place.LINE, line, field, "", reason, arguments);
    }

    static EvaluationProblem inTable(TableProblem problem) {
        Place place = problem.row() == 0 ? Place.FILE : Place.ROW;
        return new EvaluationProblem(
                problem.file(),
                place,
                problem.row(),
                problem.column(),
                problem.value(),
                problem.reason(),
                problem.arguments());
    }

    /** The whole problem in the reader's language: where it is and why. */
    public String message(MessageSource messages, Locale locale) {
        if (place != Place.LINE) {
            return new TableProblem(file, position, field, value, reason, arguments).message(messages, locale);
        }
        String why = messages.getMessage(reason, arguments.toArray(), locale);
        String line = String.valueOf(position);
        if (field.isEmpty()) {
            return messages.getMessage("evaluation.problem.atLineOnly", new Object[] {file, line, why}, locale);
        }
        return messages.getMessage("evaluation.problem.atLine", new Object[] {file, line, field, why}, locale);
    }
}
