package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.SurveyFormats.BASIS;
import static nl.rendement.app.importing.formats.SurveyFormats.COHORT;
import static nl.rendement.app.importing.formats.SurveyFormats.IMPROVEMENT;
import static nl.rendement.app.importing.formats.SurveyFormats.PROGRAMME;
import static nl.rendement.app.importing.formats.SurveyFormats.RESPONSE;

import java.util.List;
import java.util.Optional;
import nl.rendement.app.importing.ResponseRows.Given;
import nl.rendement.app.people.Employees;
import nl.rendement.app.programme.Programme;
import nl.rendement.app.survey.SurveyResponse;

/**
 * Plans one survey response from its rows: finds its programme, cohort and (unless it is
 * anonymous) its respondent, reads its answers, and plans its change when none of its rows has a
 * problem. A stored response keeps its respondent, and whether it is anonymous.
 */
final class ResponsePlanner {

    private final ImportPlan plan;
    private final SurveyLookups known;
    private final Employees employees;

    ResponsePlanner(ImportPlan plan, SurveyLookups known, Employees employees) {
        this.plan = plan;
        this.known = known;
        this.employees = employees;
    }

    void plan(List<Row> rows) {
        Row first = rows.get(0);
        String name = first.text(PROGRAMME).orElseThrow();
        Optional<Programme> programme = known.programme(name);
        Optional<SurveyResponse> stored = programme.flatMap(
                found -> known.stored(found.id(), first.text(RESPONSE).orElseThrow()));
        ResponseRows response = new ResponseRows(
                rows, plan, stored.map(SurveyResponse::anonymous).orElse(false));
        if (!response.anonymous()) {
            response.identify(employees);
        }
        if (programme.isEmpty()) {
            response.problem(first, PROGRAMME, name, "importing.survey.unknownProgramme", name);
        }
        stored.ifPresent(before -> sameRespondent(response, before));
        Optional<Long> cohort = programme.flatMap(found -> cohort(response, found));
        Optional<SurveyResponse> read = SurveyAnswers.read(response, programme.map(Programme::id), cohort);
        if (read.isEmpty()) {
            response.keepOut();
        } else {
            change(response, programme.orElseThrow().details().name(), stored, read.get());
        }
    }

    private void change(ResponseRows response, String programme, Optional<SurveyResponse> stored, SurveyResponse read) {
        read.estimate().filter(estimate -> !estimate.hasBasis()).ifPresent(estimate -> {
            Row estimated = response.rows().stream()
                    .filter(row -> row.decimal(IMPROVEMENT).isPresent())
                    .findFirst()
                    .orElseThrow();
            response.notice(estimated, BASIS, "", "importing.survey.noBasis");
        });
        plan.change(
                response.first(),
                programme + " / " + read.responseKey(),
                read.employeeId(),
                stored.map(before -> SurveyValues.written(before, programme, known.cohortName(before))),
                SurveyValues.written(read, programme, known.cohortName(read)));
    }

    /** A stored response keeps its respondent: an import neither names, unnames nor reassigns it. */
    private static void sameRespondent(ResponseRows response, SurveyResponse stored) {
        if (stored.anonymous()) {
            if (!response.fileSaysAnonymous()) {
                response.problem(response.first(), RESPONSE, stored.responseKey(), "importing.survey.storedAnonymous");
            }
        } else if (response.anonymous()
                || response.employee()
                        .filter(id -> !stored.employeeId().equals(Optional.of(id)))
                        .isPresent()) {
            response.problem(response.first(), RESPONSE, stored.responseKey(), "importing.survey.storedNamed");
        }
    }

    private Optional<Long> cohort(ResponseRows response, Programme programme) {
        Optional<Given<String>> cohort = response.text(COHORT);
        if (cohort.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> found = known.cohort(programme.id(), cohort.get().value());
        if (found.isEmpty()) {
            response.problem(
                    cohort.get().row(),
                    COHORT,
                    cohort.get().value(),
                    "importing.survey.unknownCohort",
                    cohort.get().value(),
                    programme.details().name());
        }
        return found;
    }
}
