package nl.rendement.app.system;

/** A rejected value: which field, and the message key that says why. */
public record FieldProblem(String field, String messageKey) {

    public boolean on(String candidate) {
        return field.equals(candidate);
    }
}
