package nl.rendement.app.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

/**
 * What a JSON API controller's call is refused for that no feature explains better, as {@link
 * ApiProblem}s: malformed JSON, a bad parameter, and failures of our own. A feature's advice
 * (ordered before this one) handles what its own calls refuse; {@link ApiRouting} what fails
 * before any controller is chosen.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    private final ApiProblems problems;

    ApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiProblem> malformed(HttpMessageNotReadableException unreadable, HttpServletRequest request) {
        if (unreadable.getMostSpecificCause() instanceof JacksonException problem) {
            return problems.respond(
                    request,
                    HttpStatus.BAD_REQUEST,
                    path(problem),
                    "api.error.malformed",
                    problem.getOriginalMessage());
        }
        return problems.respond(request, HttpStatus.BAD_REQUEST, "", "api.error.malformed", "");
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<ApiProblem> mismatch(TypeMismatchException mismatch, HttpServletRequest request) {
        String field = mismatch.getPropertyName() == null ? "" : mismatch.getPropertyName();
        return problems.respond(request, HttpStatus.BAD_REQUEST, field, "api.error.badRequest");
    }

    /** Spring's own refusals with their status; anything else is a failure of ours, logged without the request. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiProblem> failed(Exception failure, HttpServletRequest request) {
        if (failure instanceof ErrorResponse refused) {
            return problems.respond(request, refused);
        }
        LOG.error("JSON API call failed: {} {}", request.getMethod(), request.getRequestURI(), failure);
        return problems.respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "", "api.error.internal");
    }

    private static String path(JacksonException problem) {
        return problem.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? "." + reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
