package nl.rendement.app.system;

import java.util.List;

/**
 * Input a feature refused: the field it concerns, the message key that says why and the message's
 * arguments. Nothing is stored when it is thrown; pages and the API put it into words.
 */
public abstract class Rejected extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient List<Object> arguments;

    protected Rejected(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
