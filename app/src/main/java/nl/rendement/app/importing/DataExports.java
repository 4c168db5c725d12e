package nl.rendement.app.importing;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.rendement.app.importing.formats.ExportWriter;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.importing.formats.Templates;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.programme.ProgrammeAccess;
import nl.rendement.app.security.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data out: every kind of data as it is stored now, as a file of the kind's own import format
 * that imports again as "same" in every row, limited to what the analyst's scope reaches. Rows go
 * from the database to the file one by one.
 */
@Service
class DataExports {

    private final Map<String, KindExport> kinds;
    private final OrgUnits units;
    private final ProgrammeAccess programmes;

    DataExports(List<KindExport> kinds, OrgUnits units, ProgrammeAccess programmes) {
        this.kinds = kinds.stream()
                .collect(Collectors.toUnmodifiableMap(kind -> kind.format().kind(), Function.identity()));
        this.units = units;
        this.programmes = programmes;
    }

    /** The format of an exportable kind; empty for a kind that does not exist. */
    Optional<ImportFormat> format(String kind) {
        return Optional.ofNullable(kinds.get(kind)).map(KindExport::format);
    }

    /** What a user with this scope may export: everything, or their units' people and teams and their programmes. */
    ExportReach reachOf(Scope scope) {
        if (!scope.limited()) {
            return ExportReach.EVERYTHING;
        }
        return new ExportReach(units.reachOf(scope), programmes.visibleIds(scope), scope.programmeIds());
    }

    /**
     * Writes the kind's stored rows the request reaches to {@code out}, in one read-only
     * transaction (so that PostgreSQL streams them with the fetch size).
     */
    @Transactional(readOnly = true)
    public void write(String kind, ExportRequest request, Templates.FileType type, OutputStream out) {
        KindExport export =
                Optional.ofNullable(kinds.get(kind)).orElseThrow(() -> new ImportRefused("importing.noSuchKind", kind));
        try (ExportWriter writer = ExportWriter.open(export.format(), request.language(), type, out)) {
            export.each(request, writer::row);
            writer.finish();
        }
    }

    /** The name a downloaded export gets, such as {@code kpi-observations-2026-11-27.xlsx}. */
    static String fileName(String kind, LocalDate day, Templates.FileType type) {
        return kind + "-" + day + "." + type.extension();
    }
}
