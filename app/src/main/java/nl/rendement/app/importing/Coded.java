package nl.rendement.app.importing;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.rendement.app.importing.formats.Choice;

/** A coded column's cell read as one of its choices, and the words to list when it is none. */
final class Coded {

    private Coded() {}

    /** The code of the choice the cell means. */
    static Optional<String> code(List<Choice> choices, String written) {
        return choices.stream()
                .filter(choice -> choice.matches(written))
                .findFirst()
                .map(Choice::code);
    }

    /** The choices' English words, for a problem to list: {@code one-time, yearly}. */
    static String english(List<Choice> choices) {
        return choices.stream().map(choice -> choice.words().english()).collect(Collectors.joining(", "));
    }

    /** The choices' Dutch words: {@code eenmalig, jaarlijks}. */
    static String dutch(List<Choice> choices) {
        return choices.stream().map(choice -> choice.words().dutch()).collect(Collectors.joining(", "));
    }

    /**
     * The cell's choice, or (reported as {@code reason} with the cell and both lists of allowed
     * words as arguments) none.
     */
    static Optional<String> read(ImportPlan plan, Row row, Column column, List<Choice> choices, String reason) {
        Optional<String> written = row.text(column);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> code = code(choices, written.get());
        if (code.isEmpty()) {
            plan.problem(
                    row,
                    column,
                    written.get(),
                    Optional.empty(),
                    reason,
                    written.get(),
                    english(choices),
                    dutch(choices));
        }
        return code;
    }
}
