package nl.rendement.app.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An {@code /api} call that no controller takes (an unknown address, a wrong method, a body that
 * is not JSON, an answer the caller does not accept), refused as an {@link ApiProblem}. These
 * fail before a controller is chosen, so only an advice for every handler sees them; for the
 * pages it steps aside and their error page answers as before.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRouting {

    private final ApiProblems problems;

    ApiRouting(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler({
        NoResourceFoundException.class,
        HttpRequestMethodNotSupportedException.class,
        HttpMediaTypeNotSupportedException.class,
        HttpMediaTypeNotAcceptableException.class
    })
    ResponseEntity<ApiProblem> unrouted(Exception unrouted, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw unrouted;
        }
        return problems.respond(request, (ErrorResponse) unrouted);
    }
}
