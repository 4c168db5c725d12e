package nl.rendement.engine.isolation.control;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A control group the organisation gave for one impact measure (METHOD §3, "given control group"):
 * the trained and the untrained comparison people with their pre- and post-period KPI means.
 *
 * @param description what the groups are, e.g. "sales staff of the northern region, not trained"
 * @param trained the trained people with pre- and post-data
 * @param control the comparison people with pre- and post-data
 * @param randomAssignment whether assignment to training was recorded as random; only then the
 *     effect is the difference of post means instead of the difference of changes
 * @param trainedWithoutData participants with no KPI data; they add 0 (Phillips' principle 6)
 */
public record GivenControlGroup(
        String description,
        List<PersonChange> trained,
        List<PersonChange> control,
        boolean randomAssignment,
        int trainedWithoutData) {

    public GivenControlGroup {
        Objects.requireNonNull(description, "description");
        if (description.isBlank()) {
            throw new IllegalArgumentException("A given control group needs a description");
        }
        trained = List.copyOf(trained);
        control = List.copyOf(control);
        if (trainedWithoutData < 0) {
            throw new IllegalArgumentException("Trained without data cannot be negative: " + trainedWithoutData);
        }
        Set<String> seen = new HashSet<>();
        Stream.concat(trained.stream(), control.stream()).forEach(person -> {
            if (!seen.add(person.person())) {
                throw new IllegalArgumentException("Person appears more than once: " + person.person());
            }
        });
    }

    /** All participants: those with data and those without. */
    public int participants() {
        return trained.size() + trainedWithoutData;
    }
}
