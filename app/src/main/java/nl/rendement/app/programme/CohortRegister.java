package nl.rendement.app.programme;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.programme.ProgrammeChange.Subject;
import nl.rendement.app.programme.ProgrammeChanges.Difference;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cohorts of programmes and who takes part in them, each change audited. An employee takes
 * part in a programme once, in one of its cohorts. Bad input writes nothing.
 */
@Service
public class CohortRegister {

    private static final long NO_COHORT = 0;

    private final Programmes programmes;
    private final Cohorts cohorts;
    private final Participants participants;
    private final ProgrammeChanges changes;

    CohortRegister(Programmes programmes, Cohorts cohorts, Participants participants, ProgrammeChanges changes) {
        this.programmes = programmes;
        this.cohorts = cohorts;
        this.participants = participants;
        this.changes = changes;
    }

    @Transactional
    public long addCohort(String actor, long programmeId, CohortDetails details) {
        programmes.byId(programmeId).orElseThrow(ProgrammeCatalogue::unknown);
        requireFreeName(programmeId, details, NO_COHORT);
        long id = cohorts.insert(programmeId, details);
        changes.record(actor, Difference.between(programmeId, Subject.COHORT, id, Map.of(), details.described()));
        return id;
    }

    @Transactional
    public void changeCohort(String actor, long cohortId, CohortDetails details) {
        Cohort before = existingCohort(cohortId);
        requireFreeName(before.programmeId(), details, cohortId);
        cohorts.update(cohortId, details);
        changes.record(
                actor,
                Difference.between(
                        before.programmeId(),
                        Subject.COHORT,
                        cohortId,
                        before.details().described(),
                        details.described()));
    }

    /** Adds these participants to the cohort in one batch; returns their ids in the same order. */
    @Transactional
    public List<Long> enrol(String actor, long cohortId, List<Participation> participations) {
        Cohort cohort = existingCohort(cohortId);
        Set<Long> employees = new HashSet<>();
        for (Participation participation : participations) {
            if (!employees.add(participation.employeeId())) {
                throw new ProgrammeRejected("employeeId", "programme.error.participant.repeated");
            }
        }
        if (!participants.existingEmployees(employees).containsAll(employees)) {
            throw new ProgrammeRejected("employeeId", "programme.error.participant.employee");
        }
        if (!participants.alreadyIn(cohort.programmeId(), employees).isEmpty()) {
            throw new ProgrammeRejected("employeeId", "programme.error.participant.alreadyEnrolled");
        }
        Map<Long, Long> ids = participants.insertAll(cohort, participations);
        changes.record(
                actor,
                participations.stream()
                        .flatMap(participation -> Difference.between(
                                cohort.programmeId(),
                                Subject.PARTICIPANT,
                                ids.get(participation.employeeId()),
                                Map.of(),
                                described(cohortId, participation))
                                .stream())
                        .toList());
        return participations.stream()
                .map(participation -> ids.get(participation.employeeId()))
                .toList();
    }

    /** Changes a participant's progress, or moves them to another cohort of the same programme. */
    @Transactional
    public void changeParticipant(String actor, long participantId, long cohortId, Participation next) {
        Participant before = existingParticipant(participantId);
        if (next.employeeId() != before.participation().employeeId()) {
            throw new ProgrammeRejected("employeeId", "programme.error.participant.otherEmployee");
        }
        if (existingCohort(cohortId).programmeId() != before.programmeId()) {
            throw new ProgrammeRejected("cohortId", "programme.error.participant.otherProgramme");
        }
        participants.update(participantId, cohortId, next);
        changes.record(
                actor,
                Difference.between(
                        before.programmeId(),
                        Subject.PARTICIPANT,
                        participantId,
                        described(before.cohortId(), before.participation()),
                        described(cohortId, next)));
    }

    /** Removes a cohort no one takes part in; the audit records its values as removed. */
    @Transactional
    public void removeCohort(String actor, long cohortId) {
        Cohort cohort = existingCohort(cohortId);
        if (participants.anyIn(cohortId)) {
            throw new ProgrammeRejected("cohortId", "programme.error.cohort.hasParticipants");
        }
        cohorts.delete(cohortId);
        changes.record(
                actor,
                Difference.removed(
                        cohort.programmeId(),
                        Subject.COHORT,
                        cohortId,
                        cohort.details().described()));
    }

    /**
     * Takes a participant out of their programme, as undoing the import that enrolled them does;
     * refused when other data refers to them since.
     */
    @Transactional
    public void removeParticipant(String actor, long participantId) {
        Participant before = existingParticipant(participantId);
        try {
            participants.delete(participantId);
        } catch (DataIntegrityViolationException referred) {
            throw new ProgrammeRejected("participantId", "programme.error.participant.inUse");
        }
        changes.record(
                actor,
                Difference.removed(
                        before.programmeId(),
                        Subject.PARTICIPANT,
                        participantId,
                        described(before.cohortId(), before.participation())));
    }

    /** The employee's part in the programme, if they take part. */
    public Optional<Participant> participant(long programmeId, long employeeId) {
        return participants.of(programmeId, employeeId);
    }

    public List<Cohort> cohorts(long programmeId) {
        return cohorts.ofProgramme(programmeId);
    }

    public Optional<Cohort> cohort(long cohortId) {
        return cohorts.byId(cohortId);
    }

    /** The programme's cohort with exactly this name: how imports find the cohort a row speaks of. */
    public Optional<Cohort> cohort(long programmeId, String name) {
        return cohorts.byName(programmeId, name.strip());
    }

    public List<Participant> participants(long cohortId) {
        return participants.ofCohort(cohortId);
    }

    private Participant existingParticipant(long participantId) {
        return participants
                .byId(participantId)
                .orElseThrow(() -> new ProgrammeRejected("participantId", "programme.error.participant.unknown"));
    }

    private Cohort existingCohort(long cohortId) {
        return cohorts.byId(cohortId)
                .orElseThrow(() -> new ProgrammeRejected("cohortId", "programme.error.cohort.unknown"));
    }

    private void requireFreeName(long programmeId, CohortDetails details, long exceptCohortId) {
        if (cohorts.nameTaken(programmeId, details.name(), exceptCohortId)) {
            throw new ProgrammeRejected("name", "programme.error.cohort.name.taken");
        }
    }

    private static Map<String, String> described(long cohortId, Participation participation) {
        Map<String, String> values = new LinkedHashMap<>(participation.described());
        values.put("cohort_id", String.valueOf(cohortId));
        return values;
    }

    /** How many cohorts Rendement holds. */
    public long cohortCount() {
        return cohorts.count();
    }

    /** How many people take part in a programme, over all programmes. */
    public long participantCount() {
        return participants.count();
    }
}
