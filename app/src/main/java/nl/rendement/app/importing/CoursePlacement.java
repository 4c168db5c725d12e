package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.LearningFormats.COHORT;
import static nl.rendement.app.importing.formats.LearningFormats.COURSE_ID;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.programme.Cohort;
import nl.rendement.app.programme.CohortRegister;
import nl.rendement.app.programme.Programme;
import nl.rendement.app.programme.ProgrammeCatalogue;

/**
 * Where an LMS row belongs: the programme that lists its course id, and the cohort named in the
 * row (ignoring case), or the programme's only cohort when the row names none. Programmes and
 * their cohorts are read once per file.
 */
final class CoursePlacement {

    /** The programme and cohort of a row. */
    record Placement(Programme programme, Cohort cohort) {}

    private final ProgrammeCatalogue catalogue;
    private final CohortRegister register;
    private final Map<String, Optional<Programme>> programmes = new HashMap<>();
    private final Map<Long, List<Cohort>> cohorts = new HashMap<>();

    CoursePlacement(ProgrammeCatalogue catalogue, CohortRegister register) {
        this.catalogue = catalogue;
        this.register = register;
    }

    /** The row's programme and cohort; empty when a problem (added to {@code problems}) says why not. */
    Optional<Placement> place(Row row, RowProblems problems) {
        String course = row.text(COURSE_ID).orElseThrow();
        Optional<Programme> programme = programmes.computeIfAbsent(course, catalogue::byLmsCourseId);
        if (programme.isEmpty()) {
            problems.add(COURSE_ID, course, "importing.enrolments.unknownCourse", course);
            return Optional.empty();
        }
        return cohort(row, programme.get(), problems).map(cohort -> new Placement(programme.get(), cohort));
    }

    /** One of the programme's cohorts, by its id. */
    Cohort cohort(long programmeId, long cohortId) {
        return cohortsOf(programmeId).stream()
                .filter(cohort -> cohort.id() == cohortId)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no cohort " + cohortId + " in programme " + programmeId));
    }

    private Optional<Cohort> cohort(Row row, Programme programme, RowProblems problems) {
        List<Cohort> all = cohortsOf(programme.id());
        String name = programme.details().name();
        Optional<String> named = row.text(COHORT);
        if (named.isPresent()) {
            Optional<Cohort> found = named(all, named.get());
            if (found.isEmpty()) {
                problems.add(COHORT, named.get(), "importing.enrolments.unknownCohort", name, named.get());
            }
            return found;
        }
        if (all.size() != 1) {
            problems.blank(
                    COHORT,
                    all.isEmpty() ? "importing.enrolments.noCohort" : "importing.enrolments.cohortNeeded",
                    name,
                    all.size());
            return Optional.empty();
        }
        return Optional.of(all.get(0));
    }

    /** The cohort of this name, or of this name ignoring case when only one is. */
    private static Optional<Cohort> named(List<Cohort> cohorts, String name) {
        Optional<Cohort> exact = cohorts.stream()
                .filter(cohort -> cohort.details().name().equals(name))
                .findFirst();
        List<Cohort> alike = cohorts.stream()
                .filter(cohort -> cohort.details().name().equalsIgnoreCase(name))
                .toList();
        return exact.or(() -> alike.size() == 1 ? Optional.of(alike.get(0)) : Optional.empty());
    }

    private List<Cohort> cohortsOf(long programmeId) {
        return cohorts.computeIfAbsent(programmeId, register::cohorts);
    }
}
