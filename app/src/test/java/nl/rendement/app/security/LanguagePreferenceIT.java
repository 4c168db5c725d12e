package nl.rendement.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import jakarta.servlet.http.Cookie;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Language: the user's choice, kept on the account across devices, else the browser's. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class LanguagePreferenceIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Test
    void withoutAChoiceTheBrowserLanguageDecides() throws Exception {
        assertThat(page("/login", "nl-NL,nl;q=0.9", null)).contains("<h1>Inloggen</h1>");
        assertThat(page("/login", "en-GB,en;q=0.9", null)).contains("<h1>Log in</h1>");
        assertThat(page("/login", "fr-FR,en;q=0.5", null)).contains("<h1>Log in</h1>");
    }

    @Test
    void aSignedInChoiceIsRememberedOnTheAccountAndRestoredAtTheNextLogin() throws Exception {
        accounts.setLanguage("viewer", null);
        MockHttpSession first = login("viewer", "10.0.4.1");
        MvcResult chosen = mvc.perform(post("/language")
                        .param("lang", "en")
                        .param("back", "/portfolio")
                        .session(first)
                        .with(csrf()))
                .andExpect(redirectedUrl("/portfolio"))
                .andReturn();
        assertThat(chosen.getResponse().getCookie("rendement-lang").getValue()).isEqualTo("en");
        assertThat(accounts.byUsername("viewer").orElseThrow().language()).isEqualTo(Optional.of("en"));

        MvcResult nextDevice = mvc.perform(FormLogin.of("viewer", DemoAccounts.PASSWORD, "10.0.4.2")
                        .header("Accept-Language", "nl"))
                .andReturn();
        Cookie restored = nextDevice.getResponse().getCookie("rendement-lang");

        assertThat(restored).isNotNull();
        assertThat(restored.getValue()).isEqualTo("en");
        assertThat(page(
                        "/portfolio",
                        "nl",
                        (MockHttpSession) nextDevice.getRequest().getSession(),
                        restored))
                .contains("<h1>Portfolio</h1>", "Programmes")
                .doesNotContain("Programma");
    }

    @Test
    void aLanguageSwitchNeverRedirectsAwayFromRendement() throws Exception {
        for (String hostile : new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example"}) {
            mvc.perform(post("/language")
                            .param("lang", "nl")
                            .param("back", hostile)
                            .with(csrf()))
                    .andExpect(redirectedUrl("/"));
        }
    }

    private MockHttpSession login(String username, String address) throws Exception {
        return (MockHttpSession) mvc.perform(FormLogin.of(username, DemoAccounts.PASSWORD, address))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession();
    }

    private String page(String path, String acceptLanguage, MockHttpSession session, Cookie... cookies)
            throws Exception {
        var request = get(path).header("Accept-Language", acceptLanguage);
        if (session != null) {
            request.session(session);
        }
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }
}
