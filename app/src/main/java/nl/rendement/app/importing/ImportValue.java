package nl.rendement.app.importing;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subject's stored value as an import keeps it, to compare with the file and to put back on
 * undo: its fields in a fixed order, each as text (a date {@code 2025-03-31}, a number in plain
 * notation, a code), absent fields left out. Written as a JSON object, so that two values are equal
 * exactly when their texts are.
 */
record ImportValue(Map<String, String> fields) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> FIELDS = new TypeReference<>() {};

    ImportValue {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    static Builder builder() {
        return new Builder();
    }

    static ImportValue parse(String written) {
        return new ImportValue(JSON.readValue(written, FIELDS));
    }

    String written() {
        return JSON.writeValueAsString(fields);
    }

    Optional<String> get(String field) {
        return Optional.ofNullable(fields.get(field));
    }

    String require(String field) {
        return get(field).orElseThrow(() -> new IllegalStateException("no " + field + " in " + fields.keySet()));
    }

    /** For a page: {@code field: value · field: value}. */
    static String shown(String written) {
        return parse(written).fields.entrySet().stream()
                .map(field -> field.getKey() + ": " + field.getValue())
                .collect(Collectors.joining(" · "));
    }

    static final class Builder {

        private final Map<String, String> fields = new LinkedHashMap<>();

        /** Adds the field when the value is present; a number in plain notation, anything else as text. */
        Builder put(String field, Optional<?> value) {
            value.ifPresent(present -> put(field, present));
            return this;
        }

        Builder put(String field, Object value) {
            fields.put(
                    field,
                    value instanceof BigDecimal number
                            ? number.stripTrailingZeros().toPlainString()
                            : String.valueOf(value));
            return this;
        }

        ImportValue build() {
            return new ImportValue(fields);
        }

        String written() {
            return build().written();
        }
    }
}
