package nl.rendement.app.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.Principal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.rendement.app.importing.formats.Formats;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.importing.formats.Language;
import nl.rendement.app.importing.formats.ProblemReport;
import nl.rendement.app.importing.formats.Templates;
import nl.rendement.app.security.Scopes;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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
 * aside, or undo a committed import; with the history of every import.
 */
@Controller
class DataController {

    private final Imports imports;
    private final MessageSource messages;
    private final Scopes scopes;

    DataController(Imports imports, MessageSource messages, Scopes scopes) {
        this.imports = imports;
        this.messages = messages;
        this.scopes = scopes;
    }

    /** The upload form and every import; an analyst limited to some units or programmes is told why not. */
    @GetMapping("/data")
    String data(Model model, Locale locale) {
        boolean limited = scopes.current().limited();
        model.addAttribute("limited", limited);
        model.addAttribute("history", limited ? List.of() : imports.history());
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

    /** Reads the uploaded file into a preview; nothing is applied yet. */
    @PostMapping("/data/imports")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "kind", defaultValue = "") String kind,
            @RequestParam(name = "dates", defaultValue = "") String dates,
            @RequestParam(name = "numbers", defaultValue = "") String numbers,
            @RequestParam(name = "snapshotDate") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    Optional<LocalDate> snapshotDate,
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
        Path copy = Files.createTempFile("rendement-import", ".upload");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            ImportRecord preview = imports.preview(
                    kind,
                    copy,
                    fileName(file),
                    actor.getName(),
                    ImportOptions.none().with(declared(dates, numbers)).snapshot(snapshotDate, fullSnapshot));
            return "redirect:/data/imports/" + preview.id();
        } finally {
            Files.deleteIfExists(copy);
        }
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

    @GetMapping("/data/imports/{id}")
    String preview(@PathVariable long id, Model model, Locale locale) {
        ImportRecord record = imports.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("record", record);
        model.addAttribute("changes", imports.changes(id));
        model.addAttribute("changed", imports.changed(id));
        model.addAttribute("notices", problems(imports.notices(id), locale));
        model.addAttribute("format", Formats.of(record.kind()).orElseThrow());
        model.addAttribute("language", Language.of(locale));
        model.addAttribute("problems", problems(imports.problems(id), locale));
        return "importing/import";
    }

    @PostMapping("/data/imports/{id}/commit")
    String commit(
            @PathVariable long id,
            @RequestParam(name = "onlyValidRows", defaultValue = "false") boolean onlyValidRows,
            Principal actor,
            RedirectAttributes redirect,
            Locale locale) {
        return step(
                id,
                redirect,
                locale,
                "data.import.committed",
                () -> imports.commit(id, onlyValidRows, actor.getName()));
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

    private String step(long id, RedirectAttributes redirect, Locale locale, String done, Runnable action) {
        if (imports.byId(id).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
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

    private static Templates.FileType fileType(String extension) {
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
