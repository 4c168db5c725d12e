package nl.rendement.app.plan;

import java.util.List;

/**
 * A plan edit refused: the field (a path in the plan, {@code measures.kpi}), the message key
 * ({@code plan.error.*}) that says why, and its arguments. Nothing is stored when it is thrown.
 */
public class PlanRejected extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;
    private final transient List<Object> arguments;

    public PlanRejected(String field, String messageKey, Object... arguments) {
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
