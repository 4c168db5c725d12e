package nl.rendement.app.importing;

import nl.rendement.app.importing.formats.ImportFormat;

/**
 * One kind of data an import can bring in (leavers, programmes, KPI observations ...), planned
 * and applied either one change at a time ({@link KindImport}) or, for the kind whose files hold
 * millions of rows, through staged rows ({@link StagedImport}).
 */
sealed interface ImportKind permits KindImport, StagedImport {

    /** The format of the kind's files: its code, columns and templates. */
    ImportFormat format();

    /**
     * Whether the kind keeps a file's rows within {@link ImportOptions#reach()}: its rows say which
     * unit each is about. A file of any other kind cannot be limited to units.
     */
    default boolean limitsToUnits() {
        return false;
    }

    /** How many of what this kind brings in Rendement holds now, however it came in: to see the data. */
    long held();
}
