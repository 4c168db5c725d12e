package nl.rendement.app.importing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import nl.rendement.app.importing.TabularReader.HeaderRow;
import nl.rendement.app.importing.formats.Formats;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.importing.formats.Language;
import nl.rendement.app.importing.formats.ProblemReport;
import nl.rendement.app.importing.formats.Templates;
import nl.rendement.app.security.Scopes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Data in, for analysts whose reach is the whole organisation: upload a file, see its preview
 * (identity report, planned changes, every problem), commit it (or only its valid rows), set it
 * aside, or undo a committed import; with the history of every import. Reading and committing
 * run in the background ({@link ImportJobs}): a step that ends within {@code
 * rendement.imports.progress-after} shows its result at once, a longer one shows its progress on
 * the import's page.
 */
@Controller
class DataController {

    /** The changed values an import's page lists; the changes download has every one. */
    static final int CHANGED_SHOWN = 200;

    private final Imports imports;
    private final ColumnMappings mappings;
    private final StagedUploads staging;
    private final MessageSource messages;
    private final Scopes scopes;
    private final ImportJobs jobs;
    private final nl.rendement.app.system.Formats formats;
    private final Duration progressAfter;

    DataController(
            Imports imports,
            ColumnMappings mappings,
            StagedUploads staging,
            MessageSource messages,
            Scopes scopes,
            ImportJobs jobs,
            nl.rendement.app.system.Formats formats,
            @Value("${rendement.imports.progress-after:2s}") Duration progressAfter) {
        this.imports = imports;
        this.mappings = mappings;
        this.staging = staging;
        this.messages = messages;
        this.scopes = scopes;
        this.jobs = jobs;
        this.formats = formats;
        this.progressAfter = progressAfter;
    }

    /** The upload form and every import; an analyst limited to some units or programmes is told why not. */
    @GetMapping("/data")
    String data(Model model, Locale locale) {
        boolean limited = scopes.current().limited();
        model.addAttribute("limited", limited);
        model.addAttribute("history", limited ? List.of() : imports.history());
        model.addAttribute("mappings", limited ? List.of() : mappings.all());
        model.addAttribute("held", limited ? Map.of() : imports.held());
        model.addAttribute("formats", Formats.all());
        model.addAttribute(
                "uploadable",
                Formats.all().stream()
                        .filter(format -> imports.kinds().contains(format.kind()))
                        .toList());
        model.addAttribute("language", Language.of(locale));
        model.addAttribute(
                "titles",
                Formats.all().stream()
                        .collect(Collectors.toMap(
                                ImportFormat::kind, format -> format.title().in(Language.of(locale)))));
        return "importing/data";
    }

