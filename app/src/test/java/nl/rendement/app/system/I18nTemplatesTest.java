package nl.rendement.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.rendement.app.system.I18nFinding.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class I18nTemplatesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/i18n-fixtures");

    @Test
    void everyPageTextComesFromBothBundles() {
        List<I18nFinding> findings = I18nChecker.check(Path.of("src/main/resources"), Path.of("src/main/java"));

        assertThat(findings).as("hard-coded text or missing message keys").isEmpty();
    }

    @Test
    void everyBundleLineIsAKeyOnceOrAComment() throws IOException {
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources"))) {
            for (Path bundle : bundles.filter(path -> path.toString().endsWith(".properties"))
                    .filter(path -> !path.getFileName().toString().startsWith("application"))
                    .toList()) {
                java.util.Set<String> keys = new java.util.HashSet<>();
                for (String line : Files.readAllLines(bundle)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    assertThat(line).as(bundle + ": a key=value line").matches("[A-Za-z0-9_.\\-]+=.*");
                    assertThat(keys.add(line.substring(0, line.indexOf('='))))
                            .as(bundle + ": " + line.substring(0, line.indexOf('=')) + " once")
                            .isTrue();
                }
            }
        }
    }

    @Test
    void reportsEachKindOfViolationInTheBadFixture() {
        List<I18nFinding> findings = I18nChecker.check(FIXTURES.resolve("bad"), FIXTURES.resolve("bad/java"));

        assertThat(findings)
                .extracting(I18nFinding::kind, I18nFinding::file, I18nFinding::where, I18nFinding::text)
                .containsExactlyInAnyOrder(
                        tuple(Kind.LITERAL_TEXT, "bad.html", "line 6 <h1>", "Welcome"),
                        tuple(Kind.LITERAL_ATTRIBUTE, "bad.html", "line 7 <img>", "alt=\"Company logo\""),
                        tuple(Kind.LITERAL_IN_EXPRESSION, "bad.html", "line 8 <p>", " items in ${count} + ' items'"),
                        tuple(Kind.LITERAL_BUTTON_VALUE, "bad.html", "line 10 <input>", "value=\"Send\""),
                        tuple(Kind.UNDEFINED_TEMPLATE_KEY, "bad.html", "line 12 <p>", "page.missing"),
                        tuple(Kind.KEY_IN_ONE_BUNDLE, "messages_nl.properties", "missing", "page.onlyEnglish"),
                        tuple(Kind.UNDEFINED_JAVA_KEY, "Notices.java", "line 6", "page.gone"));
        assertThat(findings).extracting(I18nFinding::kind).containsExactlyInAnyOrder(Kind.values());
    }

    @Test
    void findsNothingInTheGoodFixture() {
        List<I18nFinding> findings = I18nChecker.check(FIXTURES.resolve("good"), FIXTURES.resolve("good/java"));

        assertThat(findings).isEmpty();
    }

    @Test
    void checksShownAttributesSetThroughThAttrAndValuesOfTextInputs(@TempDir Path folder) throws IOException {
        Path template = Files.writeString(folder.resolve("page.html"), """
                <a th:attr="aria-current=${here} ? 'page' : null, title='Open', data-x='y'"></a>
                <input type="text" name="q" th:value="'Search'">
                <input type="hidden" name="action" th:value="'save'">
                """);

        List<I18nFinding> findings = TemplateTexts.check(template, "page.html", key -> true);

        assertThat(findings)
                .extracting(I18nFinding::kind, I18nFinding::where, I18nFinding::text)
                .containsExactly(
                        tuple(Kind.LITERAL_IN_EXPRESSION, "line 1 <a>", "Open in 'Open'"),
                        tuple(Kind.LITERAL_IN_EXPRESSION, "line 2 <input>", "Search in 'Search'"));
    }

    static Stream<Arguments> displayedLiterals() {
        return Stream.of(
                arguments("'Hello'", "Hello"),
                arguments("${count} + ' items'", " items"),
                arguments("${ok} ? 'Yes' : #{common.no}", "Yes"),
                arguments("${name ?: 'unknown'}", "unknown"),
                arguments("${(ok ? 'on' : 'off')}", "on"),
                arguments("(${ok} ? 'Ja')", "Ja"),
                arguments("|Total: ${count}|", "Total: "),
                arguments("Hello", "Hello"));
    }

    @ParameterizedTest(name = "{0} displays \"{1}\"")
    @MethodSource("displayedLiterals")
    void findsTheFirstLiteralAnExpressionDisplays(String expression, String literal) {
        assertThat(DisplayedLiterals.in(expression)).first().isEqualTo(literal);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "${problems.has('name')}",
                "#{${problems.key('version')}}",
                "~{fragments :: problem('code')}",
                "@{/settings(sort='name')}",
                "#{login.demo.lead(${demoPassword}, 'x')}",
                "${#messages.msg('page.title')}",
                "${accounts.?[username == 'admin']}",
                "${count > 1 and ok} ? #{a.b} : null",
                "|${first} - ${last}|",
                "' – '",
                "${@formats.percent(settings.discountRatePercent())}",
                "_"
            })
    void findsNothingDisplayedInKeysArgumentsAndData(String expression) {
        assertThat(DisplayedLiterals.in(expression)).isEmpty();
    }
}
