package nl.rendement.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.rendement.app.system.FieldProblem;
import nl.rendement.app.system.Problems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A production instance whose first administrator came from RENDEMENT_ADMIN_PASSWORD. */
@SpringBootTest(properties = "rendement.admin.password=" + ProductionAccountsIT.ADMIN_PASSWORD)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProductionAccountsIT {

    static final String ADMIN_PASSWORD = "a-production-passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    Accounts accounts;

    @Test
    void refusesDemoLogins() throws Exception {
        String address = "10.1.0.1";
        mvc.perform(FormLogin.of("admin", ADMIN_PASSWORD, address)).andExpect(redirectedUrl("/"));

        mvc.perform(FormLogin.of("director", DemoAccounts.PASSWORD, address)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(FormLogin.of("admin", DemoAccounts.PASSWORD, address)).andExpect(redirectedUrl("/login?error"));
        assertThat(accounts.byUsername("director")).isEmpty();
    }

    @Test
    void rejectsTheDemoPasswordForNewAndExistingUsers() throws Exception {
        mvc.perform(asAdmin(post("/settings/users"))
                        .param("username", "newcomer")
                        .param("displayName", "New colleague")
                        .param("password", DemoAccounts.PASSWORD)
                        .param("repeatPassword", DemoAccounts.PASSWORD)
                        .param("roles", "VIEWER"))
                .andExpect(status().isOk())
                .andExpect(model().attribute(
                                "problems", Problems.of(new FieldProblem("password", "account.error.password.demo"))));
        assertThat(accounts.byUsername("newcomer")).isEmpty();

        long admin = accounts.byUsername("admin").orElseThrow().id();
        mvc.perform(asAdmin(post("/settings/users/{id}/password", admin))
                        .param("password", DemoAccounts.PASSWORD)
                        .param("repeatPassword", DemoAccounts.PASSWORD))
                .andExpect(flash().attribute("failure", "account.error.password.demo"));
        mvc.perform(FormLogin.of("admin", DemoAccounts.PASSWORD, "10.1.0.2")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void keepsTheLastActiveAdministrator() throws Exception {
        long admin = accounts.byUsername("admin").orElseThrow().id();

        disable(admin).andExpect(flash().attribute("failure", "account.error.lastAdmin"));
        mvc.perform(asAdmin(post("/settings/users/{id}/roles", admin)).param("roles", "VIEWER", "ANALYST"))
                .andExpect(flash().attribute("failure", "account.error.lastAdmin"));
        assertThat(accounts.byId(admin).orElseThrow().isAdmin()).isTrue();

        mvc.perform(asAdmin(post("/settings/users"))
                        .param("username", "second.admin")
                        .param("displayName", "Second administrator")
                        .param("password", "another-passphrase")
                        .param("repeatPassword", "another-passphrase")
                        .param("roles", "ADMIN"))
                .andExpect(redirectedUrl("/settings/users"));
        long second = accounts.byUsername("second.admin").orElseThrow().id();
        disable(second).andExpect(flash().attribute("notice", "users.saved"));
        disable(admin).andExpect(flash().attribute("failure", "account.error.lastAdmin"));
        assertThat(accounts.byId(admin).orElseThrow().isAdmin()).isTrue();
        assertThat(accounts.byId(second).orElseThrow().enabled()).isFalse();
    }

    private ResultActions disable(long id) throws Exception {
        return mvc.perform(asAdmin(post("/settings/users/{id}/enabled", id)).param("enabled", "false"));
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user(userDetails.loadUserByUsername("admin"))).with(csrf());
    }
}
