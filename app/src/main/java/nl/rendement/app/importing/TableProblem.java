package nl.rendement.app.importing;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;

/**
 * One thing wrong with a file, located as the person sees it in their spreadsheet.
 *
 * @param file the file's name as the person uploaded it
 * @param row the row, 1-based as a spreadsheet numbers it (the header is row 1); 0 when the
 *     problem is about the file as a whole
 * @param column the header as written in the file, or the cell reference beyond the header; empty
 *     when the problem is about a whole row or the file
 * @param value the cell's text as read; empty when there is none
 * @param reason a message key in {@code messages_*.properties} ({@code importing.problem.*})
 * @param arguments the reason's arguments
 */
public record TableProblem(String file, int row, String column, String value, String reason, List<Object> arguments) {

    public TableProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
        arguments = List.copyOf(arguments);
        if (row < 0) {
            throw new IllegalArgumentException("rows count from 1");
        }
    }

    /** The whole problem in the reader's language: where it is, what the value is, and why. */
    public String message(MessageSource messages, Locale locale) {
        String why = messages.getMessage(reason, arguments.toArray(), locale);
        if (row == 0) {
            return messages.getMessage("importing.problem.inFile", new Object[] {file, why}, locale);
        }
        if (column.isEmpty()) {
            return messages.getMessage(
                    "importing.problem.inRow", new Object[] {file, String.valueOf(row), why}, locale);
        }
        String where = value.isEmpty() ? "importing.problem.inEmptyCell" : "importing.problem.inCell";
        return messages.getMessage(where, new Object[] {file, String.valueOf(row), column, value, why}, locale);
    }
}
