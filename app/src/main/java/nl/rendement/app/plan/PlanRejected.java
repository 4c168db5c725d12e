package nl.rendement.app.plan;

import nl.rendement.app.system.Rejected;

/**
 * A plan edit refused: the field (a path in the plan, {@code measures.kpi}), the message key
 * ({@code plan.error.*}) that says why, and its arguments. Nothing is stored when it is thrown.
 */
public class PlanRejected extends Rejected {

    private static final long serialVersionUID = 1L;

    public PlanRejected(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
