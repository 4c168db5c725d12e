package nl.rendement.app.importing;

import java.util.List;

/** The file as a whole cannot be read; carries the reason as a message key with arguments. */
final class UnreadableTable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final transient List<Object> arguments;

    UnreadableTable(String reason, Object... arguments) {
        super(reason, null, false, false);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    String reason() {
        return reason;
    }

    List<Object> arguments() {
        return arguments;
    }
}
