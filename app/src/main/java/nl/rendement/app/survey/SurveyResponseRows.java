package nl.rendement.app.survey;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A stored response as a row of {@code survey_response} and back. */
final class SurveyResponseRows {

    static final String COLUMNS = "programme_id, response_key, cohort_id, anonymous, employee_id, respondent_role,"
            + " survey_level, answered_on, recommend, comment_text, applying, frequency, barriers, enablers, kpi_code,"
            + " improvement, attribution_percent, confidence_percent, basis";
    static final String ASSIGNMENTS =
            Arrays.stream(COLUMNS.split(", ")).map(column -> column + " = ?").collect(Collectors.joining(", "));
    static final String PLACEHOLDERS =
            Arrays.stream(COLUMNS.split(", ")).map(column -> "?").collect(Collectors.joining(", "));

    private SurveyResponseRows() {}

    /** The values of {@link #COLUMNS}, in their order. */
    static List<Object> values(SurveyResponse response) {
        List<Object> values = new ArrayList<>();
        values.add(response.programmeId());
        values.add(response.responseKey());
        values.add(response.cohortId().orElse(null));
        values.add(response.anonymous());
        values.add(response.employeeId().orElse(null));
        values.add(response.role().code());
        values.add(response.level());
        values.add(response.answeredOn().orElse(null));
        values.add(response.recommend().orElse(null));
        values.add(response.comment().orElse(null));
        Application application = response.application();
        values.add(application.applying().orElse(null));
        values.add(application.frequency().orElse(null));
        values.add(application.barriers().orElse(null));
        values.add(application.enablers().orElse(null));
        Optional<Estimate> estimate = response.estimate();
        values.add(estimate.map(Estimate::kpi).orElse(null));
        values.add(estimate.map(Estimate::improvement).orElse(null));
        values.add(estimate.map(Estimate::attributionPercent).orElse(null));
        values.add(estimate.map(Estimate::confidencePercent).orElse(null));
        values.add(estimate.flatMap(Estimate::basis).orElse(null));
        return values;
    }

    static SurveyResponse response(ResultSet rs, List<Rating> ratings) throws SQLException {
        return new SurveyResponse(
                rs.getLong("programme_id"),
                rs.getString("response_key"),
                Optional.ofNullable(rs.getObject("cohort_id", Long.class)),
                Optional.ofNullable(rs.getObject("employee_id", Long.class)),
                RespondentRole.ofCode(rs.getString("respondent_role")),
                rs.getInt("survey_level"),
                Optional.ofNullable(rs.getObject("answered_on", LocalDate.class)),
                ratings,
                Optional.ofNullable(rs.getObject("recommend", Integer.class)),
                Optional.ofNullable(rs.getString("comment_text")),
                new Application(
                        Optional.ofNullable(rs.getObject("applying", Boolean.class)),
                        Optional.ofNullable(rs.getString("frequency")),
                        Optional.ofNullable(rs.getString("barriers")),
                        Optional.ofNullable(rs.getString("enablers"))),
                estimate(rs));
    }

    private static Optional<Estimate> estimate(ResultSet rs) throws SQLException {
        Optional<BigDecimal> improvement = StoredDecimals.read(rs, "improvement");
        if (improvement.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Estimate(
                rs.getString("kpi_code"),
                improvement.get(),
                StoredDecimals.read(rs, "attribution_percent").orElseThrow(),
                StoredDecimals.read(rs, "confidence_percent").orElseThrow(),
                Optional.ofNullable(rs.getString("basis"))));
    }
}
