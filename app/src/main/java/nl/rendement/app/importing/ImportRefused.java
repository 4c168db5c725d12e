package nl.rendement.app.importing;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** An import step that cannot be taken, with the message key that says why; nothing was changed. */
public class ImportRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reason;
    private final transient List<Object> arguments;

    ImportRefused(String reason, Object... arguments) {
        super(reason);
        this.reason = reason;
        this.arguments = List.of(arguments);
    }

    public String reason() {
        return reason;
    }

    /** The reason's arguments, for a problem body's message. */
    Object[] arguments() {
        return arguments.toArray();
    }

    public String message(MessageSource messages, Locale locale) {
        return messages.getMessage(reason, arguments.toArray(), locale);
    }
}
