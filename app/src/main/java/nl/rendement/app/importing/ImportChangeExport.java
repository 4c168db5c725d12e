package nl.rendement.app.importing;

import static nl.rendement.app.importing.StoredRows.whole;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.importing.formats.Bilingual;
import nl.rendement.app.importing.formats.Choice;
import nl.rendement.app.importing.formats.ExportRow;
import nl.rendement.app.importing.formats.ExportWriter;
import nl.rendement.app.importing.formats.FormatColumn;
import nl.rendement.app.importing.formats.Identity;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.importing.formats.Language;
import nl.rendement.app.importing.formats.Templates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What one import did, row by row, from its stored changes: the file's row, the subject (the key
 * as the user reads it), whether it added, changed or kept a value, and the value before and
 * after as the preview shows them. Not the kind's import format: a change keeps only the fields
 * the kind compares, under the kind's own names, so this is a record of the import rather than a
 * file to import again (the export of the kind is that).
 */
@Component
class ImportChangeExport {

    static final Column ROW = Column.required("row", "rij", ColumnType.INTEGER);
    static final Column SUBJECT = Column.required("subject", "onderwerp", ColumnType.TEXT);
    static final Column ACTION = Column.required("action", "actie", ColumnType.TEXT);
    static final Column BEFORE = Column.optional("before", "voor", ColumnType.TEXT);
    static final Column AFTER = Column.required("after", "na", ColumnType.TEXT);

    static final ImportFormat FORMAT = ImportFormat.of(
            "import-changes",
            Bilingual.of("Changes", "Wijzigingen"),
            Bilingual.of("What an import did, row by row.", "Wat een import deed, rij voor rij."),
            Identity.NONE,
            FormatColumn.value(ROW, "The row of the file.", "De rij van het bestand.", 2L),
            FormatColumn.text(SUBJECT, "What the row is about.", "Waar de rij over gaat.", "conversion", "conversie"),
            FormatColumn.coded(
                    ACTION,
                    "What the row does.",
                    "Wat de rij doet.",
                    List.of(
                            Choice.of("add", "added", "toegevoegd"),
                            Choice.of("change", "changed", "gewijzigd"),
                            Choice.of("same", "same", "hetzelfde")),
                    "add"),
            FormatColumn.text(BEFORE, "The value before.", "De waarde ervoor.", "value: 9", "waarde: 9"),
            FormatColumn.text(AFTER, "The value after.", "De waarde erna.", "value: 14", "waarde: 14"));

    private final StoredRows stored;
    private final Imports imports;

    ImportChangeExport(StoredRows stored, Imports imports) {
        this.stored = stored;
        this.imports = imports;
    }

    /** Writes the import's changes in the order they were planned. */
    @Transactional(readOnly = true)
    public void write(long importId, Language language, Templates.FileType type, OutputStream out) {
        try (ExportWriter writer = ExportWriter.open(FORMAT, language, type, out)) {
            Optional<StagedImport> staged = imports.staged(importId);
            if (staged.isPresent()) {
                staged.get()
                        .each(
                                importId,
                                change -> writer.row(row(
                                        change.row(),
                                        change.subject(),
                                        change.action().name().toLowerCase(Locale.ROOT),
                                        change.before().isEmpty() ? null : change.before(),
                                        change.after())));
            } else {
                stored.each(
                        "select row_number, subject, action, old_value, new_value from import_change"
                                + " where import_id = :id order by id",
                        Map.of("id", importId),
                        (rs, n) -> row(
                                whole(rs, "row_number"),
                                rs.getString("subject"),
                                rs.getString("action"),
                                shown(rs.getString("old_value")),
                                shown(rs.getString("new_value"))),
                        writer::row);
            }
            writer.finish();
        }
    }

    private static ExportRow row(long row, String subject, String action, String before, String after) {
        return ExportRow.empty()
                .with(ROW, row)
                .with(SUBJECT, subject)
                .with(ACTION, action)
                .with(BEFORE, before)
                .with(AFTER, after);
    }

    /** The name of the download, such as {@code import-42-changes-2026-11-27.csv}. */
    static String fileName(long importId, LocalDate day, Templates.FileType type) {
        return "import-" + importId + "-changes-" + day + "." + type.extension();
    }

    private static String shown(String written) {
        return written == null ? null : ImportValue.shown(written);
    }
}
