package nl.rendement.engine.measures.series;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import nl.rendement.engine.measures.Observation;
import nl.rendement.engine.measures.Observation.SubjectKind;

/**
 * A group for a KPI series: a set of person ids and a set of team ids. An observation belongs to
 * the group when its subject is in the set of its kind: a person's observation by person id, a
 * team's ({@link SubjectKind#TEAM}) by team id. A team counts as one subject in a point's n.
 */
public record SubjectGroup(Set<String> people, Set<String> teams) {

    public SubjectGroup {
        people = Set.copyOf(people);
        teams = Set.copyOf(teams);
    }

    public static SubjectGroup people(Collection<String> people) {
        return new SubjectGroup(Set.copyOf(people), Set.of());
    }

    public static SubjectGroup of(Collection<String> people, Collection<String> teams) {
        return new SubjectGroup(Set.copyOf(people), Set.copyOf(teams));
    }

    public boolean contains(Observation observation) {
        return (observation.kind() == SubjectKind.PERSON ? people : teams).contains(observation.subject());
    }

    /** This group without the subjects of {@code other}. */
    public SubjectGroup without(SubjectGroup other) {
        Set<String> restPeople = new TreeSet<>(people);
        restPeople.removeAll(other.people);
        Set<String> restTeams = new TreeSet<>(teams);
        restTeams.removeAll(other.teams);
        return new SubjectGroup(restPeople, restTeams);
    }

    public boolean isEmpty() {
        return people.isEmpty() && teams.isEmpty();
    }
}
