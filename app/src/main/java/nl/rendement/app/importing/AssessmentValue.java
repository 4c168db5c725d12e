package nl.rendement.app.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.rendement.app.programme.Assessment;

/**
 * An assessment as an assessment import keeps it: {@code {"pre":"12","post":"17.5","maximum":"20",
 * "pass mark":"14","pre date":"2025-03-17","post date":"2025-05-19","skill":"Needs
 * analysis","programme id":"7"}}, absent values left out, in one field order for the file and the
 * store alike. The programme id and skill are there to apply it; the person is the change's.
 */
final class AssessmentValue {

    private AssessmentValue() {}

    static String written(Assessment assessment) {
        Assessment.Scores scores = assessment.scores();
        return ImportValue.builder()
                .put("pre", scores.pre())
                .put("post", scores.post())
                .put("maximum", scores.maximum())
                .put("pass mark", scores.passMark())
                .put("pre date", assessment.preOn())
                .put("post date", assessment.postOn())
                .put("skill", assessment.skill())
                .put("programme id", assessment.programmeId())
                .written();
    }

    static Assessment parse(long employeeId, String written) {
        ImportValue value = ImportValue.parse(written);
        return new Assessment(
                Long.parseLong(value.require("programme id")),
                employeeId,
                value.require("skill"),
                new Assessment.Scores(
                        value.get("pre").map(BigDecimal::new),
                        value.get("post").map(BigDecimal::new),
                        new BigDecimal(value.require("maximum")),
                        value.get("pass mark").map(BigDecimal::new)),
                value.get("pre date").map(LocalDate::parse),
                value.get("post date").map(LocalDate::parse));
    }
}
