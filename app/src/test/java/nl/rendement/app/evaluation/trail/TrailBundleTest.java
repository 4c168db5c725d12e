package nl.rendement.app.evaluation.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.rendement.app.system.Languages;
import org.junit.jupiter.api.Test;

/**
 * The {@code trail} bundles explain every step and reason code of docs/method-trail.md and name
 * every fact its rows list, in English and in Dutch, and the Dutch is Dutch: no text is the
 * English one again, but for the few words both languages share (listed here).
 */
class TrailBundleTest {

    private static final Path DOC = Path.of("../docs/method-trail.md");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern ROW =
            Pattern.compile("^\\| `([a-zA-Z.]+)`[^|]*\\| (.*?) \\| .* \\|$", Pattern.MULTILINE);

    /** Keys whose Dutch is rightly the English word. */
    private static final Set<String> SAME_IN_BOTH = Set.of(
            "trail.fact.cohort",
            "trail.fact.minimum",
            "trail.fact.nps",
            "trail.fact.percent",
            "trail.fact.respondent",
            "trail.fact.roiPercent",
            "trail.fact.scenario",
            "trail.fact.teams",
            "trail.value.WEEK",
            "trail.figure.netPromoterScore");

    private static final Properties ENGLISH = load("trail_en.properties");
    private static final Properties DUTCH = load("trail_nl.properties");

    @Test
    void explainsEveryDocumentedCodeInBothLanguages() {
        Set<String> codes = documented().keySet();

        assertThat(codes).as("codes in docs/method-trail.md").hasSizeGreaterThan(150);
        for (String code : codes) {
            assertThat(ENGLISH).as("trail_en").containsKey("trail." + code);
            assertThat(DUTCH).as("trail_nl").containsKey("trail." + code);
        }
    }

    @Test
    void namesEveryFactOfADocumentedRowInBothLanguages() {
        Set<String> facts = new TreeSet<>();
        documented().values().forEach(facts::addAll);

        assertThat(facts).as("fact names in docs/method-trail.md").hasSizeGreaterThan(200);
        for (String fact : facts) {
            assertThat(ENGLISH).as("trail_en").containsKey("trail.fact." + fact);
            assertThat(DUTCH).as("trail_nl").containsKey("trail.fact." + fact);
        }
    }

    @Test
    void readsTheFactsOfARowAsTheDocumentWritesThem() {
        assertThat(facts("cohort, trainedWithData, meanChangeTrained and meanChangeControl"
                        + " (or meanPostTrained and meanPostControl), minimum (2)"))
                .containsExactly(
                        "cohort",
                        "trainedWithData",
                        "meanChangeTrained",
                        "meanChangeControl",
                        "meanPostTrained",
                        "meanPostControl",
                        "minimum");
        assertThat(facts("improvementPerPeriod or benefitPerYear, median (when any), subject (the item)"))
                .containsExactly("improvementPerPeriod", "benefitPerYear", "median", "subject");
        assertThat(facts("as `applied` or `notApplied`")).isEmpty();
        assertThat(facts("\u2013")).isEmpty();
    }

    @Test
    void saysEveryTextInDutchRatherThanInEnglishAgain() {
        List<String> same = ENGLISH.stringPropertyNames().stream()
                .filter(key -> ENGLISH.getProperty(key).equalsIgnoreCase(DUTCH.getProperty(key, "")))
                .filter(key -> !SAME_IN_BOTH.contains(key))
                .sorted()
                .toList();

        assertThat(same).as("Dutch texts that are the English ones").isEmpty();
        assertThat(SAME_IN_BOTH)
                .allSatisfy(key -> assertThat(ENGLISH.getProperty(key))
                        .as("%s is still the same in both", key)
                        .isEqualToIgnoringCase(DUTCH.getProperty(key)));
    }

    @Test
    void bothLanguagesHaveTheSameKeysWrittenInAsciiWithoutArguments() throws IOException {
        assertThat(DUTCH.stringPropertyNames()).isEqualTo(ENGLISH.stringPropertyNames());
        for (String file : List.of("trail_en.properties", "trail_nl.properties")) {
            String text = Files.readString(RESOURCES.resolve(file), StandardCharsets.UTF_8);
            assertThat(text.chars()).as("%s is ASCII", file).allMatch(c -> c < 128);
            assertThat(text).as("%s: a sentence, not a pattern", file).doesNotContain("{0}", "''");
        }
    }

    @Test
    void servesTheTrailThroughTheApplicationsMessages() {
        var messages = Languages.messages();

        assertThat(messages.getMessage("trail.roi.percent", null, Languages.DUTCH))
                .isEqualTo(DUTCH.getProperty("trail.roi.percent"));
        assertThat(messages.getMessage("trail.fact.respondent", null, Languages.ENGLISH))
                .isEqualTo("respondent");
        assertThat(messages.getMessage("common.yes", null, Languages.DUTCH)).isEqualTo("Ja");
    }

    /** Every documented code with the fact names its row lists, in the document's order. */
    private static Map<String, List<String>> documented() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(read(DOC));
        while (row.find()) {
            rows.put(row.group(1), facts(row.group(2)));
        }
        return rows;
    }

    /**
     * The names in a row's facts cell: parenthesised remarks ("(2)", "(when any)") are not names,
     * alternatives ("(or a and b)") are; "same" and "as `code`" refer to another row's facts.
     */
    private static List<String> facts(String cell) {
        if (cell.startsWith("same") || cell.startsWith("as ")) {
            return List.of();
        }
        String names =
                cell.replaceAll("\\((?!or )[^)]*\\)", "").replace("(or", ",").replace(")", "");
        return Pattern.compile(",| or | and ")
                .splitAsStream(names)
                .map(String::strip)
                .filter(name -> name.matches("[a-z][A-Za-z0-9]*"))
                .toList();
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return properties;
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
