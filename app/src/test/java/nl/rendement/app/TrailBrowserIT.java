package nl.rendement.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.util.ArrayList;
import java.util.List;
import nl.rendement.app.evaluation.run.RunWorker;
import nl.rendement.app.evaluation.run.Runs;
import nl.rendement.app.programme.ProgrammeCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A figure's trail page in real headless Chromium, as the director and as the viewer read it, in
 * Dutch and English: free of serious accessibility violations, with a screenshot of each. The
 * demo's runs are evaluated here, so the context is not handed on.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class TrailBrowserIT {

    private static final String PASSWORD = "rendement-demo";

    @LocalServerPort
    int port;

    @Autowired
    RunWorker worker;

    @Autowired
    Runs runs;

    @Autowired
    ProgrammeCatalogue catalogue;

    @BeforeAll
    static void chromiumInstalled() {
        Browser.assumeInstalled();
    }

    @Test
    void showsATrailAccessiblyToEachReaderInEachLanguage() {
        while (worker.runNext().isPresent()) {
            // the worker evaluates; the page only reads what it stored
        }
        long id = catalogue.byName("Welkom bij Voorbeeldgroep").orElseThrow().id();
        String trail = "/programmes/" + id + "/versions/"
                + runs.current(id).orElseThrow().number() + "/trail?figure=";
        List<String> problems = new ArrayList<>();
        for (String login : List.of("director", "viewer")) {
            for (String language : List.of("nl", "en")) {
                try (Browser browser = Browser.open("http://localhost:" + port, language)) {
                    browser.get("/login");
                    browser.signIn(login, PASSWORD);
                    browser.speak(language);
                    for (String figure : List.of("/roi/roiPercent", "/measures/0/annualBenefit")) {
                        browser.get(trail + figure);
                        assertThat(browser.findAll("#steps > li")).isNotEmpty();
                        String name = "trail-" + login + "-" + language + figure.replace('/', '-');
                        browser.screenshot(name);
                        Accessibility.blockingViolations(browser.driver())
                                .forEach(line -> problems.add(name + ": " + line));
                        browser.consoleErrors().forEach(line -> problems.add(name + ": console: " + line));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
