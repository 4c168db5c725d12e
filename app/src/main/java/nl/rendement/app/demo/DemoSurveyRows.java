package nl.rendement.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.demo.DemoSurveys.Response;

/**
 * A demo survey response as the rows of the survey-responses format ({@link DemoSurveys#HEADER}):
 * a reaction takes a row per rated item, its recommend answer and comment in the first; an
 * application or a team leader's estimate takes one row. Every row names the response, its
 * respondent (none when anonymous), programme, cohort, level and day.
 */
final class DemoSurveyRows {

    private DemoSurveyRows() {}

    static List<List<String>> of(Response response) {
        List<List<String>> rows = new ArrayList<>();
        if (response.reaction().isPresent()) {
            DemoSurveys.Reaction reaction = response.reaction().get();
            for (DemoSurveys.Rating rating : reaction.ratings()) {
                boolean first = rows.isEmpty();
                List<String> row = named(response);
                row.add(rating.item());
                row.add(String.valueOf(rating.score()));
                row.add(first ? String.valueOf(reaction.recommend()) : "");
                row.add(first ? reaction.comment().orElse("") : "");
                row.addAll(List.of("", "", "", "", "", "", "", "", "", ""));
                rows.add(row);
            }
            return rows;
        }
        List<String> row = named(response);
        row.addAll(List.of("", "", "", ""));
        Optional<DemoSurveys.Application> application = response.application();
        row.add(application.map(answer -> answer.applying() ? "yes" : "no").orElse(""));
        row.add(application.map(DemoSurveys.Application::frequency).orElse(""));
        row.add(application.map(answer -> String.join("|", answer.barriers())).orElse(""));
        row.add(application.map(answer -> String.join("|", answer.enablers())).orElse(""));
        row.add(response.role());
        Optional<DemoSurveys.Estimate> estimate = response.estimate();
        row.add(estimate.map(DemoSurveys.Estimate::kpi).orElse(""));
        row.add(estimate.map(given -> given.improvement().toPlainString()).orElse(""));
        row.add(estimate.map(given -> given.attribution() + "%").orElse(""));
        row.add(estimate.map(given -> given.confidence() + "%").orElse(""));
        row.add(estimate.flatMap(DemoSurveys.Estimate::basis).orElse(""));
        rows.add(row);
        return rows;
    }

    /** The columns every row of the response repeats. */
    private static List<String> named(Response response) {
        return new ArrayList<>(List.of(
                response.id(),
                response.employeeNumber().orElse(""),
                response.anonymous() ? "yes" : "no",
                response.programme(),
                response.cohort(),
                String.valueOf(response.level()),
                response.answeredOn().toString()));
    }
}
