package nl.rendement.app.importing;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import nl.rendement.app.system.ApiProblem;
import nl.rendement.app.system.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The import API's refusals as problem details, ahead of the API's general advice. */
@RestControllerAdvice(assignableTypes = ImportApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ImportApiErrors {

    private static final Set<String> MISSING = Set.of("importing.noSuchImport", "importing.noSuchKind");
    private static final Set<String> NOT_NOW = Set.of(
            "importing.commit.notPreviewed",
            "importing.undo.notCommitted",
            "importing.commit.changedSincePreview",
            "importing.read.notReading",
            "importing.undo.changedSince");

    private final ApiProblems problems;

    ImportApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ImportApiRefusal.class)
    ResponseEntity<ApiProblem> refused(ImportApiRefusal refused, HttpServletRequest request) {
        return problems.respond(
                request,
                refused.status(),
                refused.field(),
                refused.key(),
                refused.arguments().toArray());
    }

    /**
     * An import step refused: no such import (or one the token did not make) 404; a kind a limited
     * token cannot send 403; a step the import's state (or data changed since) does not allow 409; anything else 422.
     */
    @ExceptionHandler(ImportRefused.class)
    ResponseEntity<ApiProblem> refused(ImportRefused refused, HttpServletRequest request) {
        String key = refused.reason();
        HttpStatus status = MISSING.contains(key)
                ? HttpStatus.NOT_FOUND
                : key.equals("importing.reach.kind")
                        ? HttpStatus.FORBIDDEN
                        : NOT_NOW.contains(key) ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
        return problems.respond(request, status, "", key, refused.arguments());
    }
}
