package nl.rendement.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.rendement.app.security.UserDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;

/**
 * Real headless Chromium against the demo instance: the director's walk through settings in
 * both languages, and axe-core on every page in both languages. Screenshots of each page land
 * in target/screenshots.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class BrowserIT {

    private static final String PASSWORD = "rendement-demo";
    private static final String HOURS = "#hoursPerFteYear";
    private static final String HISTORY_ROWS = "#settings-history tbody tr";

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    UserDirectory users;

    @BeforeAll
    static void chromiumInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    void directorChangesSettingsInDutchAndEnglishAndSwitchesLanguage() {
        try (Browser browser = Browser.open(base(), "nl")) {
            browser.get("/");
            assertThat(browser.path()).isEqualTo("/login");
            assertThat(browser.text("h1")).isEqualTo("Inloggen");
            browser.screenshot("walk-01-login-nl");

            browser.signIn("director", PASSWORD);
            browser.speak("nl");
            browser.follow(".mainnav a[href$='/settings']");
            assertThat(browser.text(".mainnav [aria-current=page]")).isEqualTo("Instellingen");

            saveHours(browser, "1.650,5");
            assertSaved(browser, "nl", "1650,5", "1.650,5");
            browser.screenshot("walk-02-settings-saved-nl");

            browser.speak("en");
            assertThat(browser.text(".mainnav [aria-current=page]")).isEqualTo("Settings");
            assertThat(browser.text("h1")).isEqualTo(text("settings.heading", "en"));
            assertThat(browser.find(HOURS).getDomProperty("value")).isEqualTo("1650.5");
            assertThat(browser.findAll(HISTORY_ROWS).get(0).getText()).endsWith("1,600 1,650.5");

            saveHours(browser, "1.650,5");
            assertThat(browser.text("#hoursPerFteYear-error")).isEqualTo(text("settings.error.number", "en"));
            assertThat(browser.findAll(HISTORY_ROWS)).hasSize(1);
            browser.screenshot("walk-03-settings-refused-en");

            saveHours(browser, "1,700.25");
            assertSaved(browser, "en", "1700.25", "1,700.25");
            browser.screenshot("walk-04-settings-saved-en");

            browser.follow("a[href$='/settings/users']");
            assertThat(browser.text("h1")).isEqualTo(text("users.heading", "en"));
            assertThat(browser.text("table")).contains("director", "admin", "analyst", "viewer");
            browser.screenshot("walk-05-users-en");

            browser.follow(".logout button");
            assertThat(browser.path()).isEqualTo("/login?logout");
            assertThat(browser.text(".flash-ok")).isEqualTo(text("login.loggedOut", "en"));
            assertThat(browser.findAll(".mainnav")).isEmpty();
            browser.screenshot("walk-06-logged-out-en");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void everyPageIsFreeOfSeriousAccessibilityViolationsAndConsoleErrors(String language) {
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open(base(), language)) {
            browser.get("/login");
            assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo(language);
            check(browser, language, "login", problems);
            browser.signIn("director", PASSWORD);
            browser.speak(language);
            for (String page : List.of(
                    "portfolio", "programmes", "people", "data", "settings", "settings/users", "settings/api-tokens")) {
                browser.get("/" + page);
                check(browser, language, page.replace('/', '-'), problems);
            }
            browser.get("/settings/users/" + users.idOf("hrbp").orElseThrow() + "/access");
            assertThat(browser.findAll("input[name=unit]:checked")).hasSize(1);
            check(browser, language, "settings-user-access", problems);
            browser.get("/programmes/new");
            check(browser, language, "programme-new", problems);
            browser.follow("form[action$='/programmes'] button[type=submit]");
            check(browser, language, "programme-new-invalid", problems);
            browser.get("/programmes");
            browser.follow("#programmes tbody tr:first-child a");
            check(browser, language, "programme-detail", problems);
            browser.follow("a[href$='/cohorts/new']");
            check(browser, language, "programme-cohort-new", problems);
            browser.get("/settings");
            saveHours(browser, "not a number");
            check(browser, language, "settings-invalid", problems);
            browser.get("/no-such-page");
            check(browser, language, "error-404", problems);
            assertThat(browser.text("h1")).contains("404");
        }
        assertThat(problems)
                .withFailMessage(
                        "Serious or critical axe-core violations or console errors on the %s pages:%n%s",
                        language, String.join("\n", problems))
                .isEmpty();
    }

    private void check(Browser browser, String language, String page, List<String> problems) {
        browser.screenshot(language + "-" + page);
        assertThat(browser.find("html").getDomAttribute("lang")).isEqualTo(language);
        Accessibility.blockingViolations(browser.driver()).forEach(line -> problems.add(page + ": " + line));
        browser.consoleErrors().forEach(line -> problems.add(page + ": console: " + line));
    }

    private static void saveHours(Browser browser, String hours) {
        browser.type(HOURS, hours);
        browser.follow("form[action$='/settings'] button[type=submit]");
    }

    private void assertSaved(Browser browser, String language, String shown, String recorded) {
        assertThat(browser.text(".flash-ok")).isEqualTo(text("settings.saved", language));
        assertThat(browser.find(HOURS).getDomProperty("value")).isEqualTo(shown);
        WebElement latest = browser.findAll(HISTORY_ROWS).get(0);
        assertThat(latest.getText())
                .contains("director", text("settings.field.hoursPerFteYear", language))
                .endsWith(recorded);
    }

    private String text(String key, String language) {
        return messages.getMessage(key, null, Locale.forLanguageTag(language));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
