package nl.rendement.app.evaluation;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published schema of {@code evaluate --json}, read from {@code docs/schema}, as a validator. */
final class ResultSchema {

    static final Path FILE = Path.of("../docs/schema/evaluation-result.schema.json");

    private static final Schema SCHEMA = load();

    private ResultSchema() {}

    /** Every way the document breaks the schema; empty when it is valid. */
    static List<String> errors(JsonNode document) {
        return SCHEMA.validate(document).stream().map(Error::toString).toList();
    }

    static JsonNode parse(String json) {
        return JsonMapper.shared().readTree(json);
    }

    private static Schema load() {
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(parse(Files.readString(FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
