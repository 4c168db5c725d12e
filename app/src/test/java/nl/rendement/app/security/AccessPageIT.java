package nl.rendement.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.rendement.app.people.OrgUnit;
import nl.rendement.app.people.OrgUnits;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeSummary;
import nl.rendement.app.system.Formats;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The administrator's access page over the demo organisation: the director limits a user of
 * their own to units and programmes, and the demo's hrbp shows how a stored limit reads.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
class AccessPageIT {

    private static final String SUBJECT = "scope-subject";
    private static final String ADMIN = "director";
    private static final String LEADERSHIP = "Leiderschap in de praktijk";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService logins;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    Scopes scopes;

    @Autowired
    OrgUnits units;

    @Autowired
    ProgrammeCatalogue catalogue;

    @Autowired
    Formats formats;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    long subject;

    @BeforeEach
    void subjectWithoutLimits() {
        subject = accounts.byUsername(SUBJECT)
                .map(Account::id)
                .orElseGet(() -> administration.create(
                        "test",
                        new AccountAdministration.NewAccount(
                                SUBJECT,
                                "Scope subject",
                                "correct horse battery",
                                "correct horse battery",
                                Set.of(Role.ANALYST))));
        scopes.limit("test", subject, Scope.UNLIMITED);
    }

    @AfterEach
    void liftTheLimits() {
        scopes.limit("test", subject, Scope.UNLIMITED);
    }

    @Test
    void listsTodaysUnitsAsATreeAndEveryProgrammeWithTheStoredGrantsTicked() throws Exception {
        long hrbp = accounts.byUsername("hrbp").orElseThrow().id();
        Document page = page("/settings/users/" + hrbp + "/access", "en");

        List<OrgUnit> today = units.asOf(formats.today());
        assertThat(page.select("input[name=unit]")).hasSize(today.size());
        assertThat(page.select("input[name=unit][checked]").eachAttr("value"))
                .containsExactly(String.valueOf(unit("D01")));
        Element verkoop = label(page, "unit", unit("D01"));
        assertThat(verkoop.text()).isEqualTo("Verkoop");
        assertThat(verkoop.hasClass("depth-1"))
                .as("a department sits one below the organisation")
                .isTrue();
        Element firstTeam = verkoop.nextElementSibling();
        assertThat(firstTeam.text()).startsWith("Verkoop ");
        assertThat(firstTeam.hasClass("depth-2"))
                .as("its teams follow it, one deeper")
                .isTrue();

        assertThat(page.select("input[name=programme]")).hasSize(catalogue.all().size());
        assertThat(page.select("input[name=programme][checked]")).isEmpty();
        assertThat(page.select("h1").text()).contains("Demo HR business partner");
        assertThat(page.select(".lead").text()).contains(text("users.access.limited", "en", 1, 0));
        assertThat(page.select(".card-note").text())
                .contains(text("access.meaning.unit", "en"), text("access.meaning.limits", "en"));
    }

    @Test
    void storesTheChosenGrantsAndRecordsTheChange() throws Exception {
        long department = unit("D02");
        long leadership = programme(LEADERSHIP);
        long recorded = scopeChanges();

        MockHttpServletResponse saved = mvc.perform(as(post(access(subject))
                        .param("unit", String.valueOf(department))
                        .param("programme", String.valueOf(leadership))))
                .andReturn()
                .getResponse();

        assertThat(saved.getRedirectedUrl()).isEqualTo(access(subject));
        assertThat(scopes.of(subject)).isEqualTo(new Scope(Set.of(department), Set.of(leadership)));
        assertThat(scopeChanges()).isEqualTo(recorded + 1);
        assertThat(jdbc.sql("select new_value from app_user_change where user_id = ? order by id desc")
                        .param(subject)
                        .query(String.class)
                        .list()
                        .get(0))
                .isEqualTo("units " + department + "; programmes " + leadership);
        Document page = page(access(subject), "en");
        assertThat(page.select("input[checked]").eachAttr("value"))
                .containsExactly(String.valueOf(department), String.valueOf(leadership));
    }

