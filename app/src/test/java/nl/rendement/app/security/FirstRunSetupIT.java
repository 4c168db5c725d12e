package nl.rendement.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.rendement.app.system.FieldProblem;
import nl.rendement.app.system.Problems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A production instance started without RENDEMENT_ADMIN_PASSWORD: its first run. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FirstRunSetupIT {

    /** What a first run serves besides the setup page: errors, health, the language switch. */
    private static final Set<Route> SERVED_DURING_SETUP = Stream.of(
                    "GET /setup",
                    "POST /setup",
                    "ANY /error",
                    "POST /language",
                    "GET /actuator/health",
                    "GET /actuator/health/**")
            .map(Route::parse)
            .collect(Collectors.toUnmodifiableSet());

    private static final String PASSWORD = "a-long-enough-passphrase";

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;

    @Autowired
    SetupState setup;

    @Autowired
    Accounts accounts;

    @Test
    void leadsEveryOtherRouteToTheSetupPage() throws Exception {
        assertThat(Route.in(context)).containsAll(SERVED_DURING_SETUP);
        List<String> mismatches = new ArrayList<>();
        for (Route route : Route.in(context)) {
            Outcome expected = SERVED_DURING_SETUP.contains(route)
                    ? Outcome.ALLOWED
                    : route.api() ? Outcome.SETUP_FIRST : Outcome.SETUP;
            for (HttpMethod method : route.methodsToTry()) {
                Outcome actual = Outcome.of(
                        route,
                        mvc.perform(request(method, route.examplePath()).with(csrf()))
                                .andReturn()
                                .getResponse());
                if (actual != expected) {
                    mismatches.add(method + " " + route.examplePath() + ": " + actual + ", not " + expected);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void refusesAWrongSetupCode() throws Exception {
        mvc.perform(setupWith("0123456789ab", "first.admin"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("problems", Problems.of(new FieldProblem("code", "setup.error.code"))));

        assertThat(setup.needed()).isTrue();
        assertThat(accounts.byUsername("first.admin")).isEmpty();
    }

    @Test
    @DirtiesContext
    void createsTheFirstAdministratorWithTheConsoleCodeAndThenHidesSetup() throws Exception {
        String code = setup.code().orElseThrow();

        mvc.perform(setupWith(code, "first.admin"))
                .andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("notice", "setup.done"));

        assertThat(accounts.byUsername("first.admin").orElseThrow().isAdmin()).isTrue();
        mvc.perform(get("/setup")).andExpect(status().isNotFound());
        mvc.perform(setupWith(code, "second.admin")).andExpect(status().isNotFound());
        assertThat(accounts.byUsername("second.admin")).isEmpty();
        mvc.perform(get("/portfolio")).andExpect(redirectedUrl("/login"));
        mvc.perform(FormLogin.of("first.admin", PASSWORD, "10.2.0.1")).andExpect(redirectedUrl("/"));
    }

    private static MockHttpServletRequestBuilder setupWith(String code, String username) {
        return post("/setup")
                .with(csrf())
                .param("code", code)
                .param("username", username)
                .param("displayName", "First administrator")
                .param("password", PASSWORD)
                .param("repeatPassword", PASSWORD);
    }
}
