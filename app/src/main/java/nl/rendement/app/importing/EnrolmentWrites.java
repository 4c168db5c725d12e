package nl.rendement.app.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.programme.CohortRegister;
import nl.rendement.app.programme.Participant;
import nl.rendement.app.programme.Participation;
import nl.rendement.app.programme.ProgrammeRejected;

/**
 * Applies and takes back an enrolment import's participant changes, through the programme's
 * {@link CohortRegister} so that its audit records them with the user as actor. Each step first
 * checks that the participant is still as the import left (or found) them.
 */
final class EnrolmentWrites {

    private final CohortRegister register;

    EnrolmentWrites(CohortRegister register) {
        this.register = register;
    }

    /**
     * Enrols the learners, or changes their participation, each unless it changed since the
     * preview; new participants of one cohort that follow each other are enrolled together.
     */
    void apply(List<PlannedChange> changes, String user) {
        long cohort = 0;
        List<Participation> waiting = new ArrayList<>();
        for (PlannedChange change : changes) {
            ParticipantValue next = ParticipantValue.parse(change.employee(), change.newValue());
            Optional<Participant> now = participant(change.employee(), next.cohortId());
            Optional<ParticipantValue> expected = change.oldValue().map(old -> parse(change, old));
            if (!same(now, expected)) {
                throw new ImportRefused("importing.commit.changedSince", change.row());
            }
            if (now.isPresent()) {
                register.changeParticipant(user, now.get().id(), next.cohortId(), next.participation());
                continue;
            }
            if (next.cohortId() != cohort) {
                enrol(user, cohort, waiting);
                cohort = next.cohortId();
            }
            waiting.add(next.participation());
        }
        enrol(user, cohort, waiting);
    }

    private void enrol(String user, long cohort, List<Participation> waiting) {
        if (!waiting.isEmpty()) {
            register.enrol(user, cohort, List.copyOf(waiting));
            waiting.clear();
        }
    }

    /** Removes an added participant or puts the old values back, unless they changed since the import. */
    void revert(PlannedChange change, String user) {
        ParticipantValue written = parse(change, change.newValue());
        Optional<Participant> now = participant(change.employee(), written.cohortId());
        if (!same(now, Optional.of(written))) {
            throw new ImportRefused("importing.undo.changedSince", change.row());
        }
        long participantId = now.get().id();
        if (change.oldValue().isPresent()) {
            ParticipantValue old = parse(change, change.oldValue().get());
            register.changeParticipant(user, participantId, old.cohortId(), old.participation());
            return;
        }
        try {
            register.removeParticipant(user, participantId);
        } catch (ProgrammeRejected inUse) {
            throw new ImportRefused("importing.enrolments.participantInUse", change.row());
        }
    }

    /** The employee's participant in the programme of this cohort (in whichever of its cohorts). */
    private Optional<Participant> participant(long employeeId, long cohortId) {
        long programmeId = register.cohort(cohortId)
                .orElseThrow(() -> new IllegalStateException("no cohort " + cohortId))
                .programmeId();
        return register.participant(programmeId, employeeId);
    }

    private static boolean same(Optional<Participant> now, Optional<ParticipantValue> expected) {
        if (now.isEmpty() || expected.isEmpty()) {
            return now.isEmpty() && expected.isEmpty();
        }
        return now.get().cohortId() == expected.get().cohortId()
                && now.get().participation().equals(expected.get().participation());
    }

    private static ParticipantValue parse(PlannedChange change, String written) {
        return ParticipantValue.parse(change.employee(), written);
    }
}
