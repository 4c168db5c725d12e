package nl.rendement.engine.measures.series;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.isolation.control.GivenControlGroup;
import nl.rendement.engine.isolation.control.PersonChange;

/**
 * The group a participants' KPI series is shown beside: a given control group's control people
 * ({@link SeriesLabel#CONTROL_GROUP}), else eligible non-participants ({@link
 * SeriesLabel#UNADJUSTED}: unadjusted, not an effect), else none. {@link #choose} applies that
 * order.
 */
public sealed interface Comparison {

    /** The control people of a given control group, with the team ids counted as theirs. */
    record ControlGroup(GivenControlGroup group, SubjectGroup subjects) implements Comparison {
        public ControlGroup {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(subjects, "subjects");
        }

        public static ControlGroup of(GivenControlGroup group, Collection<String> teams) {
            return new ControlGroup(
                    group,
                    SubjectGroup.of(
                            group.control().stream().map(PersonChange::person).toList(), teams));
        }
    }

    /** Eligible non-participants given as person and team ids: an unadjusted comparison. */
    record EligibleNonParticipants(SubjectGroup subjects) implements Comparison {
        public EligibleNonParticipants {
            Objects.requireNonNull(subjects, "subjects");
        }
    }

    /** No comparison group: the participants' series stands alone, with a reason. */
    record None() implements Comparison {}

    /**
     * The given control group when there is one, else the eligible non-participants when given
     * (and not empty), else none.
     */
    static Comparison choose(Optional<ControlGroup> controlGroup, Optional<SubjectGroup> eligibleNonParticipants) {
        if (controlGroup.isPresent()) {
            return controlGroup.get();
        }
        return eligibleNonParticipants
                .filter(group -> !group.isEmpty())
                .<Comparison>map(EligibleNonParticipants::new)
                .orElse(new None());
    }
}
