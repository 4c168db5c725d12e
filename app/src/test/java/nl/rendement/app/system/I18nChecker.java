package nl.rendement.app.system;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.rendement.app.system.I18nFinding.Kind;

/**
 * Checks that every text a page shows comes from the message bundles, and that the bundles agree:
 *
 * <ul>
 *   <li>every template under {@code templates/} passes {@link TemplateTexts}: no literal text, no
 *       literal shown attributes or button values, no displayed literals in expressions, and every
 *       key it names is defined;
 *   <li>every {@code messages_*.properties} bundle has the same keys;
 *   <li>every string literal in the Java sources that looks like a message key, a dotted
 *       lower-camel identifier whose first part is one of the bundles' top-level namespaces
 *       ({@code "settings.error.name"}, but not {@code "spring.datasource.url"} nor a file name such
 *       as {@code "programmes.csv"}), is defined in
 *       every bundle: the code hands such keys to pages as flash messages and field problems.
 * </ul>
 */
final class I18nChecker {

    private static final Pattern LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)+'|\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern KEY_LIKE = Pattern.compile("[a-z][A-Za-z0-9]*(?:\\.[A-Za-z][A-Za-z0-9]*)+");
    /** File names such as "programmes.csv" look like keys but are not. */
    private static final Pattern FILE_NAME = Pattern.compile(".*\\.(csv|xlsx|html|json|yaml|yml|sql|png|svg|pdf|txt)");

    private final Path resources;
    private final Path javaSources;
    private final Map<String, Properties> bundles;

    private I18nChecker(Path resources, Path javaSources) {
        this.resources = resources;
        this.javaSources = javaSources;
        this.bundles = files(resources, 1)
                .filter(file -> file.getFileName().toString().matches("messages_\\w+\\.properties"))
                .collect(Collectors.toMap(
                        file -> file.getFileName().toString(), I18nChecker::load, (a, b) -> a, TreeMap::new));
        if (bundles.size() < 2) {
            throw new IllegalArgumentException("expected at least two bundles in " + resources);
        }
    }

    /** Templates under {@code resources/templates}, bundles {@code resources/messages_*.properties}. */
    static List<I18nFinding> check(Path resources, Path javaSources) {
        I18nChecker checker = new I18nChecker(resources, javaSources);
        List<I18nFinding> findings = new ArrayList<>();
        findings.addAll(checker.templates());
        findings.addAll(checker.bundlesDisagreeing());
        findings.addAll(checker.javaKeys());
        return findings;
    }

    private List<I18nFinding> templates() {
        Path templates = resources.resolve("templates");
        return files(templates, Integer.MAX_VALUE)
                .filter(file -> file.toString().endsWith(".html"))
                .flatMap(file -> TemplateTexts.check(file, name(templates, file), this::inSomeBundle).stream())
                .toList();
    }

    private List<I18nFinding> bundlesDisagreeing() {
        Set<String> allKeys = new TreeSet<>();
        bundles.values().forEach(bundle -> allKeys.addAll(bundle.stringPropertyNames()));
        List<I18nFinding> findings = new ArrayList<>();
        for (String key : allKeys) {
            bundles.forEach((file, bundle) -> {
                if (!bundle.containsKey(key)) {
                    findings.add(new I18nFinding(Kind.KEY_IN_ONE_BUNDLE, file, "missing", key));
                }
            });
        }
        return findings;
    }

    private List<I18nFinding> javaKeys() {
        Set<String> namespaces = bundles.values().stream()
                .flatMap(bundle -> bundle.stringPropertyNames().stream())
                .filter(key -> key.contains("."))
                .map(key -> key.substring(0, key.indexOf('.')))
                .collect(Collectors.toSet());
        List<I18nFinding> findings = new ArrayList<>();
        files(javaSources, Integer.MAX_VALUE)
                .filter(file -> file.toString().endsWith(".java"))
                .forEach(file -> {
                    List<String> lines = lines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher literal = LITERAL.matcher(lines.get(i));
                        while (literal.find()) {
                            String text = literal.group(1);
                            if (text != null
                                    && KEY_LIKE.matcher(text).matches()
                                    && namespaces.contains(text.substring(0, text.indexOf('.')))
                                    && !FILE_NAME.matcher(text).matches()
                                    && !inEveryBundle(text)) {
                                findings.add(new I18nFinding(
                                        Kind.UNDEFINED_JAVA_KEY, name(javaSources, file), "line " + (i + 1), text));
                            }
                        }
                    }
                });
        return findings;
    }

    private boolean inSomeBundle(String key) {
        return bundles.values().stream().anyMatch(bundle -> bundle.containsKey(key));
    }

    private boolean inEveryBundle(String key) {
        return bundles.values().stream().allMatch(bundle -> bundle.containsKey(key));
    }

    private static String name(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static Stream<Path> files(Path root, int depth) {
        try (Stream<Path> walk = Files.walk(root, depth)) {
            return walk.filter(Files::isRegularFile).sorted().toList().stream();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Properties load(Path bundle) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return properties;
    }
}
