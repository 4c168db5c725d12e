package nl.rendement.app.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Exchange rates on the Settings page of the demo organisation (reporting currency EUR): an
 * administrator adds one, sees each refused field next to it, and removes it again; everyone else
 * reads them without a form.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class ExchangeRatesPageIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void noRates() {
        jdbc.sql("delete from exchange_rate").update();
    }

    @Test
    void anAdministratorAddsARateAndRemovesItAgain() throws Exception {
        assertThat(page("admin").select("#rates-none").text()).isEqualTo("No exchange rates yet.");

        Document added = follow(add("usd", "0.92", "2025-01-02", "ECB reference rate"));

        assertThat(added.select(".flash-ok").text()).isEqualTo("The exchange rate has been added.");
        assertThat(added.select("#rates tbody td").eachText())
                .startsWith("USD", "EUR", "0.92")
                .contains("ECB reference rate");
        assertThat(jdbc.sql("select added_by from exchange_rate")
                        .query(String.class)
                        .single())
                .isEqualTo("admin");

        String remove = added.select("#rates form").attr("action");
        Document removed = follow(mvc.perform(as("admin", post(remove))).andReturn());

        assertThat(removed.select(".flash-ok").text()).isEqualTo("The exchange rate has been removed.");
        assertThat(removed.select("#rates-none")).hasSize(1);
        assertThat(count()).isZero();
    }

    @Test
    void aRefusedRateShowsEachProblemNextToItsFieldAndAddsNothing() throws Exception {
        Document refused = follow(add("EUR", "-1", "", " "));

        assertThat(refused.select("#exchange-rates .flash-error").text())
                .isEqualTo("No rate was added. Correct the fields marked below.");
        assertThat(refused.select("#currency-error").text())
                .isEqualTo("Use a three-letter ISO 4217 code other than the reporting currency, such as USD.");
        assertThat(refused.select("#rate-error").text()).isEqualTo("Give a number above 0, with at most 10 decimals.");
        assertThat(refused.select("#validFrom-error").text()).isEqualTo("Give the first day the rate applies to.");
        assertThat(refused.select("#source-error").text())
                .isEqualTo("Say where the rate comes from, in at most 200 characters.");
        assertThat(refused.select("#rateValue").attr("value")).isEqualTo("-1");
        assertThat(refused.select("#name-error"))
                .as("the settings form shows no problem")
                .isEmpty();
        assertThat(count()).isZero();
    }

    @Test
    void aSecondRateForTheSameCurrencyAndDayIsRefused() throws Exception {
        add("GBP", "1.17", "2025-01-02", "ECB");

        Document refused = follow(add("gbp", "1.18", "2025-01-02", "Bank"));

        assertThat(refused.select("#validFrom-error").text())
                .isEqualTo("This currency already has a rate from this day: remove that one first.");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aViewerReadsTheRatesButCannotAddOrRemoveOne() throws Exception {
        add("USD", "0.92", "2025-01-02", "ECB reference rate");

        Document page = page("viewer");

        assertThat(page.select("#rates tbody tr")).hasSize(1);
        assertThat(page.select("form[action=/settings/exchange-rates]")).isEmpty();
        assertThat(page.select("#rates form")).isEmpty();
        assertThat(mvc.perform(as("viewer", post("/settings/exchange-rates").param("currency", "GBP")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(count()).isEqualTo(1);
    }

    private MvcResult add(String currency, String rate, String validFrom, String source) throws Exception {
        return mvc.perform(as(
                        "admin",
                        post("/settings/exchange-rates")
                                .param("currency", currency)
                                .param("rate", rate)
                                .param("validFrom", validFrom)
                                .param("source", source)))
                .andReturn();
    }

    private Document page(String user) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(as(user, get("/settings"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    /** The section a step redirects to, with the notice or problems it left for it. */
    private Document follow(MvcResult step) throws Exception {
        String target = step.getResponse().getRedirectedUrl();
        assertThat(target).isEqualTo("/settings#exchange-rates");
        return Jsoup.parse(mvc.perform(as("admin", get("/settings")).flashAttrs(step.getFlashMap()))
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.loadUserByUsername(user)))
                .with(csrf())
                .header("Accept-Language", "en");
    }

    private long count() {
        return jdbc.sql("select count(*) from exchange_rate").query(Long.class).single();
    }
}
