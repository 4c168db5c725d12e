package nl.rendement.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Logins and account changes leave no username or name of a person in the logs. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInLogsIT {

    private static final String USERNAME = "marieke.vos@example.org";
    private static final String DISPLAY_NAME = "Marieke Vos-Testpersoon";
    private static final String UNKNOWN_USERNAME = "onbekend.persoon@example.org";
    private static final String PASSWORD = "a-long-enough-passphrase";
    private static final String ADDRESS = "10.0.3.1";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Test
    void logsNeitherUsernamesNorDisplayNames(CapturedOutput output) throws Exception {
        LoggerFactory.getLogger(NoPersonalDataInLogsIT.class).warn("The log is being captured");

        mvc.perform(newAccount(USERNAME, PASSWORD)).andExpect(redirectedUrl("/settings/users"));
        mvc.perform(newAccount(USERNAME, PASSWORD)).andExpect(status().isOk());
        mvc.perform(newAccount("marieke.twee@example.org", "too-short")).andExpect(status().isOk());
        mvc.perform(FormLogin.of(USERNAME, "a-wrong-passphrase", ADDRESS)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(FormLogin.of(UNKNOWN_USERNAME, PASSWORD, ADDRESS)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(FormLogin.of(USERNAME, PASSWORD, ADDRESS)).andExpect(redirectedUrl("/"));

        assertThat(output.getAll())
                .contains("The log is being captured")
                .doesNotContainIgnoringCase("marieke", "Vos-Testpersoon", "onbekend.persoon");
    }

    private MockHttpServletRequestBuilder newAccount(String username, String password) {
        return post("/settings/users")
                .with(user(accounts.loadUserByUsername("director")))
                .with(csrf())
                .param("username", username)
                .param("displayName", DISPLAY_NAME)
                .param("password", password)
                .param("repeatPassword", password)
                .param("roles", "VIEWER");
    }
}
