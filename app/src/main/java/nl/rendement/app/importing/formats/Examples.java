package nl.rendement.app.importing.formats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import nl.rendement.app.importing.ColumnType;

/** How a template writes values and names things in each language. */
final class Examples {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private Examples() {}

    /**
     * A value as a person writing in the language would: Dutch {@code 1234,5} and {@code 31-03-2025},
     * English {@code 1234.5} and {@code 2025-03-31}. Thousands are not grouped: {@code 1.234} alone
     * reads both ways.
     */
    static String written(Object value, ColumnType type, Language language) {
        boolean dutch = language == Language.DUTCH;
        if (value instanceof BigDecimal number) {
            String plain = number.toPlainString();
            String styled = dutch ? plain.replace('.', ',') : plain;
            return type == ColumnType.PERCENTAGE ? styled + "%" : styled;
        }
        if (value instanceof LocalDate date) {
            return dutch ? DUTCH_DATE.format(date) : date.toString();
        }
        if (value instanceof Boolean yes) {
            return Bilingual.of(yes ? "yes" : "no", yes ? "ja" : "nee").in(language);
        }
        return value.toString();
    }

    static String type(ColumnType type, Language language) {
        Bilingual name = switch (type) {
            case TEXT -> Bilingual.of("text", "tekst");
            case INTEGER -> Bilingual.of("whole number", "geheel getal");
            case DECIMAL -> Bilingual.of("number", "getal");
            case PERCENTAGE -> Bilingual.of("percentage", "percentage");
            case DATE -> Bilingual.of("date", "datum");
            case BOOLEAN -> Bilingual.of("yes/no", "ja/nee");
        };
        return name.in(language);
    }

    static String required(boolean required, Language language) {
        return written(required, ColumnType.BOOLEAN, language);
    }

    static String choices(FormatColumn column, Language language) {
        return column.choices().stream()
                .map(choice -> choice.words().in(language))
                .collect(Collectors.joining(", "));
    }

    /** The identity rule as a sentence, or empty for a kind that names no people. */
    static String identity(ImportFormat format, Language language) {
        if (format.identity().isNone()) {
            return "";
        }
        String columns = format.identity().anyOf().stream()
                .map(column -> language == Language.DUTCH ? column.dutch() : column.english())
                .collect(Collectors.joining(", "));
        String unless = format.identity()
                .unlessYes()
                .map(column -> Bilingual.of(
                                ", unless " + column.english() + " is yes", ", tenzij " + column.dutch() + " ja is")
                        .in(language))
                .orElse("");
        return Bilingual.of(
                        "Each row names whom it is about with at least one of: " + columns + unless + ".",
                        "Elke rij noemt over wie die gaat met minstens een van: " + columns + unless + ".")
                .in(language);
    }
}
