package nl.rendement.app.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the JSON API's {@link ApiProblem}s with the message in the caller's language (their
 * language cookie, else Accept-Language, else the organisation's), for the features' API advice
 * and for the security filters that refuse a call before it reaches a controller.
 */
@Component
public class ApiProblems {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    ApiProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** The problem, with the message {@code key} formatted with {@code arguments}. */
    public ApiProblem of(HttpServletRequest request, HttpStatus status, String field, String key, Object... arguments) {
        String message = messages.getMessage(key, arguments, key, locales.resolveLocale(request));
        return new ApiProblem(status.getReasonPhrase(), status.value(), request.getRequestURI(), field, key, message);
    }

    /** The problem as a response, for an API advice. */
    public ResponseEntity<ApiProblem> respond(
            HttpServletRequest request, HttpStatus status, String field, String key, Object... arguments) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(of(request, status, field, key, arguments));
    }

    /** Spring's own refusal (a wrong method, media type, parameter) with its status and headers. */
    public ResponseEntity<ApiProblem> respond(HttpServletRequest request, ErrorResponse refused) {
        HttpStatus status = HttpStatus.resolve(refused.getStatusCode().value());
        HttpStatus known = status == null ? HttpStatus.BAD_REQUEST : status;
        return ResponseEntity.status(known)
                .headers(refused.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(of(request, known, "", key(known)));
    }

    private static String key(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "api.error.notFound";
            case METHOD_NOT_ALLOWED -> "api.error.method";
            case UNSUPPORTED_MEDIA_TYPE -> "api.error.mediaType";
            case NOT_ACCEPTABLE -> "api.error.notAcceptable";
            default -> status.is4xxClientError() ? "api.error.badRequest" : "api.error.failed";
        };
    }

    /** Writes the problem as the response, for a filter that refuses the call. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        byte[] body = json.writeValueAsBytes(of(request, status, "", key));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /**
     * A programme the caller may not reach, as the programme pages decide it: one they do not see
     * does not exist (404); one they see only through their units is read-only (403).
     */
    public ResponseEntity<ApiProblem> programmeAccess(
            HttpServletRequest request, org.springframework.web.server.ResponseStatusException refused) {
        if (refused.getStatusCode().value() == HttpStatus.FORBIDDEN.value()) {
            return respond(request, HttpStatus.FORBIDDEN, "programmeId", "api.error.throughUnits");
        }
        if (refused.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
            return respond(request, HttpStatus.NOT_FOUND, "programmeId", "plan.error.noProgramme");
        }
        return respond(request, refused);
    }
}
