package nl.rendement.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.rendement.app.importing.ImportGate;
import nl.rendement.app.importing.ImportProgress;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.UnitReach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Data page in real headless Chromium: a leavers file with one matched row and one unknown
 * person is uploaded through the file input, its preview shows the problem, and the preview is
 * set aside; accessible in Dutch and English, kept as screenshots. A file held while it is checked
 * shows the progress bar, which turns into the preview by itself once the checking ends.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class DataBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    Employees employees;

    @Autowired
    ImportGate gate;

    @TestConfiguration
    static class GateConfiguration {

        @Bean
        ImportGate gate() {
            return new ImportGate();
        }
    }

    @BeforeAll
    static void chromiumInstalled() {
        Browser.assumeInstalled();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void uploadingALeaversFileShowsItsPreviewAccessibly(String language) throws IOException {
        Employee someone = employees.employedOn(LocalDate.now(), UnitReach.EVERY_UNIT).stream()
                .map(Employees.Snapshot::employee)
                .filter(employee -> employee.employeeNumber().isPresent())
                .findFirst()
                .orElseThrow();
        Path file = Files.createTempFile("vertrekkers", ".csv");
        Files.writeString(
                file,
                "personeelsnummer;uitdienstdatum;reden\n"
                        + someone.employeeNumber().orElseThrow()
                        + ";31-12-2099;vrijwillig\nONBEKEND-1;31-12-2099;pensioen\n");
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open("http://localhost:" + port, language)) {
            browser.get("/login");
            browser.signIn("analyst", "rendement-demo");
            browser.speak(language);
            browser.get("/data");
            browser.screenshot(language + "-data");
            Accessibility.blockingViolations(browser.driver()).forEach(problems::add);
            new Select(browser.find("#kind")).selectByValue("leavers");
            browser.find("#file").sendKeys(file.toAbsolutePath().toString());
            browser.follow("form[enctype] button[type=submit]");
            assertThat(browser.path()).startsWith("/data/imports/");
            assertThat(browser.text("#matched")).isEqualTo("1");
            assertThat(browser.text("#unmatched")).isEqualTo("1");
            assertThat(browser.findAll("#problems tbody tr")).hasSize(1);
            browser.screenshot(language + "-import-preview");
            Accessibility.blockingViolations(browser.driver()).forEach(line -> problems.add("preview: " + line));
            browser.consoleErrors().forEach(problems::add);
            browser.follow("form[action$='/discard'] button");
            assertThat(browser.findAll(".flash-ok")).hasSize(1);
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void aFileBeingCheckedShowsItsProgressAccessiblyThenItsPreviewByItself(String language)
            throws IOException, InterruptedException {
        Employee someone = employees.employedOn(LocalDate.now(), UnitReach.EVERY_UNIT).stream()
                .map(Employees.Snapshot::employee)
                .filter(employee -> employee.employeeNumber().isPresent())
                .findFirst()
                .orElseThrow();
        Path file = Files.createTempFile("vertrekkers", ".csv");
        Files.writeString(
                file,
                "personeelsnummer;uitdienstdatum;reden\n"
                        + someone.employeeNumber().orElseThrow() + ";31-12-2099;vrijwillig\n");
        List<String> problems = new ArrayList<>();
        ImportGate.Hold checking = gate.arm(ImportProgress.Phase.CHECKING);
        try (Browser browser = Browser.open("http://localhost:" + port, language)) {
            browser.get("/login");
            browser.signIn("analyst", "rendement-demo");
            browser.speak(language);
            browser.get("/data");
            new Select(browser.find("#kind")).selectByValue("leavers");
            browser.find("#file").sendKeys(file.toAbsolutePath().toString());
            browser.follow("form[enctype] button[type=submit]");
            assertThat(checking.reached()).isTrue();
            assertThat(browser.findAll("#progress progress")).hasSize(1);
            assertThat(browser.text("#progress-label")).endsWith("1");
            browser.screenshot(language + "-import-progress");
            Accessibility.blockingViolations(browser.driver()).forEach(line -> problems.add("progress: " + line));
            checking.release();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("matched")));
            assertThat(browser.text("#matched")).isEqualTo("1");
            assertThat(browser.findAll("#progress")).isEmpty();
            browser.consoleErrors().forEach(problems::add);
            browser.follow("form[action$='/discard'] button");
        } finally {
            checking.release();
            Files.deleteIfExists(file);
        }
        assertThat(problems).isEmpty();
    }

    /**
     * An HR export with its own headers: the first upload stops at the mapping page, where the
     * person chooses a column per header with the keyboard-usable selects; the second file from
     * the same export goes straight to its preview with the saved mapping.
     */
    @Test
    void anExportsHeadersAreMappedOnceInThePageAndReusedNextTime() throws IOException {
        Employee someone = employees.employedOn(LocalDate.now(), UnitReach.EVERY_UNIT).stream()
                .map(Employees.Snapshot::employee)
                .filter(employee -> employee.employeeNumber().isPresent())
                .findFirst()
                .orElseThrow();
        Path file = Files.createTempFile("afas-export", ".csv");
        Files.writeString(
                file,
                "Medewerker;Naam;Datum uit dienst;Reden uit dienst\n"
                        + someone.employeeNumber().orElseThrow()
                        + ";Anna de Vries;31-12-2099;vrijwillig\n");
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open("http://localhost:" + port, "nl")) {
            browser.get("/login");
            browser.signIn("analyst", "rendement-demo");
            browser.speak("nl");
            for (int upload = 1; upload <= 2; upload++) {
                browser.get("/data");
                new Select(browser.find("#kind")).selectByValue("leavers");
                browser.find("#file").sendKeys(file.toAbsolutePath().toString());
                browser.follow("form[enctype] button[type=submit]");
                if (upload == 1) {
                    assertThat(browser.path()).startsWith("/data/uploads/");
                    browser.screenshot("nl-column-mapping");
                    Accessibility.blockingViolations(browser.driver())
                            .forEach(line -> problems.add("mapping: " + line));
                    new Select(browser.find("#column-0")).selectByValue("employee number");
                    new Select(browser.find("#column-2")).selectByValue("exit date");
                    new Select(browser.find("#column-3")).selectByValue("reason");
                    browser.follow("#mapping-form button[type=submit]");
                }
                assertThat(browser.path()).as("upload " + upload).startsWith("/data/imports/");
                assertThat(browser.text("#matched")).isEqualTo("1");
                assertThat(browser.text("#mapping-used")).contains("\u201cmedewerker\u201d als personeelsnummer");
                browser.follow("form[action$='/discard'] button");
            }
            browser.get("/data");
            assertThat(browser.findAll("#mappings tbody tr")).hasSize(1);
            browser.screenshot("nl-saved-mappings");
            browser.follow("#mappings form button");
            assertThat(browser.findAll("#mappings")).isEmpty();
            browser.consoleErrors().forEach(problems::add);
        } finally {
            Files.deleteIfExists(file);
        }
        assertThat(problems).isEmpty();
    }
}
