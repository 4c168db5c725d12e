package nl.rendement.app.importing.formats;

import java.util.stream.Collectors;
import nl.rendement.app.importing.ColumnType;

/** A format's columns as the Markdown table {@code docs/import-formats.md} shows. */
final class FormatTables {

    private FormatTables() {}

    static String markdown(ImportFormat format) {
        StringBuilder table = new StringBuilder(
                "| column (English / Dutch) | type | required | meaning | example (English / Dutch) |\n"
                        + "|---|---|---|---|---|\n");
        for (FormatColumn column : format.columns()) {
            table.append("| `")
                    .append(column.column().english())
                    .append("` / `")
                    .append(column.column().dutch())
                    .append("` | ")
                    .append(type(column))
                    .append(" | ")
                    .append(column.column().required() ? "yes" : "no")
                    .append(" | ")
                    .append(column.description().english().replace("|", "\\|"))
                    .append(" | ")
                    .append(example(column))
                    .append(" |\n");
        }
        return table.toString();
    }

    private static String type(FormatColumn column) {
        if (column.choices().isEmpty()) {
            return Examples.type(column.column().type(), Language.ENGLISH);
        }
        return column.choices().stream()
                .map(choice ->
                        "`" + choice.words().english() + "` (`" + choice.words().dutch() + "`)")
                .collect(Collectors.joining(", "));
    }

    private static String example(FormatColumn column) {
        ColumnType type = column.column().type();
        String english = Examples.written(column.example(Language.ENGLISH), type, Language.ENGLISH);
        String dutch = Examples.written(column.example(Language.DUTCH), type, Language.DUTCH);
        String shown = english.equals(dutch) ? "`" + english + "`" : "`" + english + "` / `" + dutch + "`";
        String example = shown.replace("|", "\\|");
        return column.inExampleRow() ? example : example + " (blank in the template's example row)";
    }
}
