package nl.rendement.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.rendement.app.evaluation.run.RunWorker;
import nl.rendement.app.evaluation.run.Runs;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeSummary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation steps in real headless Chromium, in Dutch and in English: from the programmes
 * list to the ROI in three clicks, every step page accessible and kept as a screenshot, and one
 * changed value of a unit that changes the ROI and shows in the audit of the assumptions.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class StepsBrowserIT {

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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void walksTheStepsAndChangesAValueOfAUnit(String language) {
        evaluateWhatIsQueued();
        ProgrammeSummary programme = withConvertedBenefit();
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open("http://localhost:" + port, language)) {
            browser.get("/login");
            browser.signIn("director", "rendement-demo");
            browser.speak(language);

            browser.follow(".mainnav a[href='/programmes']");
            browser.follow("a[href='/programmes/" + programme.id() + "']");
            browser.follow("nav.steps-nav a[href$='/steps/roi']");
            assertThat(browser.path()).isEqualTo("/programmes/" + programme.id() + "/steps/roi");
            String before = browser.text("a.figure-link[href*='roiPercent']");

            for (String step : List.of("goals", "baseline", "measure", "value", "roi", "present")) {
                browser.get("/programmes/" + programme.id() + "/steps/" + step);
                assertThat(browser.find("h1").getText()).isNotBlank();
                String name = "steps-" + language + "-" + step;
                browser.screenshot(name);
                // the analyst's edit forms are checked open: axe leaves what is hidden alone
                ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
                browser.screenshot(name + "-forms");
                Accessibility.blockingViolations(browser.driver()).forEach(line -> problems.add(name + ": " + line));
                browser.consoleErrors().forEach(line -> problems.add(name + ": console: " + line));
            }

            browser.get("/programmes/" + programme.id() + "/steps/value");
            WebElement edit = browser.findAll("details.edit").get(0);
            edit.findElement(org.openqa.selenium.By.tagName("summary")).click();
            WebElement amount = edit.findElement(org.openqa.selenium.By.name("amount"));
            BigDecimal value = new BigDecimal(amount.getDomProperty("value").replace(',', '.'));
            amount.clear();
            amount.sendKeys(value.multiply(BigDecimal.valueOf(3))
                    .toPlainString()
                    .replace('.', language.equals("nl") ? ',' : '.'));
            edit.findElement(org.openqa.selenium.By.name("reason"))
                    .sendKeys("Controller: tarieven 2026 (" + language + ")");
            WebElement page = browser.find("html");
            edit.findElement(org.openqa.selenium.By.cssSelector("button.button-primary"))
                    .click();
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
            assertThat(browser.findAll(".flash-ok")).isNotEmpty();
            browser.screenshot("steps-" + language + "-value-changed");
            assertThat(browser.text(".audit")).contains("Controller: tarieven 2026 (" + language + ")");

            evaluateWhatIsQueued();
            browser.get("/programmes/" + programme.id() + "/steps/roi");
            assertThat(browser.text("a.figure-link[href*='roiPercent']")).isNotEqualTo(before);
            browser.screenshot("steps-" + language + "-roi-changed");
        }
        assertThat(problems).isEmpty();
    }

    private void evaluateWhatIsQueued() {
        while (worker.runNext().isPresent()) {
            // the worker evaluates; the pages only read what it stored
        }
    }

    /** The first demo programme with a measure whose credible benefit was converted to money. */
    private ProgrammeSummary withConvertedBenefit() {
        for (ProgrammeSummary programme : catalogue.all()) {
            JsonNode result = JsonMapper.shared()
                    .readTree(runs.current(programme.id()).orElseThrow().result());
            JsonNode first = result.get("measures").get(0);
            if (!first.get("headline").isNull()
                    && new BigDecimal(first.at("/annualBenefit/value/amount").asString()).signum() > 0) {
                return programme;
            }
        }
        throw new AssertionError("No demo programme has a converted benefit on its first measure");
    }
}
