package nl.rendement.app.system;

/** Start-up cannot go on; the message says why in one sentence and the action what to set. */
public class StartupRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String action;

    public StartupRefusedException(String message, String action) {
        super(message);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
