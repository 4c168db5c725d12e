package nl.rendement.app.system;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of a refused JSON API call, as problem details (RFC 9457, {@code
 * application/problem+json}): the HTTP status with its title, the path called, the field at fault
 * (a path in the request's JSON such as {@code horizon.months}; empty when the request as a whole
 * is refused), the message key that says why, and that message in the caller's language.
 */
@Schema(description = "Why a call was refused (RFC 9457 problem details).")
public record ApiProblem(
        @Schema(example = "Unprocessable Content") String title,
        @Schema(example = "422") int status,
        @Schema(example = "/api/programmes/7/plan/horizon") String instance,
        @Schema(example = "horizon.months") String field,
        @Schema(example = "plan.error.horizon") String key,

        @Schema(example = "Benefits are counted over 1 to 120 months, not 200.")
        String message) {}
