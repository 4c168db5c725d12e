package nl.rendement.app.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One mapping of an evaluation file, read field by field. Every problem (missing, of the wrong
 * kind, out of bounds, unknown) goes to the context with the field's path and line; a getter then
 * answers empty (or null, for {@link #required}) and the caller builds nothing from it.
 */
final class YamlMap {

    private final Context context;
    private final MappingNode node;
    private final String path;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();
    private final Set<String> used = new HashSet<>();

    private YamlMap(Context context, MappingNode node, String path) {
        this.context = context;
        this.node = node;
        this.path = path;
        for (NodeTuple entry : node.getValue()) {
            String key = entry.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (entries.putIfAbsent(key, entry) != null) {
                context.at(entry.getKeyNode(), field(key), "evaluation.problem.duplicateField");
            }
        }
    }

    static Optional<YamlMap> of(Context context, Node node, String path) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(context, mapping, path));
        }
        context.at(node, path, "evaluation.problem.notAMapping");
        return Optional.empty();
    }

    Context context() {
        return context;
    }

    Node node() {
        return node;
    }

    String path() {
        return path;
    }

    String field(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return value(key).isPresent();
    }

    /** The field's node, or this mapping's when the field is absent: where to point a problem. */
    Node at(String key) {
        return value(key).orElse(node);
    }

    Optional<Node> value(String key) {
        used.add(key);
        return Optional.ofNullable(entries.get(key))
                .map(NodeTuple::getValueNode)
                .filter(value -> !isNull(value));
    }

    /** Whether the field is present and a single value. */
    boolean isScalar(String key) {
        return value(key).filter(ScalarNode.class::isInstance).isPresent();
    }

    /** Whether the field is present and a list. */
    boolean isList(String key) {
        return value(key).filter(SequenceNode.class::isInstance).isPresent();
    }

    <T> Optional<T> optional(String key, Kind<T> kind) {
        return value(key).flatMap(value -> scalar(value, field(key), kind));
    }

    <T> T orDefault(String key, Kind<T> kind, T fallback) {
        return has(key) ? optional(key, kind).orElse(fallback) : fallback;
    }

    /** The field's value; null (with the problem reported) when it is missing or unreadable. */
    <T> T required(String key, Kind<T> kind) {
        return require(key) ? optional(key, kind).orElse(null) : null;
    }

    /** Whether the field is there; when it is not, that is reported as a problem. */
    boolean require(String key) {
        if (has(key)) {
            return true;
        }
        context.at(node, field(key), "evaluation.problem.missing");
        return false;
    }

    /** The mapping under a field the file must have; empty, with the problem reported, otherwise. */
    Optional<YamlMap> requiredMap(String key) {
        return require(key) ? map(key) : Optional.empty();
    }

    Optional<YamlMap> map(String key) {
        return value(key).flatMap(value -> of(context, value, field(key)));
    }

    /** The mappings of a list field; none when it is absent. */
    List<YamlMap> maps(String key) {
        List<YamlMap> maps = new ArrayList<>();
        List<Node> items = items(key);
        for (int i = 0; i < items.size(); i++) {
            of(context, items.get(i), field(key) + "[" + i + "]").ifPresent(maps::add);
        }
        return maps;
    }

    /** The scalars of a list field, each read as the kind; none when it is absent. */
    <T> List<T> scalars(String key, Kind<T> kind) {
        List<T> values = new ArrayList<>();
        List<Node> items = items(key);
        for (int i = 0; i < items.size(); i++) {
            scalar(items.get(i), field(key) + "[" + i + "]", kind).ifPresent(values::add);
        }
        return values;
    }

    /** Reports the fields this mapping has that no one read: usually a misspelling. */
    void done() {
        entries.forEach((key, entry) -> {
            if (!used.contains(key)) {
                context.at(entry.getKeyNode(), field(key), "evaluation.problem.unknownField");
            }
        });
    }

    private List<Node> items(String key) {
        Optional<Node> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (value.get() instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        context.at(value.get(), field(key), "evaluation.problem.notAList");
        return List.of();
    }

    private <T> Optional<T> scalar(Node value, String field, Kind<T> kind) {
        if (!(value instanceof ScalarNode scalar)) {
            context.at(value, field, "evaluation.problem.notAScalar");
            return Optional.empty();
        }
        String text = scalar.getValue().trim();
        Optional<T> read = kind.parse().apply(text);
        if (read.isEmpty()) {
            context.at(value, field, kind.reason(), text, kind.allowed());
        } else if (!kind.valid().test(read.get())) {
            context.at(value, field, kind.invalidReason(), text);
            return Optional.empty();
        }
        return read;
    }

    private static boolean isNull(Node value) {
        return value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }
}
