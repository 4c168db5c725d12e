package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.LearningFormats.COURSE_ID;
import static nl.rendement.app.importing.formats.PersonColumns.EMAIL;
import static nl.rendement.app.importing.formats.PersonColumns.EMPLOYEE_NUMBER;
import static nl.rendement.app.importing.formats.PersonColumns.LEARNER_ID;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.importing.CoursePlacement.Placement;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.importing.formats.LearningFormats;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.Employees;
import nl.rendement.app.people.LearnerIds;
import nl.rendement.app.programme.CohortRegister;
import nl.rendement.app.programme.ProgrammeCatalogue;
import org.springframework.stereotype.Component;

/**
 * Enrolments and completions from an LMS export: per row a learner (by learner id, employee number
 * or email), the course that finds the programme, the cohort, and how far they came. A matched
 * learner who does not take part in the programme yet becomes a participant ('add'); one whose
 * cohort, status, dates, hours, progress or score differ is updated ('change', the old values kept
 * for undo); the same values are nothing to do ('same'). Participants are enrolled and changed
 * through the programme's {@link CohortRegister}, so the programme's audit records them as the
 * pages do. A row that gives a learner id with an employee number or email teaches Rendement the
 * learner id (see {@link LearnerLinks}).
 */
@Component
class EnrolmentImport implements KindImport {

    private final Employees employees;
    private final LearnerIds learnerIds;
    private final ProgrammeCatalogue catalogue;
    private final CohortRegister register;
    private final EnrolmentWrites participants;

    EnrolmentImport(Employees employees, LearnerIds learnerIds, ProgrammeCatalogue catalogue, CohortRegister register) {
        this.employees = employees;
        this.learnerIds = learnerIds;
        this.catalogue = catalogue;
        this.register = register;
        this.participants = new EnrolmentWrites(register);
    }

    @Override
    public ImportFormat format() {
        return LearningFormats.ENROLMENTS;
    }

    @Override
    public long held() {
        return register.participantCount();
    }

    @Override
    public void plan(List<Row> rows, ImportPlan plan, ImportOptions options) {
        LearnerLinks links = LearnerLinks.of(rows, employees, learnerIds);
        CoursePlacement placement = new CoursePlacement(catalogue, register);
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            Optional<Employee> employee =
                    plan.identifyLearner(row, LEARNER_ID, EMPLOYEE_NUMBER, EMAIL, links.identity(row));
            RowProblems problems = new RowProblems(plan, row, employee.map(Employee::id));
            links.checkLength(row, problems);
            Optional<Placement> place = placement.place(row, problems);
            Optional<LmsRecord> record = LmsRecord.read(row, problems);
            if (employee.isEmpty() || place.isEmpty() || record.isEmpty()) {
                continue;
            }
            if (!seen.add(place.get().programme().id() + "/" + employee.get().id())) {
                problems.add(COURSE_ID, row.text(COURSE_ID).orElseThrow(), "importing.enrolments.duplicate");
                continue;
            }
            planParticipant(row, plan, placement, place.get(), employee.get(), record.get());
        }
        links.planLinks(plan);
    }

    private void planParticipant(
            Row row, ImportPlan plan, CoursePlacement placement, Placement place, Employee employee, LmsRecord lms) {
        long programmeId = place.programme().id();
        Optional<String> stored = register.participant(programmeId, employee.id())
                .map(now -> ParticipantValue.of(placement.cohort(programmeId, now.cohortId()), now.participation())
                        .written());
        plan.change(
                row,
                place.programme().details().name() + " / " + employee.pseudonym(),
                Optional.of(employee.id()),
                stored,
                ParticipantValue.of(place.cohort(), lms.of(employee.id())).written());
    }

    @Override
    public void apply(PlannedChange change, String user) {
        apply(List.of(change), user);
    }

    /** Enrols and changes the participants (new ones of a cohort together), then links the learned learner ids. */
    @Override
    public void apply(List<PlannedChange> changes, String user) {
        participants.apply(
                changes.stream()
                        .filter(change -> LearnerLink.of(change).isEmpty())
                        .toList(),
                user);
        for (PlannedChange change : changes) {
            Optional<String> learnerId = LearnerLink.of(change);
            if (learnerId.isEmpty()) {
                continue;
            }
            if (learnerIds.employeeOf(learnerId.get()).isPresent()) {
                throw new ImportRefused("importing.commit.changedSince", change.row());
            }
            learnerIds.link(learnerId.get(), change.employee());
        }
    }

    /** Forgets a learned learner id, removes an added participant or puts the old values back, unless changed since. */
    @Override
    public void revert(PlannedChange change, String user) {
        Optional<String> learnerId = LearnerLink.of(change);
        if (learnerId.isEmpty()) {
            participants.revert(change, user);
        } else if (!learnerIds.unlink(learnerId.get(), change.employee())) {
            throw new ImportRefused("importing.undo.changedSince", change.row());
        }
    }
}
