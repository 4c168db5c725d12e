package nl.rendement.app.importing;

import java.util.List;
import java.util.Optional;
import nl.rendement.app.importing.formats.Choice;

/** Reads a coded cell as the code of the choice it means; a word that means none is the row's problem. */
final class ChoiceCells {

    private ChoiceCells() {}

    /**
     * The code of the choice the cell means; empty when the cell is blank, or (with a problem that
     * names the word, reason {@code unknown}) when it means no choice.
     */
    static Optional<String> code(ImportPlan plan, Row row, Column column, List<Choice> choices, String unknown) {
        Optional<String> written = row.text(column);
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> code = choices.stream()
                .filter(choice -> choice.matches(written.get()))
                .findFirst()
                .map(Choice::code);
        if (code.isEmpty()) {
            plan.problem(row, column, written.get(), Optional.empty(), unknown, written.get());
        }
        return code;
    }
}
