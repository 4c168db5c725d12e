package nl.rendement.app.importing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import nl.rendement.app.importing.formats.Language;
import nl.rendement.app.importing.formats.Templates;
import nl.rendement.app.security.Scopes;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Downloads of stored data, for analysts (the security chain lets no one else reach {@code
 * /data}): one kind in the page's language, as CSV or XLSX, limited to the analyst's scope and
 * written to the response while it is read.
 */
@Controller
class ExportController {

    private final DataExports exports;
    private final ImportChangeExport changes;
    private final Imports imports;
    private final Scopes scopes;

    ExportController(DataExports exports, ImportChangeExport changes, Imports imports, Scopes scopes) {
        this.exports = exports;
        this.changes = changes;
        this.imports = imports;
        this.scopes = scopes;
    }

    /** The kind's data as stored now; an HR snapshot describes the day {@code on} (today when not given). */
    @GetMapping("/data/exports/{kind}.{extension}")
    void export(
            @PathVariable String kind,
            @PathVariable String extension,
            @RequestParam(name = "on", defaultValue = "") String on,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        if (exports.format(kind).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Templates.FileType type = DataController.fileType(extension);
        LocalDate day = day(on);
        attachment(response, type, DataExports.fileName(kind, day, type));
        ExportRequest request = new ExportRequest(exports.reachOf(scopes.current()), day, Language.of(locale));
        exports.write(kind, request, type, response.getOutputStream());
    }

    /**
     * What one import did, row by row (its changes, as the preview lists them); for analysts whose
     * reach is the whole organisation, as imports are.
     */
    @GetMapping("/data/imports/{id}/changes.{extension}")
    void changes(@PathVariable long id, @PathVariable String extension, Locale locale, HttpServletResponse response)
            throws IOException {
        if (imports.byId(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Templates.FileType type = DataController.fileType(extension);
        attachment(response, type, ImportChangeExport.fileName(id, LocalDate.now(), type));
        changes.write(id, Language.of(locale), type, response.getOutputStream());
    }

    private static void attachment(HttpServletResponse response, Templates.FileType type, String name) {
        response.setContentType(type.mediaType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8)
                        .build()
                        .toString());
    }

    private static LocalDate day(String on) {
        if (on.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(on.strip());
        } catch (DateTimeParseException notADate) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The day is not a date (yyyy-mm-dd): " + on);
        }
    }
}
