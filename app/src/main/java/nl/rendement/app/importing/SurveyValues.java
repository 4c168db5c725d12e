package nl.rendement.app.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rendement.app.survey.Application;
import nl.rendement.app.survey.Estimate;
import nl.rendement.app.survey.Rating;
import nl.rendement.app.survey.RespondentRole;
import nl.rendement.app.survey.SurveyResponse;

/**
 * A survey response as an import keeps it: its programme and cohort by name, its answers, each
 * rating as {@code rating: <item>}, in item order. Never its respondent: an import does not change
 * who gave a response, and an anonymous one has none.
 */
final class SurveyValues {

    private static final String RATING = "rating: ";

    private SurveyValues() {}

    static String written(SurveyResponse response, String programme, Optional<String> cohort) {
        ImportValue.Builder value = ImportValue.builder()
                .put("programme", programme)
                .put("response id", response.responseKey())
                .put("cohort", cohort)
                .put("level", response.level())
                .put("answered on", response.answeredOn())
                .put("role", response.role().code());
        response.ratings().forEach(rating -> value.put(RATING + rating.item(), rating.score()));
        Application application = response.application();
        value.put("recommend", response.recommend())
                .put("comment", response.comment())
                .put("applying", application.applying().map(yes -> yes ? "yes" : "no"))
                .put("frequency", application.frequency())
                .put("barriers", application.barriers())
                .put("enablers", application.enablers());
        response.estimate()
                .ifPresent(estimate -> value.put("kpi", estimate.kpi())
                        .put("improvement", estimate.improvement())
                        .put("attribution %", estimate.attributionPercent())
                        .put("confidence %", estimate.confidencePercent())
                        .put("basis", estimate.basis()));
        return value.written();
    }

    /** The response a written value describes, in the programme and cohort its names were found as. */
    static SurveyResponse response(
            ImportValue value, long programmeId, Optional<Long> cohortId, Optional<Long> employeeId) {
        return new SurveyResponse(
                programmeId,
                value.require("response id"),
                cohortId,
                employeeId,
                RespondentRole.ofCode(value.require("role")),
                Integer.parseInt(value.require("level")),
                value.get("answered on").map(LocalDate::parse),
                ratings(value),
                value.get("recommend").map(Integer::valueOf),
                value.get("comment"),
                new Application(
                        value.get("applying").map("yes"::equals),
                        value.get("frequency"),
                        value.get("barriers"),
                        value.get("enablers")),
                value.get("improvement")
                        .map(improvement -> new Estimate(
                                value.require("kpi"),
                                new BigDecimal(improvement),
                                new BigDecimal(value.require("attribution %")),
                                new BigDecimal(value.require("confidence %")),
                                value.get("basis"))));
    }

    private static List<Rating> ratings(ImportValue value) {
        List<Rating> ratings = new ArrayList<>();
        for (Map.Entry<String, String> field : value.fields().entrySet()) {
            if (field.getKey().startsWith(RATING)) {
                ratings.add(new Rating(field.getKey().substring(RATING.length()), Integer.parseInt(field.getValue())));
            }
        }
        return ratings;
    }
}
