package nl.rendement.app.system;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The OpenAPI document of the JSON API ({@code /v3/api-docs}, springdoc): every {@code /api}
 * path, called with HTTP Basic (the import API also with a bearer API token), each refusal a
 * problem body. The features describe their own
 * operations and what else those refuse.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String BASIC = "basic";
    private static final String TOKEN = "token";
    private static final String PROBLEM = ApiProblem.class.getSimpleName();

    /** What any call can be refused for, whatever its feature. */
    private static final Map<String, String> REFUSALS = Map.of(
            "400", "Malformed JSON or a bad parameter",
            "401", "Not signed in: no or a wrong username and password, or a wrong, revoked or expired token",
            "403", "The caller's roles or access do not allow it",
            "404", "No such programme (or one the caller does not see), or nothing of it at this address");

    /** What a change can be refused for besides. */
    private static final Map<String, String> CHANGE_REFUSALS = Map.of(
            "409", "Changed since the revision the change was made on, or made already",
            "422", "A value is refused: the problem names the field and says why");

    @Bean
    OpenAPI rendementApi() {
        Components components = new Components()
                .addSecuritySchemes(
                        BASIC,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme(BASIC)
                                .description("A Rendement username and password; reading needs the role VIEWER,"
                                        + " changing needs ANALYST."))
                .addSecuritySchemes(
                        TOKEN,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("rdm_ and 43 base64url characters")
                                .description("An API token an administrator created under Settings, API tokens:"
                                        + " for the import API only, for the kinds of data (and org units) it was"
                                        + " created for."));
        ModelConverters.getInstance().read(ApiProblem.class).forEach(components::addSchemas);
        return new OpenAPI()
                .info(new Info()
                        .title("Rendement API")
                        .version("1")
                        .description("Evaluation plans of training programmes, under the same roles and access"
                                + " limits as the pages, and imports of data, also with API tokens. See docs/api.md."))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    OperationCustomizer refusals() {
        return (operation, handler) -> {
            ApiResponses responses = operation.getResponses();
            BiConsumer<String, String> refusal = (status, description) -> {
                if (!responses.containsKey(status)) {
                    responses.addApiResponse(status, problem(description));
                }
            };
            REFUSALS.forEach(refusal);
            if (!handler.hasMethodAnnotation(GetMapping.class)) {
                CHANGE_REFUSALS.forEach(refusal);
            }
            return operation;
        };
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                new MediaType().schema(new Schema<>().$ref(PROBLEM))));
    }
}
