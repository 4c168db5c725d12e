package nl.rendement.app.security;

/**
 * A change an administrator asked for (an account, an API token) is not allowed; the message key
 * says why, next to the field.
 */
class AccountRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String messageKey;

    AccountRejected(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}
