package nl.rendement.engine.measures.series;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.rendement.engine.Participant;
import nl.rendement.engine.measures.ImpactMeasure;

/**
 * What a KPI series is drawn from: the impact measure with its observations, the participants
 * (their ids form the participants' group, their cohorts and starts the cohort marks), the team
 * ids counted as the participants', the comparison, and for time to threshold the tenured median.
 */
public record SeriesInput(
        ImpactMeasure measure,
        List<Participant> participants,
        Set<String> participantTeams,
        Comparison comparison,
        Optional<TenuredMedian> tenuredMedian) {

    public SeriesInput {
        Objects.requireNonNull(measure, "measure");
        participants = List.copyOf(participants);
        participantTeams = Set.copyOf(participantTeams);
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(tenuredMedian, "tenuredMedian");
        Set<String> seen = new HashSet<>();
        for (Participant participant : participants) {
            if (!seen.add(participant.id())) {
                throw new IllegalArgumentException("Participant appears more than once: " + participant.id());
            }
        }
    }

    /** The participants alone: no teams, no comparison, no tenured median. */
    public static SeriesInput of(ImpactMeasure measure, List<Participant> participants) {
        return new SeriesInput(measure, participants, Set.of(), new Comparison.None(), Optional.empty());
    }

    public SeriesInput withParticipantTeams(Set<String> teams) {
        return new SeriesInput(measure, participants, teams, comparison, tenuredMedian);
    }

    public SeriesInput withComparison(Comparison chosen) {
        return new SeriesInput(measure, participants, participantTeams, chosen, tenuredMedian);
    }

    /** The given control group when there is one, else the eligible non-participants, else none. */
    public SeriesInput withComparison(
            Optional<Comparison.ControlGroup> controlGroup, Optional<SubjectGroup> eligibleNonParticipants) {
        return withComparison(Comparison.choose(controlGroup, eligibleNonParticipants));
    }

    public SeriesInput withTenuredMedian(TenuredMedian median) {
        return new SeriesInput(measure, participants, participantTeams, comparison, Optional.of(median));
    }

    /** The participants' group: their person ids and the teams given as theirs. */
    public SubjectGroup participantGroup() {
        return SubjectGroup.of(participants.stream().map(Participant::id).toList(), participantTeams);
    }
}
