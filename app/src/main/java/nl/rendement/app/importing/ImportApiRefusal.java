package nl.rendement.app.importing;

import org.springframework.http.HttpStatus;

/** An import API call refused before any import step: its status, the field at fault and the message key. */
final class ImportApiRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String field;
    private final String key;

    ImportApiRefusal(HttpStatus status, String field, String key) {
        super(key);
        this.status = status;
        this.field = field;
        this.key = key;
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
}
