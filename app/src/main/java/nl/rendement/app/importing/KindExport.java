package nl.rendement.app.importing;

import java.util.function.Consumer;
import nl.rendement.app.importing.formats.ExportRow;
import nl.rendement.app.importing.formats.ImportFormat;

/**
 * One kind's stored data as rows of its import format, whoever brought it in: what a file of the
 * kind would have to say for an import of it to change nothing.
 */
interface KindExport {

    ImportFormat format();

    /** Hands every stored row the request's reach sees to {@code rows}, one at a time, in a stable order. */
    void each(ExportRequest request, Consumer<ExportRow> rows);
}
