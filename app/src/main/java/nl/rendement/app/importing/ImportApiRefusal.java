package nl.rendement.app.importing;

import java.util.List;
import org.springframework.http.HttpStatus;

/** An import API call refused before any import step: its status, the field at fault and the message key. */
final class ImportApiRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String field;
    private final String key;
    private final List<Object> arguments;

    ImportApiRefusal(HttpStatus status, String field, String key, Object... arguments) {
        super(key);
        this.status = status;
        this.field = field;
        this.key = key;
        this.arguments = List.of(arguments);
    }

    /** Rows sent as JSON that are not an array of flat objects; {@code field} says where. */
    static ImportApiRefusal badRows(String field, String key) {
        return new ImportApiRefusal(HttpStatus.BAD_REQUEST, field, key);
    }

    HttpStatus status() {
        return status;
    }

    String field() {
        return field;
    }

    String key() {
        return key;
    }

    List<Object> arguments() {
        return arguments;
    }
}
