package nl.rendement.app.importing.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.rendement.app.importing.Column;
import nl.rendement.app.importing.ColumnType;

/**
 * One column of an import format: the column the reader looks for, what it means, and the value
 * a template shows for it in each language. Examples are typed as the reader gives them back
 * (text a {@link String}, a whole number a {@link Long}, a number or percentage a {@link
 * BigDecimal}, a date a {@link LocalDate}, yes/no a {@link Boolean}); only text may differ between
 * the languages. A coded column lists its {@link Choice}s, and its examples are one choice's words.
 */
public record FormatColumn(
        Column column,
        Bilingual description,
        Object englishExample,
        Object dutchExample,
        List<Choice> choices,
        boolean inExampleRow) {

    /** A column whose example the template's example row shows. */
    public FormatColumn(
            Column column, Bilingual description, Object englishExample, Object dutchExample, List<Choice> choices) {
        this(column, description, englishExample, dutchExample, choices, true);
    }

    public FormatColumn {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(description, "description");
        choices = List.copyOf(choices);
        requireType(column, englishExample);
        requireType(column, dutchExample);
        if (column.type() != ColumnType.TEXT && !englishExample.equals(dutchExample)) {
            throw new IllegalArgumentException(column.english() + ": only text examples differ by language");
        }
        if (!choices.isEmpty()
                && choices.stream()
                        .noneMatch(choice -> choice.words().english().equals(englishExample)
                                && choice.words().dutch().equals(dutchExample))) {
            throw new IllegalArgumentException(column.english() + ": the example is not one of the choices");
        }
    }

    /** A text column with an example in each language. */
    public static FormatColumn text(
            Column column, String english, String dutch, String englishExample, String dutchExample) {
        return new FormatColumn(column, Bilingual.of(english, dutch), englishExample, dutchExample, List.of());
    }

    /** A column whose example is the same value in both languages (written in each one's style). */
    public static FormatColumn value(Column column, String english, String dutch, Object example) {
        return new FormatColumn(column, Bilingual.of(english, dutch), example, example, List.of());
    }

    /** A text column that allows only the given choices; the example is the choice with this code. */
    public static FormatColumn coded(
            Column column, String english, String dutch, List<Choice> choices, String exampleCode) {
        Choice example = choices.stream()
                .filter(choice -> choice.code().equals(exampleCode))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no choice " + exampleCode));
        return new FormatColumn(
                column,
                Bilingual.of(english, dutch),
                example.words().english(),
                example.words().dutch(),
                choices);
    }

    /**
     * This column with its example cell left blank in the template's example row (its example is
     * still explained on the help sheet): for a column that excludes another the row fills, such as
     * a team beside a person, or that only another choice allows.
     */
    public FormatColumn blankInExampleRow() {
        if (column.required()) {
            throw new IllegalArgumentException(column.english() + ": a required column is filled in the example row");
        }
        return new FormatColumn(column, description, englishExample, dutchExample, choices, false);
    }

    public String header(Language language) {
        return language == Language.DUTCH ? column.dutch() : column.english();
    }

    public Object example(Language language) {
        return language == Language.DUTCH ? dutchExample : englishExample;
    }

    private static void requireType(Column column, Object example) {
        Objects.requireNonNull(example, "example of " + column.english());
        Class<?> expected = switch (column.type()) {
            case TEXT -> String.class;
            case INTEGER -> Long.class;
            case DECIMAL, PERCENTAGE -> BigDecimal.class;
            case DATE -> LocalDate.class;
            case BOOLEAN -> Boolean.class;
        };
        if (!expected.isInstance(example)) {
            throw new IllegalArgumentException(column.english() + ": the example is not a " + expected.getSimpleName());
        }
    }
}
