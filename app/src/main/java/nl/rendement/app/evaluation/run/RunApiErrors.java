package nl.rendement.app.evaluation.run;

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
import org.springframework.web.server.ResponseStatusException;

/** The run API's refusals as problem details, ahead of the API's general advice. */
@RestControllerAdvice(assignableTypes = RunApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RunApiErrors {

    private static final Set<String> MISSING = Set.of("run.error.noVersion", "run.error.noResult");

    private final ApiProblems problems;

    RunApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(RunRejected.class)
    ResponseEntity<ApiProblem> rejected(RunRejected rejected, HttpServletRequest request) {
        HttpStatus status = MISSING.contains(rejected.messageKey())
                ? HttpStatus.NOT_FOUND
                : rejected.messageKey().equals("run.error.frozen")
                        ? HttpStatus.CONFLICT
                        : HttpStatus.UNPROCESSABLE_CONTENT;
        return problems.respond(request, status, rejected.field(), rejected.messageKey(), rejected.arguments());
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ApiProblem> refused(ResponseStatusException refused, HttpServletRequest request) {
        return problems.programmeAccess(request, refused);
    }
}
