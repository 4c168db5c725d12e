package nl.rendement.app.system;

import java.util.List;

/** The problems of a submitted form, looked up by field so each shows next to its field. */
public record Problems(List<FieldProblem> all) {

    public static final Problems NONE = new Problems(List.of());

    public Problems {
        all = List.copyOf(all);
    }

    public static Problems of(FieldProblem... problems) {
        return new Problems(List.of(problems));
    }

    public boolean any() {
        return !all.isEmpty();
    }

    public boolean has(String field) {
        return all.stream().anyMatch(problem -> problem.on(field));
    }

    /** The message key of the first problem with this field; only call when {@link #has} is true. */
    public String key(String field) {
        return all.stream()
                .filter(problem -> problem.on(field))
                .findFirst()
                .map(FieldProblem::messageKey)
                .orElseThrow();
    }
}
