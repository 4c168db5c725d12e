package nl.rendement.app.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.rendement.app.organisation.Organisation;
import nl.rendement.app.programme.ProgrammeChange.Subject;
import nl.rendement.app.programme.ProgrammeChanges.Difference;
import nl.rendement.app.security.UserDirectory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programmes of this instance: creating and changing them, each change audited, and reading
 * them. Bad input is rejected with a {@link ProgrammeRejected} before anything is written.
 */
@Service
public class ProgrammeCatalogue {

    private static final long NO_PROGRAMME = 0;

    private final Programmes programmes;
    private final LmsCourses courses;
    private final ProgrammeChanges changes;
    private final Organisation organisation;
    private final UserDirectory users;

    ProgrammeCatalogue(
            Programmes programmes,
            LmsCourses courses,
            ProgrammeChanges changes,
            Organisation organisation,
            UserDirectory users) {
        this.programmes = programmes;
        this.courses = courses;
        this.changes = changes;
        this.organisation = organisation;
        this.users = users;
    }

    @Transactional
    public long create(String actor, ProgrammeDetails details) {
        check(details, NO_PROGRAMME);
        long id = programmes.insert(details);
        record(actor, id, Map.of(), Set.of(), details);
        return id;
    }

    /** Saves new details unless someone saved others since {@code expectedVersion}. */
    @Transactional
    public void update(String actor, long id, int expectedVersion, ProgrammeDetails details) {
        Programme before = programmes.byId(id).orElseThrow(ProgrammeCatalogue::unknown);
        if (before.version() != expectedVersion) {
            throw stale();
        }
        check(details, id);
        if (!programmes.update(id, expectedVersion, details)) {
            throw stale();
        }
        record(actor, id, before.details().described(), before.details().lmsCourseIds(), details);
    }

    /**
     * Removes a programme that nothing depends on, unless someone saved it since {@code
     * expectedVersion}: one with cohorts, or one anything else refers to (a user's scope, data
     * about it), is refused. Its LMS courses and its audit go with it, as the audit names the
     * programme by its id.
     */
    @Transactional
    public void remove(long id, int expectedVersion) {
        Programme programme = programmes.byId(id).orElseThrow(ProgrammeCatalogue::unknown);
        if (programme.version() != expectedVersion) {
            throw stale();
        }
        if (programmes.hasCohorts(id)) {
            throw new ProgrammeRejected("programmeId", "programme.error.hasCohorts");
        }
        try {
            programmes.delete(id);
        } catch (DataIntegrityViolationException referred) {
            throw new ProgrammeRejected("programmeId", "programme.error.inUse");
        }
    }

    public Optional<Programme> byId(long id) {
        return programmes.byId(id);
    }

    /** The programme an LMS course belongs to: how importers resolve LMS records. */
    public Optional<Programme> byLmsCourseId(String courseId) {
        return programmes.byLmsCourseId(courseId);
    }

    /**
     * The programme of this name, or of this name ignoring case when only one is: how imports find
     * the programme a row speaks of.
     */
    public Optional<Programme> byName(String name) {
        return programmes.byName(name);
    }

    public List<ProgrammeSummary> all() {
        return programmes.all();
    }

    /** The objective the programme's ROI is held to: its own, or else the organisation's now. */
    public RoiObjective roiObjective(Programme programme) {
        return programme.roiObjective(organisation.settings());
    }

    /** The display name of the programme's owner, or nothing when their account was disabled since. */
    public Optional<String> ownerName(Programme programme) {
        return users.enabledUsers().stream()
                .filter(user -> user.id() == programme.details().ownerId())
                .map(UserDirectory.User::displayName)
                .findFirst();
    }

    public List<ProgrammeChange> changes(long programmeId) {
        return changes.ofProgramme(programmeId);
    }

    static ProgrammeRejected unknown() {
        return new ProgrammeRejected("programmeId", "programme.error.unknown");
    }

    private static ProgrammeRejected stale() {
        return new ProgrammeRejected("version", "programme.error.stale");
    }

    private void check(ProgrammeDetails details, long id) {
        if (programmes.nameTaken(details.name(), id)) {
            throw new ProgrammeRejected("name", "programme.error.name.taken");
        }
        if (!programmes.userExists(details.ownerId())) {
            throw new ProgrammeRejected("ownerId", "programme.error.owner");
        }
        if (!courses.elsewhere(details.lmsCourseIds(), id).isEmpty()) {
            throw new ProgrammeRejected("lmsCourseIds", "programme.error.lmsCourseId.taken");
        }
    }

    private void record(
            String actor, long id, Map<String, String> before, Set<String> coursesBefore, ProgrammeDetails after) {
        List<Difference> differences =
                new ArrayList<>(Difference.between(id, Subject.PROGRAMME, id, before, after.described()));
        coursesBefore.stream()
                .filter(course -> !after.lmsCourseIds().contains(course))
                .forEach(course ->
                        differences.add(new Difference(id, Subject.PROGRAMME, id, "lms_course", course, null)));
        after.lmsCourseIds().stream()
                .filter(course -> !coursesBefore.contains(course))
                .forEach(course ->
                        differences.add(new Difference(id, Subject.PROGRAMME, id, "lms_course", null, course)));
        changes.record(actor, differences);
    }
}
