package nl.rendement.app.demo;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.programme.CohortDetails;
import nl.rendement.app.programme.CohortRegister;
import nl.rendement.app.programme.ParticipantStatus;
import nl.rendement.app.programme.Participation;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeDetails;
import nl.rendement.app.programme.ProgrammeStatus;
import nl.rendement.app.programme.ProgrammeType;
import nl.rendement.app.security.UserDirectory;
import org.springframework.stereotype.Component;

/** Loads the demo's programmes, cohorts and participants through the programme services. */
@Component
class DemoProgrammeLoader {

    static final String ACTOR = "demo";

    private final ProgrammeCatalogue catalogue;
    private final CohortRegister cohorts;
    private final UserDirectory users;

    DemoProgrammeLoader(ProgrammeCatalogue catalogue, CohortRegister cohorts, UserDirectory users) {
        this.catalogue = catalogue;
        this.cohorts = cohorts;
        this.users = users;
    }

    /** Loads the programmes; returns their ids by type (the demo has one programme of each). */
    Map<ProgrammeType, Long> load(List<DemoOrganisation.Programme> programmes, Map<String, Long> employeeIds) {
        Map<ProgrammeType, Long> ids = new EnumMap<>(ProgrammeType.class);
        long owner = users.idOf(DemoLoader.OWNER)
                .orElseThrow(() -> new IllegalStateException("The demo login " + DemoLoader.OWNER + " is missing"));
        for (DemoOrganisation.Programme programme : programmes) {
            long id = catalogue.create(ACTOR, details(programme, owner));
            ids.put(programme.type(), id);
            for (DemoOrganisation.Cohort cohort : programme.cohorts()) {
                long cohortId = cohorts.addCohort(
                        ACTOR,
                        id,
                        new CohortDetails(
                                cohort.name(),
                                cohort.start(),
                                cohort.end(),
                                cohort.deliveryMode(),
                                Optional.of(cohort.location()),
                                Locale.forLanguageTag("nl")));
                cohorts.enrol(
                        ACTOR,
                        cohortId,
                        cohort.enrolments().stream()
                                .map(enrolment -> new Participation(
                                        employeeIds.get(enrolment.employeeNumber()),
                                        enrolment.status(),
                                        enrolment.enrolledOn(),
                                        enrolment.startedOn(),
                                        enrolment.completedOn(),
                                        Optional.of(enrolment.hours())))
                                .toList());
            }
        }
        return ids;
    }

    private static ProgrammeDetails details(DemoOrganisation.Programme programme, long owner) {
        boolean running = programme.cohorts().stream()
                .anyMatch(cohort -> cohort.enrolments().stream()
                        .anyMatch(enrolment -> enrolment.status() == ParticipantStatus.STARTED));
        return new ProgrammeDetails(
                programme.name(),
                programme.type(),
                Optional.of(programme.description()),
                owner,
                Optional.of(programme.sponsor()),
                running ? ProgrammeStatus.RUNNING : ProgrammeStatus.COMPLETED,
                Optional.of(programme.selection()),
                programme.deliveryMode(),
                programme.dueDate().isPresent(),
                programme.dueDate(),
                Optional.empty(),
                programme.targetLevel(),
                new HashSet<>(programme.lmsCourseIds()));
    }
}
