package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.ProgrammeFormats.LMS_COURSES;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.programme.Programme;
import nl.rendement.app.programme.ProgrammeCatalogue;
import nl.rendement.app.programme.ProgrammeDetails;

/**
 * The LMS course ids the rows of one programmes file claim. A course belongs to one programme, so
 * a course id written twice in a row, claimed by an earlier row or belonging to another stored
 * programme is the row's problem.
 */
final class CourseClaims {

    private final ImportPlan plan;
    private final ProgrammeCatalogue catalogue;
    private final Map<String, Integer> claimed = new HashMap<>();

    CourseClaims(ImportPlan plan, ProgrammeCatalogue catalogue) {
        this.plan = plan;
        this.catalogue = catalogue;
    }

    /** The course ids of the row's programme, separated by | in the file. */
    Set<String> claimedBy(Row row, String programme) {
        Set<String> ids = new LinkedHashSet<>();
        for (String written : row.text(LMS_COURSES).orElse("").split("\\" + ProgrammeValue.COURSE_SEPARATOR)) {
            String id = written.strip();
            if (id.isEmpty()) {
                continue;
            }
            Integer earlier = claimed.putIfAbsent(id, row.number());
            if (!ids.add(id)) {
                problem(row, id, "importing.programmes.courseRepeated");
            } else if (earlier != null) {
                problem(row, id, "importing.programmes.courseInEarlierRow", earlier);
            } else {
                catalogue
                        .byLmsCourseId(id)
                        .map(Programme::details)
                        .map(ProgrammeDetails::name)
                        .filter(owner -> !owner.equals(programme))
                        .ifPresent(owner -> problem(row, id, "importing.programmes.courseTaken", owner));
            }
        }
        return ids;
    }

    private void problem(Row row, String id, String reason, Object... arguments) {
        plan.problem(row, LMS_COURSES, id, Optional.empty(), reason, arguments);
    }
}
