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

import java.util.List;
import java.util.Set;
import nl.rendement.app.organisation.Organisation;
import nl.rendement.app.organisation.OrganisationSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Protections of every request and every login, shown on a demo instance. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class DemoInstanceSecurityIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Organisation organisation;

    @Autowired
    AccountAdministration administration;

    @Test
    void refusesAFormPostWithoutCsrfToken() throws Exception {
        OrganisationSettings before = organisation.settings();

        mvc.perform(post("/settings")
                        .with(user(accounts.loadUserByUsername("admin")))
                        .param("version", String.valueOf(before.version()))
                        .param("name", "Renamed without a token")
                        .param("country", "NL")
                        .param("reportingCurrency", "EUR")
                        .param("defaultLanguage", "nl")
                        .param("fiscalYearStartMonth", "1")
                        .param("fiscalYearStartDay", "1")
                        .param("hoursPerFteYear", "1600")
                        .param("employerCostPercent", "30")
                        .param("vatReclaimable", "true")
                        .param("anonymityThreshold", "5")
                        .param("defaultRoiObjectivePercent", "25")
                        .param("discountRatePercent", "2"))
                .andExpect(status().isForbidden());

        assertThat(organisation.settings()).isEqualTo(before);
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
