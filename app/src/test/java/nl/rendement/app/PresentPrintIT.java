package nl.rendement.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rendement.app.evaluation.run.RunWorker;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeSummary;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Step 6 prints (issue 11): every demo programme's Present page, printed by headless Chromium to
 * A4 at scale 1.0, is exactly one page ({@code pdfinfo}) and holds no word shorter than 8 pt
 * ({@code pdftotext -bbox}: a word's height is its box's, in PDF points), in Dutch and in English.
 * The PDFs and a PNG of each page are kept in {@code target/present-prints} to look at.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@DirtiesContext
class PresentPrintIT {

    private static final Path PRINTS = Path.of("target", "present-prints");
    private static final double SMALLEST_POINTS = 8.0;
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");

    @LocalServerPort
    int port;

    @Autowired
    RunWorker worker;

    @Autowired
    ProgrammeCatalogue catalogue;

    @BeforeAll
    static void toolsInstalled() {
        Browser.assumeInstalled();
        boolean poppler =
                Files.isExecutable(Path.of("/usr/bin/pdfinfo")) && Files.isExecutable(Path.of("/usr/bin/pdftotext"));
        if (!poppler && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(
                    "The print test needs pdfinfo and pdftotext (apt-get install poppler-utils).");
        }
        Assumptions.assumeTrue(poppler, "pdfinfo and pdftotext are missing (apt-get install poppler-utils)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nl", "en"})
    void everyProgrammesStoryPrintsOnOneA4PageWithNoTextUnderEightPoints(String language) throws Exception {
        while (worker.runNext().isPresent()) {
            // every first evaluation, as the background worker would
        }
        Files.createDirectories(PRINTS);
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open("http://localhost:" + port, language)) {
            browser.get("/login");
            browser.signIn("director", "rendement-demo");
            browser.speak(language);
            for (ProgrammeSummary programme : catalogue.all()) {
                browser.get("/programmes/" + programme.id() + "/steps/present");
                assertThat(browser.findAll("article.present"))
                        .as("%s: the story", programme.name())
                        .hasSize(1);
                Path pdf = PRINTS.resolve("present-" + language + "-" + programme.id() + ".pdf");
                Files.write(pdf, browser.printToA4());
                String info = run("pdfinfo", pdf.toString());
                if (!info.contains("Pages:           1\n")) {
                    problems.add(programme.name() + " (" + language + "): not one page: " + line(info, "Pages:"));
                }
                assertThat(line(info, "Page size:")).as("A4").contains("595.").contains("841.");
                List<String> small = smallWords(run("pdftotext", "-bbox", pdf.toString(), "-"));
                if (!small.isEmpty()) {
                    problems.add(programme.name() + " (" + language + "): text under 8 pt: " + small);
                }
                run(
                        "pdftoppm",
                        "-png",
                        "-r",
                        "60",
                        "-singlefile",
                        pdf.toString(),
                        PRINTS.resolve("present-" + language + "-" + programme.id())
                                .toString());
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Words whose box is lower than 8 pt, with their height; none when the page has no text at all is a failure. */
    private static List<String> smallWords(String boxes) {
        List<String> small = new ArrayList<>();
        Matcher word = WORD.matcher(boxes);
        int words = 0;
        while (word.find()) {
            words++;
            double height = Double.parseDouble(word.group(4)) - Double.parseDouble(word.group(2));
            if (height < SMALLEST_POINTS) {
                small.add(word.group(5) + " " + String.format(java.util.Locale.ROOT, "%.1f", height) + " pt");
            }
        }
        assertThat(words).as("words found in the printed page").isGreaterThan(100);
        return small;
    }

    private static String line(String text, String start) {
        return text.lines().filter(line -> line.startsWith(start)).findFirst().orElse(start + " (none)");
    }

    private static String run(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(
                        String.join(" ", command) + " failed: " + new String(output, StandardCharsets.UTF_8));
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
