package nl.rendement.app.importing.formats;

import java.io.OutputStream;

/**
 * Writes stored rows of one kind to a file in that kind's import columns and the language's
 * headers, row by row, so that a million rows never need to be in memory: a file Rendement reads
 * back as the same data. Text that a spreadsheet would run as a formula is kept inert (see {@link
 * FormulaGuard}).
 */
public interface ExportWriter extends AutoCloseable {

    /** Writes one row. */
    void row(ExportRow row);

    /** Writes what is left of the file after the last row; the output stream is left open. */
    void finish();

    /** Lets go of what the writer holds besides the output stream, finished or not. */
    @Override
    void close();

    /** A writer of the format's header to {@code out}, ready for rows. */
    static ExportWriter open(ImportFormat format, Language language, Templates.FileType type, OutputStream out) {
        return type == Templates.FileType.CSV
                ? new CsvExportWriter(format, language, out)
                : new XlsxExportWriter(format, language, out);
    }
}
