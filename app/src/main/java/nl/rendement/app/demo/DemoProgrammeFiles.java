package nl.rendement.app.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.rendement.app.programme.ParticipantStatus;
import nl.rendement.app.programme.ProgrammeStatus;

/**
 * The demo's programmes as L&D keeps them, in the import formats (English headers): the
 * programmes, their cohorts, and the LMS export of who enrolled in which course. The LMS knows
 * its learners by its own id ({@code lms-<employee number>}); a learner's first row gives their
 * employee number too, which teaches Rendement the id, and their later rows give the id alone.
 */
final class DemoProgrammeFiles {

    static final String PROGRAMMES = "demo-programmes.csv";
    static final String COHORTS = "demo-cohorts.csv";
    static final String ENROLMENTS = "demo-enrolments.csv";

    /** The language every demo cohort is taught in. */
    static final String LANGUAGE = "Dutch";

    private DemoProgrammeFiles() {}

    static List<DemoFile> of(DemoOrganisation organisation) {
        return List.of(
                new DemoFile("programmes", PROGRAMMES, programmes(organisation)),
                new DemoFile("cohorts", COHORTS, cohorts(organisation)),
                new DemoFile("enrolments", ENROLMENTS, enrolments(organisation)));
    }

    static String learnerId(String employeeNumber) {
        return "lms-" + employeeNumber;
    }

    /** Running while a cohort still has someone who started and has not finished; completed otherwise. */
    static ProgrammeStatus status(DemoOrganisation.Programme programme) {
        boolean running = programme.cohorts().stream()
                .flatMap(cohort -> cohort.enrolments().stream())
                .anyMatch(enrolment -> enrolment.status() == ParticipantStatus.STARTED);
        return running ? ProgrammeStatus.RUNNING : ProgrammeStatus.COMPLETED;
    }

    private static byte[] programmes(DemoOrganisation organisation) {
        return DemoCsv.csv(writer -> {
            writer.writeRecord(
                    "name",
                    "type",
                    "description",
                    "sponsor",
                    "status",
                    "target population",
                    "delivery mode",
                    "mandatory",
                    "due date",
                    "target level",
                    "lms course ids");
            organisation
                    .programmes()
                    .forEach(programme -> writer.writeRecord(
                            programme.name(),
                            DemoFile.word(programme.type().code()),
                            programme.description(),
                            programme.sponsor(),
                            DemoFile.word(status(programme).code()),
                            programme.selection(),
                            DemoFile.word(programme.deliveryMode().code()),
                            programme.dueDate().isPresent() ? "yes" : "no",
                            programme.dueDate().map(Object::toString).orElse(""),
                            String.valueOf(programme.targetLevel()),
                            String.join("|", programme.lmsCourseIds())));
        });
    }

    private static byte[] cohorts(DemoOrganisation organisation) {
        return DemoCsv.csv(writer -> {
            writer.writeRecord("programme", "name", "start date", "end date", "delivery mode", "location", "language");
            organisation
                    .programmes()
                    .forEach(programme -> programme
                            .cohorts()
                            .forEach(cohort -> writer.writeRecord(
                                    programme.name(),
                                    cohort.name(),
                                    cohort.start().toString(),
                                    cohort.end().toString(),
                                    DemoFile.word(cohort.deliveryMode().code()),
                                    cohort.location(),
                                    LANGUAGE)));
        });
    }

    private static byte[] enrolments(DemoOrganisation organisation) {
        Set<String> known = new HashSet<>();
        return DemoCsv.csv(writer -> {
            writer.writeRecord(
                    "learner id",
                    "employee number",
                    "course id",
                    "cohort",
                    "status",
                    "hours spent",
                    "enrolled on",
                    "started on",
                    "completed on");
            for (DemoOrganisation.Programme programme : organisation.programmes()) {
                for (DemoOrganisation.Cohort cohort : programme.cohorts()) {
                    for (DemoOrganisation.Enrolment enrolment : cohort.enrolments()) {
                        String number = enrolment.employeeNumber();
                        writer.writeRecord(
                                learnerId(number),
                                known.add(number) ? number : "",
                                programme.lmsCourseIds().get(0),
                                cohort.name(),
                                DemoFile.word(enrolment.status().code()),
                                enrolment.hours().stripTrailingZeros().toPlainString(),
                                enrolment.enrolledOn().toString(),
                                enrolment.startedOn().map(Object::toString).orElse(""),
                                enrolment.completedOn().map(Object::toString).orElse(""));
                    }
                }
            }
        });
    }
}
