package nl.rendement.app.security;

import nl.rendement.app.security.ScopeChoices.Kind;

/** A requested grant is not among what can be granted today; nothing was stored. */
class ScopeRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A refused value is shown back on the page, cut short if someone sent a very long one. */
    private static final int SHOWN_LENGTH = 40;

    private final Kind kind;
    private final String value;

    ScopeRefused(Kind kind, String value) {
        super("Cannot grant " + kind + " " + value);
        this.kind = kind;
        this.value = value.length() > SHOWN_LENGTH ? value.substring(0, SHOWN_LENGTH) + "\u2026" : value;
    }

    Kind kind() {
        return kind;
    }

    String value() {
        return value;
    }
}
