package nl.rendement.app.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.rendement.app.evaluation.EvaluateCommand;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs and result versions through the JSON API, signed in with HTTP Basic as the demo's logins:
 * asking for a run only queues it; the worker makes the version; a version reads with its trail,
 * freezes once, and its evaluation file, downloaded by an analyst, gives the same result through
 * {@code evaluate --json}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class RunApiIT {

    private static final String PASSWORD = "rendement-demo";

    @Autowired
    MockMvc mvc;

    @Autowired
    RunWorker worker;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Test
    void queuesRunsReadsVersionsFreezesAndExportsTheEvaluationFile(@TempDir Path folder) throws Exception {
        long programme =
                catalogue.all().stream().map(ProgrammeSummary::id).findFirst().orElseThrow();
        String base = "/api/programmes/" + programme;

        mvc.perform(get(base + "/versions/current").with(httpBasic("viewer", PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.key").value("run.error.noResult"));
        mvc.perform(post(base + "/runs")
                        .with(httpBasic("director", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cause\": \"Kwartaalcijfers\"}"))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").value("QUEUED"));
        mvc.perform(post(base + "/runs")
                        .with(httpBasic("viewer", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        while (worker.runNext().isPresent()) {
            // the worker, not the request, evaluates
        }

        mvc.perform(get(base + "/runs").with(httpBasic("viewer", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].state").value("DONE"));
        mvc.perform(get(base + "/versions").with(httpBasic("viewer", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].number").value(1))
                .andExpect(jsonPath("$[0].fingerprint").isString());
        String current = mvc.perform(get(base + "/versions/current").with(httpBasic("viewer", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version.number").value(1))
                .andExpect(jsonPath("$.result.format").value("rendement-evaluation-result/2"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        mvc.perform(post(base + "/versions/1/freeze")
                        .with(httpBasic("director", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\": \"Bestuur, Q2 2026\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.frozen.label").value("Bestuur, Q2 2026"));
        mvc.perform(post(base + "/versions/1/freeze")
                        .with(httpBasic("director", PASSWORD))
                        .header("Accept-Language", "nl")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"label\": \"Opnieuw\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("Versie 1 is al vastgezet als \u201cBestuur, Q2 2026\u201d."));
        mvc.perform(get(base + "/versions/9").with(httpBasic("viewer", PASSWORD)))
                .andExpect(status().isNotFound());

        mvc.perform(get(base + "/versions/1/evaluation.zip").with(httpBasic("viewer", PASSWORD)))
                .andExpect(status().isForbidden());
        byte[] zip = mvc.perform(get(base + "/versions/1/evaluation.zip").with(httpBasic("director", PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Files.write(folder.resolve(entry.getName()), entries.readAllBytes());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = EvaluateCommand.run(
                List.of("--json", folder.resolve(EvaluationBundle.EVALUATION).toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        JsonNode evaluated = JsonMapper.shared().readTree(out.toString(StandardCharsets.UTF_8));
        String whole = mvc.perform(get(base + "/versions/current").with(httpBasic("director", PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(evaluated).isEqualTo(JsonMapper.shared().readTree(whole).get("result"));
        assertThat(whole)
                .contains("\"individuals\"")
                .containsPattern("\"name\":\"respondent\",\"type\":\"text\",\"value\":\"R");
        assertThat(current)
                .as("a viewer's result holds no person-level rows or facts")
                .doesNotContain("\"individuals\"")
                .doesNotContainPattern("\"name\":\"respondent\",\"type\":\"text\",\"value\":\"R");
    }
}
