package nl.rendement.app.importing;

import java.util.Optional;

/** A learner id an enrolment import links to an employee, as the import keeps it: {@code {"learner id":"lms-88231"}}. */
final class LearnerLink {

    private static final String FIELD = "learner id";

    private LearnerLink() {}

    static String written(String learnerId) {
        return ImportValue.builder().put(FIELD, learnerId).written();
    }

    /** The learner id the change links, when it links one (rather than enrolling someone). */
    static Optional<String> of(PlannedChange change) {
        return ImportValue.parse(change.newValue()).get(FIELD);
    }
}
