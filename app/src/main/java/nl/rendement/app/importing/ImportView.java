package nl.rendement.app.importing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * An import as the import API shows it: where it stands, who made it, what it read, how many rows
 * add, change or keep a value, and its problems and notices a page at a time, each with the row
 * and column as a spreadsheet shows them, the value, the message key and the message.
 */
@Schema(description = "An import: its preview, or what became of it.")
record ImportView(
        long id,
        @Schema(example = "hr-snapshot") String kind,
        String fileName,
        ImportState state,

        @Schema(description = "A username, or token: and the API token's name", example = "token:HRIS nightly")
        String uploadedBy,

        OffsetDateTime uploadedAt,
        int rowsRead,
        int rowsWithProblems,
        ImportRecord.Identities identities,
        Imports.Changes changes,
        boolean onlyValidRows,
        Optional<ImportRecord.Event> settled,
        Optional<ImportRecord.Event> undone,
        Page problems,
        Page notices) {

    /** The largest page of problems or notices one answer holds. */
    static final int LARGEST_PAGE = 1000;

    static ImportView of(ImportRecord record, Imports imports, Paging paging, MessageSource messages, Locale locale) {
        return new ImportView(
                record.id(),
                record.kind(),
                record.fileName(),
                record.state(),
                record.uploadedBy(),
                record.uploadedAt(),
                record.rowsRead(),
                record.rowsWithProblems(),
                record.identities(),
                imports.changes(record.id()),
                record.onlyValidRows(),
                record.settled(),
                record.undone(),
                Page.of(imports.problems(record.id()), paging, messages, locale),
                Page.of(imports.notices(record.id()), paging, messages, locale));
    }

    /** Which page to show: {@code page} counts from 0; {@code size} is 1 to {@value #LARGEST_PAGE}. */
    record Paging(int page, int size) {

        static final Paging FIRST = new Paging(0, 100);

        Paging {
            if (page < 0 || size < 1 || size > LARGEST_PAGE) {
                throw new ImportApiRefusal(HttpStatus.BAD_REQUEST, page < 0 ? "page" : "size", "api.error.paging");
            }
        }
    }

    /** One page of problems or notices, and how many there are in all. */
    record Page(int page, int size, int total, List<Problem> items) {

        static Page of(List<TableProblem> all, Paging paging, MessageSource messages, Locale locale) {
            int from = (int) Math.min((long) paging.page() * paging.size(), all.size());
            int to = Math.min(from + paging.size(), all.size());
            return new Page(
                    paging.page(),
                    paging.size(),
                    all.size(),
                    all.subList(from, to).stream()
                            .map(problem -> Problem.of(problem, messages, locale))
                            .toList());
        }
    }

    /** A problem (or notice) where a spreadsheet shows it: row 0 is the whole file, row 2 the first row (or JSON object). */
    record Problem(int row, String column, String value, String key, String message) {

        static Problem of(TableProblem problem, MessageSource messages, Locale locale) {
            return new Problem(
                    problem.row(),
                    problem.column(),
                    problem.value(),
                    problem.reason(),
                    messages.getMessage(problem.reason(), problem.arguments().toArray(), locale));
        }
    }
}
