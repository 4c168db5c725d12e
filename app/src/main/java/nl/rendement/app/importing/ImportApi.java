package nl.rendement.app.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.people.UnitReach;
import nl.rendement.app.security.ApiToken;
import nl.rendement.app.security.ApiTokenAuthentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/**
 * Imports as JSON (docs/api.md): a file, or rows as JSON, of one kind read into a preview, with
 * the same reader, validation and preview as the Data page; then commit, discard or undo it. For
 * an API token of the kind (its imports recorded as {@code token:<name>}, limited to its units)
 * or an analyst without limits; a token reaches only the imports it made.
 */
@RestController
@RequestMapping(path = "/api/imports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Imports", description = "Data in: preview a file or JSON rows, then commit, discard or undo it.")
@SecurityRequirement(name = "token")
@SecurityRequirement(name = "basic")
class ImportApi {

    private static final String OPTIONS = " Options as on the Data page: dates (DAY_MONTH or MONTH_DAY), numbers"
            + " (DUTCH or ENGLISH), snapshotDate (yyyy-mm-dd) and fullSnapshot for an HR snapshot.";

    private final Imports imports;
    private final OrgUnits units;
    private final MessageSource messages;
    private final DataSize maxJson;

    /** The path rows are posted to: a kind's code, never an import's number. */
    private static final Pattern ROWS = Pattern.compile(".*/api/imports/[a-z][a-z-]*");

    ImportApi(
            Imports imports,
            OrgUnits units,
            MessageSource messages,
            @Value("${rendement.import.max-json:32MB}") DataSize maxJson) {
        this.imports = imports;
        this.units = units;
        this.messages = messages;
        this.maxJson = maxJson;
    }

