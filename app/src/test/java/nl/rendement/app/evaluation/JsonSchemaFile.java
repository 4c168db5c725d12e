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

/** A published JSON Schema (draft 2020-12) of {@code docs/schema}, as a validator. */
final class JsonSchemaFile {

    private final Schema schema;

    private JsonSchemaFile(Schema schema) {
        this.schema = schema;
    }

    static JsonSchemaFile read(Path file) {
        try {
            JsonNode document = JsonMapper.shared().readTree(Files.readString(file));
            return new JsonSchemaFile(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every way the document breaks the schema; empty when it is valid. */
    List<String> errors(JsonNode document) {
        return schema.validate(document).stream().map(Error::toString).toList();
    }

    /** Where the document breaks the schema: a JSON pointer per error, empty for the whole document. */
    List<String> locations(JsonNode document) {
        return schema.validate(document).stream()
                .map(error -> error.getInstanceLocation().toString())
                .toList();
    }
}
