package nl.rendement.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.rendement.app.evaluation.run.RunWorker;
import nl.rendement.app.storage.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Started against a real PostgreSQL, Rendement migrates and serves the same pages as on H2. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@OnPostgres
@DirtiesContext
class PagesPostgresIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RunWorker worker;

    @Test
    void migratesOnPostgresql() {
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
        assertThat(jdbc.sql("select mode from instance").query(String.class).single())
                .isEqualTo("demo");
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    @Test
    void servesEveryPageToTheDemoDirector() throws Exception {
        MockHttpSession session =
                (MockHttpSession) mvc.perform(formLogin().user("director").password("rendement-demo"))
                        .andExpect(redirectedUrl("/"))
                        .andReturn()
                        .getRequest()
                        .getSession();

        while (worker.runNext().isPresent()) {
            // the demo's runs, so that the step pages read a stored result
        }
        long programme =
                jdbc.sql("select min(id) from programme").query(Long.class).single();
        String steps = "/programmes/" + programme + "/steps/";
        for (String page : List.of(
                "/portfolio",
                "/programmes",
                "/people",
                "/data",
                "/settings",
                "/settings/users",
                "/settings/api-tokens",
                steps + "goals",
                steps + "measure",
                steps + "value",
                steps + "roi",
                "/programmes/" + programme + "/versions/1/trail?figure=/annualBenefits")) {
            String html = mvc.perform(get(page).session(session).header("Accept-Language", "nl"))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(html).as(page).contains("Instellingen").doesNotContain("??");
        }
    }
}