    /**
     * Keeps the uploaded file and reads it into a preview; nothing is applied yet. A file whose
     * headers Rendement does not all know is first mapped to columns by the user, unless a mapping
     * was saved for its source.
     */
    @PostMapping("/data/imports")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "kind", defaultValue = "") String kind,
            @RequestParam(name = "dates", defaultValue = "") String dates,
            @RequestParam(name = "numbers", defaultValue = "") String numbers,
            @RequestParam(name = "snapshotDate", defaultValue = "") String snapshotDate,
            @RequestParam(name = "fullSnapshot", defaultValue = "false") boolean fullSnapshot,
            Principal actor,
            RedirectAttributes redirect)
            throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("failure", "data.upload.noFile");
            return "redirect:/data";
        }
        if (!imports.kinds().contains(kind)) {
            redirect.addFlashAttribute("failure", "data.upload.noKind");
            return "redirect:/data";
        }
        StagedUploads.Staged staged;
        try (InputStream in = file.getInputStream()) {
            staged = staging.stage(
                    in,
                    new StagedUploads.Upload(
                            kind, fileName(file), actor.getName(), dates, numbers, snapshotDate, fullSnapshot));
        }
        HeaderRow headers = headers(staged);
        if (!headers.readable()) {
            return read(staged, Map.of());
        }
        Optional<ColumnMappings.Saved> saved = mappings.find(kind, headers.headers());
        if (saved.isPresent()) {
            return read(staged, saved.get().mapping());
        }
        if (HeaderMatch.of(imports.format(kind).schema(), headers.headers(), Map.of())
                .needsMapping()) {
            return "redirect:/data/uploads/" + staged.token();
        }
        return read(staged, Map.of());
    }

    /** The mapping page: per header the column it holds, chosen by the user where Rendement does not know it. */
    @GetMapping("/data/uploads/{token}")
    String mapping(@PathVariable String token, Principal actor, Model model, Locale locale) {
        StagedUploads.Staged staged = staged(token, actor);
        ImportFormat format = imports.format(staged.upload().kind());
        return mappingPage(
                staged,
                format,
                HeaderMatch.of(format.schema(), headers(staged).headers(), Map.of()),
                List.of(),
                model,
                locale);
    }

    /** Reads the staged file with the user's mapping, saving the mapping for its source when asked to. */
    @PostMapping("/data/uploads/{token}")
    String map(
            @PathVariable String token,
            @RequestParam MultiValueMap<String, String> form,
            Principal actor,
            Model model,
            Locale locale) {
        StagedUploads.Staged staged = staged(token, actor);
        ImportFormat format = imports.format(staged.upload().kind());
        List<String> headers = headers(staged).headers();
        HeaderMatch known = HeaderMatch.of(format.schema(), headers, Map.of());
        Map<String, String> chosen = new LinkedHashMap<>();
        for (int index = 0; index < known.entries().size(); index++) {
            HeaderMatch.Entry entry = known.entries().get(index);
            if (!entry.known()) {
                String column =
                        Optional.ofNullable(form.getFirst("column-" + index)).orElse("");
                boolean exists = format.columns().stream()
                        .anyMatch(c -> c.column().english().equals(column));
                chosen.put(Headers.normalise(entry.header()), exists ? column : "");
            }
        }
        HeaderMatch mapped = HeaderMatch.of(format.schema(), headers, chosen);
        List<String> twice = twice(mapped, format, Language.of(locale));
        if (!twice.isEmpty()) {
            return mappingPage(staged, format, mapped, twice, model, locale);
        }
        if (form.containsKey("remember")) {
            mappings.save(format.kind(), headers, chosen, actor.getName());
        }
        return read(staged, chosen);
    }

    @PostMapping("/data/uploads/{token}/cancel")
    String cancel(@PathVariable String token, Principal actor, RedirectAttributes redirect) {
        staging.remove(staged(token, actor).token());
        redirect.addFlashAttribute("notice", "data.mapping.cancelled");
        return "redirect:/data";
    }

    /** Forgets a saved mapping: the next file from its source is mapped anew. */
    @PostMapping("/data/mappings/{id}/forget")
    String forget(@PathVariable long id, RedirectAttributes redirect) {
        if (!mappings.forget(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "data.mappings.forgotten");
        return "redirect:/data";
    }

    /** A template to fill in: one kind of data, in the page's language, as CSV or XLSX. */
    @GetMapping("/data/templates/{kind}.{extension}")
    ResponseEntity<byte[]> template(@PathVariable String kind, @PathVariable String extension, Locale locale) {
        ImportFormat format = Formats.of(kind).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Templates.FileType type = fileType(extension);
        Language language = Language.of(locale);
        return download(Templates.fileName(format, language, type), type, Templates.write(format, language, type));
    }

    /** The import's problems as CSV or XLSX, in the page's language, cells safe from formula injection. */
    @GetMapping("/data/imports/{id}/problems.{extension}")
    ResponseEntity<byte[]> problemReport(@PathVariable long id, @PathVariable String extension, Locale locale) {
        ImportRecord record = imports.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Templates.FileType type = fileType(extension);
        Language language = Language.of(locale);
        List<String> headers = List.of(
                messages.getMessage("data.col.file", null, locale),
                messages.getMessage("data.col.row", null, locale),
                messages.getMessage("data.col.column", null, locale),
                messages.getMessage("data.col.value", null, locale),
                messages.getMessage("data.col.reason", null, locale));
        List<ProblemReport.Line> lines = imports.problems(id).stream()
                .map(problem -> new ProblemReport.Line(
                        problem.file(),
                        String.valueOf(problem.row()),
                        problem.column(),
                        problem.value(),
                        messages.getMessage(
                                problem.reason(), problem.arguments().toArray(), locale)))
                .toList();
        String name = messages.getMessage("data.problems.fileName", new Object[] {record.id()}, locale) + "."
                + type.extension();
        return download(name, type, ProblemReport.write(headers, lines, language, type));
    }

    /**
     * The import: its progress while a job reads or commits it, else its preview or result; a job
     * that ended since the last look says how it ended here, once.
     */
    @GetMapping("/data/imports/{id}")
    String preview(@PathVariable long id, Model model, Locale locale) {
        ImportRecord record = imports.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<ImportJob> job = jobs.of(id);
        job.filter(ImportJob::report).ifPresent(ended -> tell(ended, model::addAttribute, locale));
        ProgressShown progress = running(job, locale);
        model.addAttribute("record", record);
        model.addAttribute("progress", progress);
        model.addAttribute("lost", progress == null && !settled(record.state()));
        model.addAttribute("changes", imports.changes(id));
        model.addAttribute("changed", imports.changed(id, CHANGED_SHOWN));
        model.addAttribute("notices", problems(imports.notices(id), locale));
        ImportFormat format = Formats.of(record.kind()).orElseThrow();
        model.addAttribute("format", format);
        model.addAttribute("language", Language.of(locale));
        model.addAttribute(
                "mapped",
                record.mapping().entrySet().stream()
                        .map(mapped -> mapped.getValue().isEmpty()
                                ? messages.getMessage(
                                        "data.import.mappedIgnored", new Object[] {mapped.getKey()}, locale)
                                : messages.getMessage(
                                        "data.import.mappedTo",
                                        new Object[] {
                                            mapped.getKey(),
                                            format.columns().stream()
                                                    .filter(column -> column.column()
                                                            .english()
                                                            .equals(mapped.getValue()))
                                                    .map(column -> column.header(Language.of(locale)))
                                                    .findFirst()
                                                    .orElse(mapped.getValue())
                                        },
                                        locale))
                        .toList());
        model.addAttribute("problems", problems(imports.problems(id), locale));
        return "importing/import";
    }

    /**
     * The progress of the import's job, which the page asks for every second; once the job has
     * ended, htmx is told to reload the page, which then shows the preview or the result.
     */
    @GetMapping("/data/imports/{id}/progress")
    String progress(@PathVariable long id, Model model, Locale locale, HttpServletResponse response) {
        ImportRecord record = imports.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<ImportJob> job = jobs.of(id);
        if (job.isEmpty() || job.get().finished()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("record", record);
        model.addAttribute(
                "progress",
                job.map(shown -> ProgressShown.of(shown, formats, messages, locale))
                        .orElse(null));
        return "importing/progress :: status";
    }

    @PostMapping("/data/imports/{id}/commit")
    String commit(
            @PathVariable long id,
            @RequestParam(name = "onlyValidRows", defaultValue = "false") boolean onlyValidRows,
            Principal actor,
            RedirectAttributes redirect,
            Locale locale) {
        if (imports.byId(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String user = actor.getName();
        ImportJob job = jobs.run(
                id, ImportJob.Step.COMMIT, progress -> imports.commit(id, onlyValidRows, user, progress), () -> {});
        if (job.await(progressAfter) && job.report()) {
            tell(job, redirect::addFlashAttribute, locale);
        }
        return "redirect:/data/imports/" + id;
    }

    @PostMapping("/data/imports/{id}/discard")
    String discard(@PathVariable long id, Principal actor, RedirectAttributes redirect, Locale locale) {
        return step(id, redirect, locale, "data.import.discarded", () -> imports.discard(id, actor.getName()));
    }

    @PostMapping("/data/imports/{id}/undo")
    String undo(@PathVariable long id, Principal actor, RedirectAttributes redirect, Locale locale) {
        return step(id, redirect, locale, "data.import.undone", () -> imports.undo(id, actor.getName()));
    }

    /** One problem as the preview's table shows it: row, column, value and why, in the reader's language. */
    record ProblemRow(int row, String column, String value, String reason) {}

    /** One header on the mapping page: as written, and the column it holds (its English header) or "". */
    record MappingRow(int index, String header, boolean known, String column, String shown) {}

    private String mappingPage(
            StagedUploads.Staged staged,
            ImportFormat format,
            HeaderMatch match,
            List<String> twice,
            Model model,
            Locale locale) {
        Language language = Language.of(locale);
        List<MappingRow> rows = new ArrayList<>();
        for (int index = 0; index < match.entries().size(); index++) {
            HeaderMatch.Entry entry = match.entries().get(index);
            String column = entry.column().map(Column::english).orElse("");
            String shown = format.columns().stream()
                    .filter(candidate -> candidate.column().english().equals(column))
                    .map(candidate -> candidate.header(language))
                    .findFirst()
                    .orElse("");
            rows.add(new MappingRow(index, entry.header(), entry.known(), column, shown));
        }
        model.addAttribute("upload", staged.upload());
        model.addAttribute("token", staged.token());
        model.addAttribute("format", format);
        model.addAttribute("language", language);
        model.addAttribute("rows", rows);
        model.addAttribute(
                "missing",
                match.unplaced().stream()
                        .filter(Column::required)
                        .map(column -> format.column(column).orElseThrow().header(language))
                        .toList());
        model.addAttribute("twice", twice);
        return "importing/mapping";
    }

    /** The columns more than one header is mapped to, each named in the page's language. */
    private static List<String> twice(HeaderMatch match, ImportFormat format, Language language) {
        Map<Column, Long> counts = match.entries().stream()
                .flatMap(entry -> entry.column().stream())
                .collect(Collectors.groupingBy(column -> column, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .filter(count -> count.getValue() > 1)
                .map(count -> format.column(count.getKey()).orElseThrow().header(language))
                .toList();
    }

    /** The staged file's header row, read with its kind's columns. */
    private HeaderRow headers(StagedUploads.Staged staged) {
        return TabularReader.of(imports.format(staged.upload().kind()).schema())
                .headers(staged.file(), staged.upload().fileName());
    }

    private StagedUploads.Staged staged(String token, Principal actor) {
        return staging.take(token, actor.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /**
     * Reads the staged file into a preview with this mapping in the background, and lets the staged
     * file go when the reading ends; waits a little, so that a small file shows its preview at once.
     */
    private String read(StagedUploads.Staged staged, Map<String, String> mapping) {
        StagedUploads.Upload upload = staged.upload();
        ImportOptions options = ImportOptions.none()
                .with(declared(upload.dates(), upload.numbers()))
                .mapped(mapping)
                .snapshot(date(upload.snapshotDate()), upload.full());
        long id;
        try {
            id = imports.start(upload.kind(), upload.fileName(), upload.user(), options);
        } catch (RuntimeException refused) {
            staging.remove(staged.token());
            throw refused;
        }
        jobs.run(
                        id,
                        ImportJob.Step.READ,
                        progress -> imports.read(id, staged.file(), options, progress),
                        () -> staging.remove(staged.token()))
                .await(progressAfter);
        return "redirect:/data/imports/" + id;
    }

    /** The progress of the import's unfinished job, or null when none runs. */
    private ProgressShown running(Optional<ImportJob> job, Locale locale) {
        return job.filter(unfinished -> !unfinished.finished())
                .map(unfinished -> ProgressShown.of(unfinished, formats, messages, locale))
                .orElse(null);
    }

    /** How a job ended, as the page's notice (a commit's success) or refusal (why it stopped). */
    private void tell(ImportJob job, BiConsumer<String, Object> page, Locale locale) {
        job.failure()
                .ifPresentOrElse(
                        failure -> page.accept(
                                "refusal",
                                messages.getMessage(
                                        failure.reason(), failure.arguments().toArray(), locale)),
                        () -> {
                            if (job.step() == ImportJob.Step.COMMIT) {
                                page.accept("notice", "data.import.committed");
                            }
                        });
    }

    /** Whether the import is in a state no job works towards (not being read or committed). */
    private static boolean settled(ImportState state) {
        return state != ImportState.READING && state != ImportState.COMMITTING;
    }

    private static Optional<LocalDate> date(String written) {
        try {
            return written.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(written));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    private String step(long id, RedirectAttributes redirect, Locale locale, String done, Runnable action) {
        if (imports.byId(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (jobs.busy(id)) {
            redirect.addFlashAttribute("refusal", messages.getMessage("data.progress.busy", null, locale));
            return "redirect:/data/imports/" + id;
        }
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        } catch (ImportRefused refused) {
            redirect.addFlashAttribute("refusal", refused.message(messages, locale));
        }
        return "redirect:/data/imports/" + id;
    }

    private List<ProblemRow> problems(List<TableProblem> problems, Locale locale) {
        return problems.stream()
                .map(problem -> new ProblemRow(
                        problem.row(),
                        problem.column(),
                        problem.value(),
                        messages.getMessage(
                                problem.reason(), problem.arguments().toArray(), locale)))
                .toList();
    }

    static Templates.FileType fileType(String extension) {
        return Arrays.stream(Templates.FileType.values())
                .filter(candidate -> candidate.extension().equals(extension))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ResponseEntity<byte[]> download(String name, Templates.FileType type, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }

    /** What the uploader declares; anything else than the listed choices leaves it to the file. */
    private static Conventions declared(String dates, String numbers) {
        Conventions declared = Conventions.none();
        for (Conventions.DateOrder order : Conventions.DateOrder.values()) {
            if (order.name().equals(dates)) {
                declared = declared.withDates(order);
            }
        }
        for (Conventions.NumberStyle style : Conventions.NumberStyle.values()) {
            if (style.name().equals(numbers)) {
                declared = declared.withNumbers(style);
            }
        }
        return declared;
    }

    /** The name the person knows the file by, without any folder a browser sends. */
    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .strip();
        return last.isEmpty() ? "upload" : last.length() > 255 ? last.substring(0, 255) : last;
    }
}
