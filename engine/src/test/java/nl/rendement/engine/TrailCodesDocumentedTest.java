package nl.rendement.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every step and reason code the engine can write is explained in docs/method-trail.md, and the
 * page lists no code the engine no longer writes: a figure explains itself only if its codes do.
 */
class TrailCodesDocumentedTest {

    private static final Pattern CODE_IN_SOURCE = Pattern.compile(
            "\"((?:money|cost|estimate|control|conversion|isolation|roi|evaluation|series|uncertainty|learning|level|forecast)"
                    + "\\.[A-Za-z.]+)\"");
    private static final Pattern CODE_IN_TABLE = Pattern.compile("^\\| `([a-zA-Z.]+)`", Pattern.MULTILINE);

    @Test
    void everyCodeTheEngineWritesIsDocumentedAndNoOther() throws IOException {
        Set<String> written = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            sources.filter(path -> path.toString().endsWith(".java"))
                    .forEach(path -> collect(CODE_IN_SOURCE, read(path), written));
        }
        Set<String> documented = new TreeSet<>();
        collect(CODE_IN_TABLE, read(Path.of("../docs/method-trail.md")), documented);

        assertThat(written).as("codes the engine writes").hasSizeGreaterThan(50);
        assertThat(documented).as("documented in docs/method-trail.md").containsAll(written);
        assertThat(written).as("written by the engine").containsAll(documented);
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
