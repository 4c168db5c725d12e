package nl.rendement.engine.isolation.control;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A control group the organisation gave for one impact measure (METHOD §3, "given control group"):
 * the trained and the untrained comparison people with their pre- and post-period KPI means, per
 * cohort when the programme ran in waves.
 *
 * <p>A person appears at most once per cohort; the same person may appear in several cohorts (a
 * control person compared with each wave over its own windows, or a control person of one wave
 * trained in a later one). With one cohort the group is evaluated as a whole; with several, per
 * cohort and pooled ({@link ControlGroupIsolation}).
 *
 * @param description what the groups are, e.g. "sales staff of the northern region, not trained"
 * @param trained the trained people with data
 * @param control the comparison people with data
 * @param basis what is compared: changes, or post means under random assignment or without a
 *     pre-period; the rows carry a pre-period value exactly when the basis has a pre-period
 * @param trainedWithoutData participants with no KPI data; they add 0 (Phillips' principle 6)
 */
public record GivenControlGroup(
        String description,
        List<PersonChange> trained,
        List<PersonChange> control,
        ControlGroupBasis basis,
        int trainedWithoutData) {

    public GivenControlGroup {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(basis, "basis");
        if (description.isBlank()) {
            throw new IllegalArgumentException("A given control group needs a description");
        }
        trained = List.copyOf(trained);
        control = List.copyOf(control);
        if (trainedWithoutData < 0) {
            throw new IllegalArgumentException("Trained without data cannot be negative: " + trainedWithoutData);
        }
        Set<List<String>> seen = new HashSet<>();
        Stream.concat(trained.stream(), control.stream()).forEach(person -> {
            if (!seen.add(List.of(person.cohort(), person.person()))) {
                throw new IllegalArgumentException("Person appears more than once"
                        + (person.cohort().isEmpty() ? "" : " in cohort " + person.cohort()) + ": "
                        + person.person());
            }
            if (person.pre().isPresent() != basis.hasPrePeriod()) {
                throw new IllegalArgumentException((basis.hasPrePeriod()
                                ? "A pre-period value is needed for "
                                : "Without a pre-period there is no pre-period value for ")
                        + person.person());
            }
        });
    }

    /**
     * Difference of changes, or of post means when {@code randomAssignment} (assignment to training
     * recorded as random).
     */
    public GivenControlGroup(
            String description,
            List<PersonChange> trained,
            List<PersonChange> control,
            boolean randomAssignment,
            int trainedWithoutData) {
        this(
                description,
                trained,
                control,
                randomAssignment ? ControlGroupBasis.POST_MEANS_RANDOM_ASSIGNMENT : ControlGroupBasis.CHANGES,
                trainedWithoutData);
    }

    /** Whether assignment to training was recorded as random. */
    public boolean randomAssignment() {
        return basis == ControlGroupBasis.POST_MEANS_RANDOM_ASSIGNMENT;
    }

    /** All participants: those with data and those without. */
    public int participants() {
        return trained.size() + trainedWithoutData;
    }

    /** The cohorts of the trained and control rows, in the order of their identifiers. */
    public SortedSet<String> cohorts() {
        SortedSet<String> cohorts = new TreeSet<>();
        Stream.concat(trained.stream(), control.stream()).forEach(person -> cohorts.add(person.cohort()));
        return cohorts;
    }

    List<PersonChange> trainedIn(String cohort) {
        return trained.stream().filter(person -> person.cohort().equals(cohort)).toList();
    }

    List<PersonChange> controlIn(String cohort) {
        return control.stream().filter(person -> person.cohort().equals(cohort)).toList();
    }
}
