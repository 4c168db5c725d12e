package nl.rendement.app.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The JSON API signs in with HTTP Basic through the login form's authentication, throttle
 * included, and never through the pages' session.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class ApiAuthenticationIT {

    private static final String DOCUMENT = "/v3/api-docs";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration administration;

    @Test
    void sharesTheLoginThrottleWithTheLoginForm() throws Exception {
        String password = "a-long-enough-passphrase";
        administration.create(
                "test",
                new AccountAdministration.NewAccount(
                        "api.throttle.probe", "API throttle probe", password, password, Set.of(Role.VIEWER)));
        mvc.perform(get(DOCUMENT).with(httpBasic("api.throttle.probe", password)))
                .andExpect(status().isOk());

        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(get(DOCUMENT)
                            .with(httpBasic("api.throttle.probe", "a-wrong-passphrase"))
                            .with(from("10.0.5.1")))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.key").value("api.error.unauthorized"));
        }

        mvc.perform(get(DOCUMENT)
                        .with(httpBasic("api.throttle.probe", password))
                        .with(from("10.0.5.1")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.key").value("api.error.throttled"));
        mvc.perform(FormLogin.of("api.throttle.probe", password, "10.0.5.2"))
                .andExpect(redirectedUrl("/login?throttled"));
    }

    @Test
    void ignoresThePagesSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(FormLogin.of("viewer", DemoAccounts.PASSWORD, "10.0.5.3").session(session))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/portfolio").session(session)).andExpect(status().isOk());

        mvc.perform(get(DOCUMENT).session(session)).andExpect(status().isUnauthorized());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
