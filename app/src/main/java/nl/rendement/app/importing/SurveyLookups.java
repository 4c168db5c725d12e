package nl.rendement.app.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.programme.Cohort;
import nl.rendement.app.programme.CohortRegister;
import nl.rendement.app.programme.Programme;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.survey.SurveyResponse;
import nl.rendement.app.survey.SurveyResponses;

/**
 * What a survey import looks up, each read once: programmes by name, their cohorts, and their
 * stored responses. Made for one plan or one change, never kept longer.
 */
final class SurveyLookups {

    private final ProgrammeCatalogue catalogue;
    private final CohortRegister register;
    private final SurveyResponses responses;
    private final Map<String, Optional<Programme>> programmes = new HashMap<>();
    private final Map<Long, List<Cohort>> cohorts = new HashMap<>();
    private final Map<Long, Map<String, SurveyResponse>> stored = new HashMap<>();

    SurveyLookups(ProgrammeCatalogue catalogue, CohortRegister register, SurveyResponses responses) {
        this.catalogue = catalogue;
        this.register = register;
        this.responses = responses;
    }

    /** The programme of exactly this name. */
    Optional<Programme> programme(String name) {
        return programmes.computeIfAbsent(name, catalogue::byName);
    }

    Optional<SurveyResponse> stored(long programmeId, String responseKey) {
        return Optional.ofNullable(
                stored.computeIfAbsent(programmeId, responses::ofProgramme).get(responseKey));
    }

    /** The programme's cohort of exactly this name. */
    Optional<Long> cohort(long programmeId, String name) {
        return cohorts(programmeId).stream()
                .filter(cohort -> cohort.details().name().equals(name))
                .map(Cohort::id)
                .findFirst();
    }

    Optional<String> cohortName(SurveyResponse response) {
        return response.cohortId()
                .flatMap(id -> cohorts(response.programmeId()).stream()
                        .filter(cohort -> cohort.id() == id)
                        .map(cohort -> cohort.details().name())
                        .findFirst());
    }

    private List<Cohort> cohorts(long programmeId) {
        return cohorts.computeIfAbsent(programmeId, register::cohorts);
    }
}
