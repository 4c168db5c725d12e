package nl.rendement.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Real form logins: a new session id at login, and throttled password guessing. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class LoginProtectionIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountAdministration administration;

    @Test
    void changesTheSessionIdAtLogin() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        mvc.perform(FormLogin.of("director", DemoAccounts.PASSWORD, "10.0.1.1").session(session))
                .andExpect(redirectedUrl("/"));

        assertThat(session.getId()).isNotEqualTo(before);
        mvc.perform(get("/portfolio").session(session)).andExpect(status().isOk());
    }

    @Test
    void refusesEvenTheRightPasswordAfterFiveWrongOnes() throws Exception {
        String password = "a-long-enough-passphrase";
        administration.create(
                "test",
                new AccountAdministration.NewAccount(
                        "throttle.probe", "Throttle probe", password, password, Set.of(Role.VIEWER)));
        String address = "10.0.2.1";
        mvc.perform(FormLogin.of("throttle.probe", password, address)).andExpect(redirectedUrl("/"));

        for (String spelling :
                List.of("throttle.probe", "Throttle.Probe", "THROTTLE.PROBE", "throttle.Probe", "throttle.probe")) {
            mvc.perform(FormLogin.of(spelling, "a-wrong-passphrase", address)).andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(FormLogin.of("throttle.probe", password, address)).andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(FormLogin.of("throttle.probe", password, "10.0.2.2")).andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(FormLogin.of("viewer", DemoAccounts.PASSWORD, address)).andExpect(redirectedUrl("/"));
    }
}
