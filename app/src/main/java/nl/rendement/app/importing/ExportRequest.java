package nl.rendement.app.importing;

import java.time.LocalDate;
import java.util.Objects;
import nl.rendement.app.importing.formats.Language;

/**
 * What an export is asked for: the reach of the analyst who asks, the day an HR snapshot
 * describes, and the language of the file (for words a row's mapper writes itself).
 */
record ExportRequest(ExportReach reach, LocalDate day, Language language) {

    ExportRequest {
        Objects.requireNonNull(reach, "reach");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(language, "language");
    }
}