    /**
     * JSON rows are read whole into memory before anything checks them, so they are refused before
     * they are read: one that does not say its length (411), or one longer than {@code
     * rendement.import.max-json} (413; 32 MB unless configured). A larger set goes as a file, which
     * is streamed to disk and read row by row.
     */
    @ModelAttribute
    void jsonWithinLimit(HttpServletRequest request) {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod())
                || !ROWS.matcher(request.getRequestURI()).matches()
                || type == null
                || !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(type))) {
            return;
        }
        long length = request.getContentLengthLong();
        if (length < 0) {
            throw new ImportApiRefusal(HttpStatus.LENGTH_REQUIRED, "", "api.error.jsonLength");
        }
        if (length > maxJson.toBytes()) {
            throw new ImportApiRefusal(
                    HttpStatus.CONTENT_TOO_LARGE, "", "api.error.jsonTooLarge", maxJson.toMegabytes());
        }
    }

    /** What the caller says about the rows, as the Data page's form says it. */
    record Declared(String dates, String numbers, String snapshotDate, boolean fullSnapshot) {}

    /** Whether a commit with problems imports the rows without any. */
    record CommitRequest(Boolean onlyValidRows) {}

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Reads a CSV or XLSX file of the kind into a preview; nothing is applied (API token only)."
                    + OPTIONS)
    ResponseEntity<ImportView> upload(
            @PathVariable @Parameter(description = "The kind's code, e.g. hr-snapshot") String kind,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "dates", defaultValue = "") String dates,
            @RequestParam(name = "numbers", defaultValue = "") String numbers,
            @RequestParam(name = "snapshotDate", defaultValue = "") String snapshotDate,
            @RequestParam(name = "fullSnapshot", defaultValue = "false") boolean fullSnapshot,
            Authentication caller,
            Locale locale)
            throws IOException {
        if (ApiTokenAuthentication.of(caller).isEmpty()) {
            // A browser sends a cross-site multipart form with Basic credentials it cached; never a bearer token.
            throw new ImportApiRefusal(HttpStatus.FORBIDDEN, "file", "api.error.uploadNeedsToken");
        }
        if (file == null || file.isEmpty()) {
            throw new ImportApiRefusal(HttpStatus.BAD_REQUEST, "file", "api.error.noFile");
        }
        Declared declared = new Declared(dates, numbers, snapshotDate, fullSnapshot);
        return preview(kind, fileName(file), declared, Conventions.none(), caller, locale, file::transferTo);
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Reads rows sent as JSON, an array of objects keyed by the kind's column headers, into a"
                    + " preview; nothing is applied. Numbers are read with English conventions unless numbers says"
                    + " otherwise." + OPTIONS)
    ResponseEntity<ImportView> rows(
            @PathVariable @Parameter(description = "The kind's code, e.g. hr-snapshot") String kind,
            @RequestBody JsonNode rows,
            @RequestParam(name = "dates", defaultValue = "") String dates,
            @RequestParam(name = "numbers", defaultValue = "") String numbers,
            @RequestParam(name = "snapshotDate", defaultValue = "") String snapshotDate,
            @RequestParam(name = "fullSnapshot", defaultValue = "false") boolean fullSnapshot,
            Authentication caller,
            Locale locale)
            throws IOException {
        Declared declared = new Declared(dates, numbers, snapshotDate, fullSnapshot);
        Conventions json = Conventions.none().withNumbers(Conventions.NumberStyle.ENGLISH);
        return preview(kind, "rows.json", declared, json, caller, locale, path -> JsonRows.write(rows, path));
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import: where it stands, its counts, and a page of its problems and notices")
    ImportView read(
            @PathVariable long id,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @RequestParam(name = "size", defaultValue = "100") int size,
            Authentication caller,
            Locale locale) {
        return view(reachable(id, caller), new ImportView.Paging(page, size), locale);
    }

    @PostMapping(path = "/{id}/commit", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Applies a previewed import in one transaction: all of it, or with onlyValidRows the rows"
                    + " without problems")
    ImportView commit(
            @PathVariable long id,
            @RequestBody(required = false) CommitRequest body,
            Authentication caller,
            Locale locale) {
        reachable(id, caller);
        boolean onlyValidRows = body != null && Boolean.TRUE.equals(body.onlyValidRows());
        return view(imports.commit(id, onlyValidRows, caller.getName()), ImportView.Paging.FIRST, locale);
    }

    @PostMapping(path = "/{id}/discard", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Sets a previewed import aside: nothing of it is applied")
    ImportView discard(
            @PathVariable long id, @RequestBody(required = false) JsonNode body, Authentication caller, Locale locale) {
        reachable(id, caller);
        return view(imports.discard(id, caller.getName()), ImportView.Paging.FIRST, locale);
    }

    @PostMapping(path = "/{id}/undo", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Takes a committed import back whole; refused when its data changed since")
    ImportView undo(
            @PathVariable long id, @RequestBody(required = false) JsonNode body, Authentication caller, Locale locale) {
        reachable(id, caller);
        return view(imports.undo(id, caller.getName()), ImportView.Paging.FIRST, locale);
    }

    /** Writes what was sent into a file for the reader. */
    @FunctionalInterface
    private interface Staging {
        void into(Path file) throws IOException;
    }

    private ResponseEntity<ImportView> preview(
            String kind,
            String fileName,
            Declared declared,
            Conventions defaults,
            Authentication caller,
            Locale locale,
            Staging staging)
            throws IOException {
        ImportOptions options = options(declared, defaults).within(reach(caller));
        Path file = Files.createTempFile("rendement-api-", ".upload");
        try {
            staging.into(file);
            ImportRecord preview = imports.preview(kind, file, fileName, caller.getName(), options);
            return ResponseEntity.created(URI.create("/api/imports/" + preview.id()))
                    .body(view(preview, ImportView.Paging.FIRST, locale));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The import, if the caller may reach it: an analyst every import, a token the ones it made. */
    private ImportRecord reachable(long id, Authentication caller) {
        Optional<ApiToken> token = ApiTokenAuthentication.of(caller);
        return imports.byId(id)
                .filter(record -> token.isEmpty()
                        || record.uploadedBy().equals(token.get().actor()))
                .orElseThrow(() -> new ImportRefused("importing.noSuchImport", id));
    }

    private UnitReach reach(Authentication caller) {
        return ApiTokenAuthentication.of(caller)
                .filter(ApiToken::limited)
                .map(token -> units.reachOf(token.scope()))
                .orElse(UnitReach.EVERY_UNIT);
    }

    private ImportView view(ImportRecord record, ImportView.Paging paging, Locale locale) {
        return ImportView.of(record, imports, paging, messages, locale);
    }

    private static ImportOptions options(Declared declared, Conventions defaults) {
        Conventions conventions = defaults;
        if (!declared.dates().isBlank()) {
            conventions = conventions.withDates(named(Conventions.DateOrder.values(), declared.dates(), "dates"));
        }
        if (!declared.numbers().isBlank()) {
            conventions =
                    conventions.withNumbers(named(Conventions.NumberStyle.values(), declared.numbers(), "numbers"));
        }
        return ImportOptions.none().with(conventions).snapshot(date(declared.snapshotDate()), declared.fullSnapshot());
    }

    private static <T extends Enum<T>> T named(T[] values, String given, String field) {
        return Arrays.stream(values)
                .filter(value -> value.name().equals(given.strip()))
                .findFirst()
                .orElseThrow(() -> new ImportApiRefusal(HttpStatus.BAD_REQUEST, field, "api.error.option"));
    }

    private static Optional<LocalDate> date(String written) {
        if (written.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(written.strip()));
        } catch (DateTimeParseException notADate) {
            throw new ImportApiRefusal(HttpStatus.BAD_REQUEST, "snapshotDate", "api.error.option");
        }
    }

    /** The name the sender knows the file by, without any folder. */
    private static String fileName(MultipartFile file) {
        String name = Optional.ofNullable(file.getOriginalFilename()).orElse("");
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
        return last.isEmpty() ? "upload" : last.length() > 255 ? last.substring(0, 255) : last;
    }
}
