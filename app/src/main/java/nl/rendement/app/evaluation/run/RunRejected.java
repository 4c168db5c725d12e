package nl.rendement.app.evaluation.run;

import java.util.List;

/** A request about runs or versions refused: the field, the message key ({@code run.error.*}) and its arguments. */
public class RunRejected extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient List<Object> arguments;

    public RunRejected(String field, String messageKey, Object... arguments) {
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
