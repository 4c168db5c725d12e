package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.SurveyFormats.PROGRAMME;
import static nl.rendement.app.importing.formats.SurveyFormats.RESPONSE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.importing.formats.ImportFormat;
import nl.rendement.app.importing.formats.PersonColumns;
import nl.rendement.app.importing.formats.SurveyFormats;
import nl.rendement.app.people.Employees;
import nl.rendement.app.programme.CohortRegister;
import nl.rendement.app.programme.Programme;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.survey.SurveyResponses;
import org.springframework.stereotype.Component;

/**
 * Survey responses, each known by its programme and response id and read from all its rows. A new
 * response is added; one whose answers differ from the stored ones is changed (the old answers
 * kept for undo); the same answers are nothing to do. A named response must match one employee;
 * an anonymous one is never matched, and neither its employee number nor its email is kept
 * anywhere. Who gave a stored response, or whether it is anonymous, an import never changes.
 */
@Component
class SurveyResponseImport implements KindImport {

    private final Employees employees;
    private final ProgrammeCatalogue catalogue;
    private final CohortRegister register;
    private final SurveyResponses responses;

    SurveyResponseImport(
            Employees employees, ProgrammeCatalogue catalogue, CohortRegister register, SurveyResponses responses) {
        this.employees = employees;
        this.catalogue = catalogue;
        this.register = register;
        this.responses = responses;
    }

    @Override
    public ImportFormat format() {
        return SurveyFormats.SURVEY_RESPONSES;
    }

    @Override
    public long held() {
        return responses.count();
    }

    @Override
    public void plan(List<Row> rows, ImportPlan plan, ImportOptions options) {
        Map<List<String>, List<Row>> byResponse = new LinkedHashMap<>();
        for (Row row : rows) {
            List<String> key = List.of(
                    row.text(PROGRAMME).orElseThrow(), row.text(RESPONSE).orElseThrow());
            byResponse.computeIfAbsent(key, unused -> new ArrayList<>()).add(row);
        }
        ResponsePlanner planner = new ResponsePlanner(plan, lookups(), employees);
        byResponse.values().forEach(planner::plan);
        long dropped = rows.stream()
                .filter(row -> row.bool(SurveyFormats.ANONYMOUS).orElse(false))
                .filter(row -> row.text(PersonColumns.EMPLOYEE_NUMBER)
                        .or(() -> row.text(PersonColumns.EMAIL))
                        .isPresent())
                .count();
        if (dropped > 0) {
            plan.notice(0, "", "", Optional.empty(), "importing.survey.identityDropped", dropped);
        }
    }

    @Override
    public void apply(PlannedChange change, String user) {
        ImportValue value = ImportValue.parse(change.newValue());
        SurveyLookups known = lookups();
        Programme programme = known.programme(value.require("programme"))
                .orElseThrow(() -> new ImportRefused("importing.survey.unknownProgramme", value.require("programme")));
        responses.save(
                SurveyValues.response(value, programme.id(), cohortOf(value, programme, known), change.employeeId()));
    }

    /** Removes an added response or puts the old answers back, unless the response changed since. */
    @Override
    public void revert(PlannedChange change, String user) {
        ImportValue value = ImportValue.parse(change.newValue());
        String key = value.require("response id");
        SurveyLookups known = lookups();
        Optional<Programme> programme = known.programme(value.require("programme"));
        Optional<String> now = programme.flatMap(found -> responses
                .find(found.id(), key)
                .map(stored -> SurveyValues.written(stored, found.details().name(), known.cohortName(stored))));
        if (!now.equals(Optional.of(change.newValue()))) {
            throw new ImportRefused("importing.undo.changedSince", change.row());
        }
        long programmeId = programme.orElseThrow().id();
        if (change.oldValue().isEmpty()) {
            responses.delete(programmeId, key);
            return;
        }
        ImportValue old = ImportValue.parse(change.oldValue().get());
        responses.save(
                SurveyValues.response(old, programmeId, cohortOf(old, programme.get(), known), change.employeeId()));
    }

    private SurveyLookups lookups() {
        return new SurveyLookups(catalogue, register, responses);
    }

    private static Optional<Long> cohortOf(ImportValue value, Programme programme, SurveyLookups known) {
        return value.get("cohort")
                .map(name -> known.cohort(programme.id(), name)
                        .orElseThrow(() -> new ImportRefused(
                                "importing.survey.unknownCohort",
                                name,
                                programme.details().name())));
    }
}