    @Test
    void refusesAUnitThatIsNotOnOfferAndKeepsTheStoredScope() throws Exception {
        Scope stored = new Scope(Set.of(unit("D01")), Set.of());
        scopes.limit("test", subject, stored);
        long recorded = scopeChanges();

        MockHttpServletResponse refused = mvc.perform(as(post(access(subject))
                        .header("Accept-Language", "en")
                        .param("unit", String.valueOf(unit("D02")), "999999")
                        .param("programme", String.valueOf(programme(LEADERSHIP)))))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(refused.getContentAsString());
        assertThat(page.select(".flash-error").text()).isEqualTo(text("access.refused", "en"));
        assertThat(page.select("#unit-error").text()).isEqualTo(text("access.error.unit", "en", "999999"));
        assertThat(page.select("input[name=unit][checked]").eachAttr("value"))
                .as("the boxes stay as sent")
                .containsExactly(String.valueOf(unit("D02")));
        assertThat(scopes.of(subject)).isEqualTo(stored);
        assertThat(scopeChanges()).isEqualTo(recorded);
    }

    @Test
    void refusesAProgrammeIdThatIsNoNumber() throws Exception {
        Document page = Jsoup.parse(mvc.perform(
                        as(post(access(subject)).header("Accept-Language", "en").param("programme", "all")))
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select("#programme-error").text()).isEqualTo(text("access.error.programme", "en", "all"));
        assertThat(scopes.of(subject)).isEqualTo(Scope.UNLIMITED);
    }

    @Test
    void answersNotFoundForAnUnknownUser() throws Exception {
        assertThat(mvc.perform(as(get(access(999_999))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(as(post(access(999_999)).param("unit", String.valueOf(unit("D01")))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void usersPageSumsUpEachAccountsAccessAndNamesTheGrantsOfAScopeChange(String language) throws Exception {
        scopes.limit("test", subject, new Scope(Set.of(unit("D01")), Set.of(programme(LEADERSHIP))));

        Document page = page("/settings/users", language);

        assertThat(row(page, SUBJECT).text()).contains(text("users.access.limited", language, 1, 1));
        assertThat(row(page, "hrbp").text()).contains(text("users.access.limited", language, 1, 0));
        assertThat(row(page, "analyst").text()).contains(text("users.access.everything", language));
        assertThat(row(page, SUBJECT).select("a[href='" + access(subject) + "']"))
                .hasSize(1);
        Element latest = page.select("table").last().select("tbody tr").first();
        assertThat(latest.text())
                .contains(SUBJECT, text("users.change.scope", language))
                .contains(text("users.access.everything", language))
                .endsWith(text("users.access.grants", language, "Verkoop", LEADERSHIP));
    }

    private Document page(String path, String language) throws Exception {
        MockHttpServletResponse response = mvc.perform(as(get(path)).header("Accept-Language", language))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(user(logins.loadUserByUsername(ADMIN))).with(csrf());
    }

    private static String access(long user) {
        return "/settings/users/" + user + "/access";
    }

    private static Element label(Document page, String name, long id) {
        return page.selectFirst("input[name=" + name + "][value=" + id + "]").parent();
    }

    private static Element row(Document page, String username) {
        return page.select("table").first().select("tbody tr").stream()
                .filter(row -> row.select("code").text().equals(username))
                .findFirst()
                .orElseThrow();
    }

    private long unit(String code) {
        return units.byCode(code).orElseThrow().id();
    }

    private long programme(String name) {
        return catalogue.all().stream()
                .filter(programme -> programme.name().equals(name))
                .map(ProgrammeSummary::id)
                .findFirst()
                .orElseThrow();
    }

    private long scopeChanges() {
        return jdbc.sql("select count(*) from app_user_change where user_id = ? and field = 'scope'")
                .param(subject)
                .query(Long.class)
                .single();
    }

    private String text(String key, String language, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.forLanguageTag(language));
    }
}
