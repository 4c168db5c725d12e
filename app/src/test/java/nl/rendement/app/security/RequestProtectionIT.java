package nl.rendement.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.rendement.app.organisation.Organisation;
import nl.rendement.app.organisation.OrganisationSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** What guards every request: a CSRF token on every form post, and the browser's protections. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class RequestProtectionIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Organisation organisation;

    @Test
    void refusesTheSettingsFormWithoutItsCsrfToken() throws Exception {
        MockHttpSession session = new MockHttpSession();
        RequestPostProcessor admin = user(accounts.loadUserByUsername("admin"));
        MultiValueMap<String, String> fields = settingsFormAsThePageSendsIt(session, admin);
        fields.set("name", "Renamed through the form");
        MultiValueMap<String, String> withoutToken = new LinkedMultiValueMap<>(fields);
        withoutToken.remove("_csrf");
        OrganisationSettings before = organisation.settings();

        mvc.perform(post("/settings").session(session).with(admin).params(withoutToken))
                .andExpect(status().isForbidden());
        assertThat(organisation.settings()).isEqualTo(before);

        mvc.perform(post("/settings").session(session).with(admin).params(fields))
                .andExpect(redirectedUrl("/settings"));
        assertThat(organisation.settings().name()).isEqualTo("Renamed through the form");
    }

    @Test
    void sendsSecureHeadersWithEveryPage() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy",
                                allOf(
                                        containsString("default-src 'self'"),
                                        containsString("script-src 'self'"),
                                        containsString("object-src 'none'"),
                                        containsString("frame-ancestors 'none'"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")));
    }

    /** The fields a browser would submit from the settings page, its CSRF token among them. */
    private MultiValueMap<String, String> settingsFormAsThePageSendsIt(
            MockHttpSession session, RequestPostProcessor admin) throws Exception {
        String page = mvc.perform(get("/settings").session(session).with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        FormElement form =
                Jsoup.parse(page).select("form[action=/settings]").forms().get(0);
        MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
        form.formData().forEach(field -> fields.add(field.key(), field.value()));
        assertThat(fields).containsKey("_csrf");
        return fields;
    }
}
