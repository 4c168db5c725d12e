package nl.rendement.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * The layout names the webjars it loads by their versioned paths, since no locator resolves a path
 * without a version (it would switch on the resource chain, which costs every link a lookup): each
 * must be a file of a webjar on the classpath, so that upgrading one without the layout fails here.
 */
class LayoutAssetsTest {

    private static final Pattern WEBJAR = Pattern.compile("@\\{(/webjars/[^}(]+)}");

    @Test
    void loadsOnlyWebjarFilesThatExistInTheVersionOnTheClasspath() throws IOException {
        String layout = Files.readString(Path.of("src/main/resources/templates/layout.html"));
        Matcher found = WEBJAR.matcher(layout);
        List<String> paths = found.results().map(match -> match.group(1)).toList();

        assertThat(paths).isNotEmpty();
        for (String path : paths) {
            assertThat(new ClassPathResource("META-INF/resources" + path).exists())
                    .as(path)
                    .isTrue();
        }
    }
}
