package nl.rendement.app.evaluation;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An evaluation file as the JSON its schema validates. The YAML is composed as the reader composes
 * it (SnakeYAML, so aliases resolve and the first of two equal keys counts), but plain scalars are
 * typed by YAML 1.2's core schema, as editors type them, not by SnakeYAML's YAML 1.1: {@code
 * 2025-03-01}, {@code yes} and {@code on} stay text, {@code true} is a boolean, {@code 30} and
 * {@code 62.5} are numbers. Quoted scalars are text; {@code .inf}, {@code .nan}, {@code 0x1F} stay
 * text, as JSON has no such numbers and the reader refuses them as numbers.
 */
final class YamlJson {

    private static final Pattern NULL = Pattern.compile("null|Null|NULL|~|");
    private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private YamlJson() {}

    static JsonNode of(String yaml) {
        return json(new Yaml(new LoaderOptions()).compose(new StringReader(yaml)));
    }

    private static JsonNode json(Node node) {
        if (node instanceof MappingNode mapping) {
            ObjectNode object = JSON.objectNode();
            for (NodeTuple entry : mapping.getValue()) {
                String key = entry.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
                if (!object.has(key)) {
                    object.set(key, json(entry.getValueNode()));
                }
            }
            return object;
        }
        if (node instanceof SequenceNode sequence) {
            ArrayNode array = JSON.arrayNode();
            sequence.getValue().forEach(item -> array.add(json(item)));
            return array;
        }
        return scalar((ScalarNode) node);
    }

    private static JsonNode scalar(ScalarNode scalar) {
        String text = scalar.getValue();
        if (scalar.getScalarStyle() != ScalarStyle.PLAIN) {
            return JSON.stringNode(text);
        }
        if (NULL.matcher(text).matches()) {
            return JSON.nullNode();
        }
        if (BOOLEAN.matcher(text).matches()) {
            return JSON.booleanNode(Boolean.parseBoolean(text));
        }
        if (INTEGER.matcher(text).matches()) {
            return JSON.numberNode(new BigInteger(text));
        }
        if (FLOAT.matcher(text).matches()) {
            return JSON.numberNode(new BigDecimal(text));
        }
        return JSON.stringNode(text);
    }
}
