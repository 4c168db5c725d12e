package nl.rendement.app.evaluation.run;

import nl.rendement.app.system.Rejected;

/** A request about runs or versions refused: the field, the message key ({@code run.error.*}) and its arguments. */
public class RunRejected extends Rejected {

    private static final long serialVersionUID = 1L;

    public RunRejected(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }
}
