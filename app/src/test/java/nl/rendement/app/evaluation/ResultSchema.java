package nl.rendement.app.evaluation;

import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published schema of {@code evaluate --json}, read from {@code docs/schema}, as a validator. */
final class ResultSchema {

    static final Path FILE = Path.of("../docs/schema/evaluation-result.schema.json");

    private static final JsonSchemaFile SCHEMA = JsonSchemaFile.read(FILE);

    private ResultSchema() {}

    /** Every way the document breaks the schema; empty when it is valid. */
    static List<String> errors(JsonNode document) {
        return SCHEMA.errors(document);
    }

    static JsonNode parse(String json) {
        return JsonMapper.shared().readTree(json);
    }
}
