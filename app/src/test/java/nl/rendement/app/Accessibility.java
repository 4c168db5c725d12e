package nl.rendement.app;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** Runs axe-core in the page the browser shows and reports what would stop or seriously hinder someone. */
final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {}

    /** One line per serious or critical violation: rule, impact, what it means and where. */
    static List<String> blockingViolations(WebDriver driver) {
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core did not run: " + results.getErrorMessage());
        }
        return results.getViolations().stream()
                .filter(rule -> BLOCKING.contains(rule.getImpact()))
                .map(Accessibility::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        String targets = rule.getNodes().stream().map(Accessibility::target).collect(Collectors.joining(", "));
        return rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp() + " -> " + targets;
    }

    private static String target(CheckedNode node) {
        return String.valueOf(node.getTarget());
    }
}
