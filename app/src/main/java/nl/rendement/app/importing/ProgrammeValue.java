package nl.rendement.app.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.rendement.app.programme.DeliveryMode;
import nl.rendement.app.programme.ProgrammeDetails;
import nl.rendement.app.programme.ProgrammeStatus;
import nl.rendement.app.programme.ProgrammeType;

/**
 * A programme as an import keeps it: every value a programmes file holds, in the file's order,
 * written the same way from the file and from the catalogue so that equal programmes have equal
 * texts. The owner is not among them: a file does not name one.
 */
final class ProgrammeValue {

    static final String COURSE_SEPARATOR = "|";

    private ProgrammeValue() {}

    /** {@code {"name":"Sales basics","type":"sales",...,"lms course ids":"SB-101|SB-102"}}. */
    static String written(ProgrammeDetails details) {
        return ImportValue.builder()
                .put("name", details.name())
                .put("type", details.type().code())
                .put("description", details.description())
                .put("sponsor", details.sponsor())
                .put("status", details.status().code())
                .put("target population", details.targetPopulation())
                .put("delivery mode", details.deliveryMode().code())
                .put("mandatory", details.mandatory())
                .put("due date", details.dueDate())
                .put("roi objective", details.roiObjectivePercent())
                .put("target level", details.targetLevel())
                .put(
                        "lms course ids",
                        details.lmsCourseIds().isEmpty()
                                ? Optional.empty()
                                : Optional.of(String.join(COURSE_SEPARATOR, details.lmsCourseIds())))
                .written();
    }

    /** The programme's details the value holds, owned by {@code owner}. */
    static ProgrammeDetails details(String written, long owner) {
        ImportValue value = ImportValue.parse(written);
        return new ProgrammeDetails(
                value.require("name"),
                ProgrammeType.ofCode(value.require("type")),
                value.get("description"),
                owner,
                value.get("sponsor"),
                ProgrammeStatus.ofCode(value.require("status")),
                value.get("target population"),
                DeliveryMode.ofCode(value.require("delivery mode")),
                Boolean.parseBoolean(value.require("mandatory")),
                value.get("due date").map(LocalDate::parse),
                value.get("roi objective").map(BigDecimal::new),
                Integer.parseInt(value.require("target level")),
                courses(value));
    }

    static String name(String written) {
        return ImportValue.parse(written).require("name");
    }

    private static Set<String> courses(ImportValue value) {
        Set<String> courses = new TreeSet<>();
        value.get("lms course ids").ifPresent(ids -> courses.addAll(Arrays.asList(ids.split("\\" + COURSE_SEPARATOR))));
        return courses;
    }
}
