package nl.rendement.app.plan;

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

/** The plan API's refusals as problem details, ahead of the API's general advice. */
@RestControllerAdvice(assignableTypes = PlanApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PlanApiErrors {

    private static final Set<String> CONFLICTS = Set.of("plan.error.stale", "plan.error.exists");
    private static final Set<String> MISSING =
            Set.of("plan.error.noProgramme", "plan.error.noPlan", "plan.error.unknownSection");

    private final ApiProblems problems;

    PlanApiErrors(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(PlanRejected.class)
    ResponseEntity<ApiProblem> rejected(PlanRejected rejected, HttpServletRequest request) {
        return problems.respond(
                request, status(rejected.messageKey()), rejected.field(), rejected.messageKey(), rejected.arguments());
    }

    @ExceptionHandler(ResponseStatusException.class)
    ResponseEntity<ApiProblem> refused(ResponseStatusException refused, HttpServletRequest request) {
        return problems.programmeAccess(request, refused);
    }

    private static HttpStatus status(String key) {
        if (CONFLICTS.contains(key)) {
            return HttpStatus.CONFLICT;
        }
        return MISSING.contains(key) ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT;
    }
}
