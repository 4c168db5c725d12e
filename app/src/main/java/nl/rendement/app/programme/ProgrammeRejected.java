package nl.rendement.app.programme;

/** Bad input for a programme, cohort or participant; the message key says why, next to the field. */
public class ProgrammeRejected extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;

    public ProgrammeRejected(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
