package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.LearningFormats.PROGRAMME;
import static nl.rendement.app.importing.formats.LearningFormats.SKILL;
import static nl.rendement.app.importing.formats.PersonColumns.EMAIL;
import static nl.rendement.app.importing.formats.PersonColumns.EMPLOYEE_NUMBER;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.importing.formats.LearningFormats;
import nl.rendement.app.people.Employee;
import nl.rendement.app.people.Employees;
import nl.rendement.app.programme.Assessment;
import nl.rendement.app.programme.Assessments;
import nl.rendement.app.programme.CohortRegister;
import nl.rendement.app.programme.Programme;
import nl.rendement.app.programme.ProgrammeCatalogue;
import org.springframework.stereotype.Component;

/**
 * Level 2 assessments: per row a person (employee number or email), the programme by name, the
 * skill, the scores before and/or after out of the test's maximum, and the test days. A new
 * person, programme and skill is an 'add'; other scores or days for one already stored a 'change'
 * (the old values kept for undo); the same values nothing to do. A person need not take part in
 * the programme: a comparison group is assessed too, and a notice says how many assessed people
 * are not participants, so that a mistyped programme does not pass unseen.
 */
@Component
class AssessmentImport implements KindImport {

    private final Employees employees;
    private final ProgrammeCatalogue catalogue;
    private final CohortRegister register;
    private final Assessments assessments;

    AssessmentImport(
            Employees employees, ProgrammeCatalogue catalogue, CohortRegister register, Assessments assessments) {
        this.employees = employees;
        this.catalogue = catalogue;
        this.register = register;
        this.assessments = assessments;
    }

    @Override
    public ImportFormat format() {
        return LearningFormats.ASSESSMENTS;
    }

    @Override
    public long held() {
        return assessments.count();
    }

    @Override
    public void plan(List<Row> rows, ImportPlan plan, ImportOptions options) {
        Map<String, Optional<Programme>> programmes = new HashMap<>();
        Set<List<Object>> seen = new HashSet<>();
        Map<String, Set<Long>> notTakingPart = new LinkedHashMap<>();
        EmployeeIndex index = EmployeeIndex.of(employees);
        for (Row row : rows) {
            Optional<Employee> employee = plan.identify(
                    row, EMPLOYEE_NUMBER, EMAIL, index.identity(row.text(EMPLOYEE_NUMBER), row.text(EMAIL)));
            RowProblems problems = new RowProblems(plan, row, employee.map(Employee::id));
            Optional<Programme> programme = programme(row, programmes, problems);
            Optional<Assessment> assessment = AssessmentRow.read(row, problems, programme, employee);
            if (assessment.isEmpty()) {
                continue;
            }
            Assessment read = assessment.get();
            if (!seen.add(List.of(read.programmeId(), read.employeeId(), read.skill()))) {
                problems.add(SKILL, read.skill(), "importing.assessments.duplicate");
                continue;
            }
            if (register.participant(read.programmeId(), read.employeeId()).isEmpty()) {
                notTakingPart
                        .computeIfAbsent(programme.get().details().name(), name -> new HashSet<>())
                        .add(read.employeeId());
            }
            String subject = String.join(
                    " / ", programme.get().details().name(), employee.get().pseudonym(), read.skill());
            plan.change(row, subject, Optional.of(read.employeeId()), stored(read), AssessmentValue.written(read));
        }
        notTakingPart.forEach((programme, people) -> plan.notice(
                0, "", "", Optional.empty(), "importing.assessments.notParticipants", people.size(), programme));
    }

    /** The programme the row names (read once per name in a file); empty with a problem when there is none. */
    private Optional<Programme> programme(Row row, Map<String, Optional<Programme>> read, RowProblems problems) {
        String name = row.text(PROGRAMME).orElseThrow();
        Optional<Programme> programme = read.computeIfAbsent(name, catalogue::byName);
        if (programme.isEmpty()) {
            problems.add(PROGRAMME, name, "importing.assessments.unknownProgramme", name);
        }
        return programme;
    }

    @Override
    public void apply(PlannedChange change, String user) {
        Assessment next = AssessmentValue.parse(change.employee(), change.newValue());
        if (!stored(next).equals(change.oldValue())) {
            throw new ImportRefused("importing.commit.changedSince", change.row());
        }
        if (change.oldValue().isEmpty()) {
            assessments.add(next);
        } else {
            assessments.change(next);
        }
    }

    /** Removes an added assessment or puts the old scores back, unless they changed since the import. */
    @Override
    public void revert(PlannedChange change, String user) {
        Assessment written = AssessmentValue.parse(change.employee(), change.newValue());
        if (!stored(written).equals(Optional.of(change.newValue()))) {
            throw new ImportRefused("importing.undo.changedSince", change.row());
        }
        if (change.oldValue().isEmpty()) {
            assessments.remove(written.programmeId(), written.employeeId(), written.skill());
        } else {
            assessments.change(
                    AssessmentValue.parse(change.employee(), change.oldValue().get()));
        }
    }

    private Optional<String> stored(Assessment assessment) {
        return assessments
                .of(assessment.programmeId(), assessment.employeeId(), assessment.skill())
                .map(AssessmentValue::written);
    }
}
