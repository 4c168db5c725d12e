package nl.rendement.app.evaluation.steps;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import nl.rendement.engine.money.Money;
import org.springframework.util.ConcurrentLruCache;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stored result version as the pages read it (docs/evaluation-result.md): figures found by JSON
 * pointer, never computed. A figure is an object with a {@code value} and its {@code trail}; the
 * pointer of that object is what the page links to. It knows its reader in one respect: whether
 * they read figures marked as resting on fewer than k people (docs/privacy.md) — an analyst who
 * sees the programme whole does, as on the trail page; everyone else sees them withheld.
 */
final class ResultDocument {

    /**
     * Parsed results kept: a stored result is 0.2–0.8 MB of JSON that takes milliseconds to parse
     * and every step page reads one or two, so the trees of the most recently read ones are kept,
     * by their text. A result's text is its whole identity (an erasure that rewrites a version
     * gives a different text), so a kept tree is never stale; the run store hands out the same text
     * instance for the same version, which makes finding it cheap. The trees are only read.
     */
    private static final int KEPT = 16;

    private static final ConcurrentLruCache<String, JsonNode> PARSED =
            new ConcurrentLruCache<>(KEPT, json -> JsonMapper.shared().readTree(json));

    private final JsonNode root;
    private final boolean smallGroupsShown;

    private ResultDocument(JsonNode root, boolean smallGroupsShown) {
        this.root = root;
        this.smallGroupsShown = smallGroupsShown;
    }

    /** The result as a reader who does, or does not, read figures on fewer than k people reads it. */
    static ResultDocument of(String json, boolean smallGroupsShown) {
        return new ResultDocument(PARSED.get(json), smallGroupsShown);
    }

    boolean smallGroupsShown() {
        return smallGroupsShown;
    }

    JsonNode root() {
        return root;
    }

    /** The node at the pointer, if there is one that is not null. */
    Optional<JsonNode> at(String pointer) {
        JsonNode node = root.at(pointer);
        return node.isMissingNode() || node.isNull() ? Optional.empty() : Optional.of(node);
    }

    /** The money figure at the pointer: its {@code value.amount} in {@code value.currency}. */
    Optional<Money> money(String pointer) {
        return at(pointer + "/value").map(ResultDocument::money);
    }

    static Money money(JsonNode value) {
        return Money.of(
                new BigDecimal(value.get("amount").asString()),
                Currency.getInstance(value.get("currency").asString()));
    }

    /** The plain number of the figure at the pointer ({@code value}). */
    Optional<BigDecimal> number(String pointer) {
        return at(pointer + "/value").map(ResultDocument::decimal);
    }

    static BigDecimal decimal(JsonNode value) {
        return value.isString() ? new BigDecimal(value.asString()) : value.decimalValue();
    }

    Optional<String> text(String pointer) {
        return at(pointer).map(JsonNode::asString);
    }
}
