package nl.rendement.app.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI document describes the JSON API, and only it, for signed-in callers. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class ApiDocumentationIT {

    private static final String PLAN = "$.paths['/api/programmes/{id}/plan']";

    @Autowired
    MockMvc mvc;

    @Test
    void describesThePlanCallsAndTheirBasicAuthentication() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("viewer", "rendement-demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Rendement API"))
                .andExpect(jsonPath(PLAN + ".get.summary").exists())
                .andExpect(jsonPath(PLAN + ".post.requestBody.content['application/json']")
                        .exists())
                .andExpect(jsonPath(PLAN + ".post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/programmes/{id}/plan/{section}'].put.responses['422']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/programmes/{id}/plan/undo'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/programmes/{id}/plan/revisions'].get")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/programmes/{id}/plan/documents'].get")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.EvaluationPlan.properties.horizon")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.ApiProblem.properties.key")
                        .exists())
                .andExpect(jsonPath("$.components.securitySchemes.basic.type").value("http"))
                .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
                .andExpect(jsonPath("$.security[0].basic").exists());
    }

    @Test
    void describesTheImportCallsWithTheirTokenAuthentication() throws Exception {
        String upload = "$.paths['/api/imports/{kind}'].post";
        mvc.perform(get("/v3/api-docs").with(httpBasic("viewer", "rendement-demo")))
                .andExpect(jsonPath(upload + ".requestBody.content['multipart/form-data']")
                        .exists())
                .andExpect(jsonPath(upload + ".requestBody.content['application/json']")
                        .exists())
                .andExpect(jsonPath(upload + ".security[*].token").exists())
                .andExpect(jsonPath("$.paths['/api/imports/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/imports/{id}/commit'].post").exists())
                .andExpect(jsonPath("$.paths['/api/imports/{id}/discard'].post").exists())
                .andExpect(jsonPath("$.paths['/api/imports/{id}/undo'].post").exists())
                .andExpect(jsonPath("$.components.schemas.ImportView.properties.problems")
                        .exists())
                .andExpect(jsonPath("$.components.securitySchemes.token.type").value("http"))
                .andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"));
    }

    @Test
    void leavesThePagesOut() throws Exception {
        mvc.perform(get("/v3/api-docs").with(httpBasic("viewer", "rendement-demo")))
                .andExpect(jsonPath("$.paths['/programmes']").doesNotExist())
                .andExpect(jsonPath("$.paths['/programmes/{id}']").doesNotExist())
                .andExpect(jsonPath("$.paths['/settings/users']").doesNotExist())
                .andExpect(jsonPath("$.paths['/settings/api-tokens']").doesNotExist())
                .andExpect(jsonPath("$.paths['/login']").doesNotExist());
    }

    @Test
    void isForSignedInCallersOnly() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
    }
}
