package nl.rendement.app.importing;

import static nl.rendement.app.importing.formats.SurveyFormats.ATTRIBUTION;
import static nl.rendement.app.importing.formats.SurveyFormats.BASIS;
import static nl.rendement.app.importing.formats.SurveyFormats.CONFIDENCE;
import static nl.rendement.app.importing.formats.SurveyFormats.IMPROVEMENT;
import static nl.rendement.app.importing.formats.SurveyFormats.KPI;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.importing.ResponseRows.Given;
import nl.rendement.app.survey.Estimate;

/**
 * A response's impact estimate: an improvement in a KPI with the share attributed to the programme
 * and the confidence in that share, each 0 to 100%. An improvement without its KPI, attribution or
 * confidence is a problem, and so are those (or a basis) without an improvement. A missing basis
 * is not: the estimate is kept, and a notice says it is not counted.
 */
final class EstimateAnswers {

    static final int KPI_CHARACTERS = 64;
    static final int BASIS_CHARACTERS = 2000;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A part of an estimate and the column that gives it. */
    private record Part(Column column, Optional<? extends Given<?>> given) {}

    private final ResponseRows response;

    EstimateAnswers(ResponseRows response) {
        this.response = response;
    }

    /** The estimate, when the response gives a complete one; its problems are the response's. */
    Optional<Estimate> read() {
        Optional<Given<String>> kpi = response.text(KPI, KPI_CHARACTERS);
        Optional<Given<BigDecimal>> improvement = number(IMPROVEMENT);
        Optional<Given<BigDecimal>> attribution = percentage(ATTRIBUTION);
        Optional<Given<BigDecimal>> confidence = percentage(CONFIDENCE);
        Optional<Given<String>> basis = response.text(BASIS, BASIS_CHARACTERS);
        List<Part> needed =
                List.of(new Part(KPI, kpi), new Part(ATTRIBUTION, attribution), new Part(CONFIDENCE, confidence));
        if (improvement.isEmpty()) {
            withoutImprovement(List.of(needed.get(0), needed.get(1), needed.get(2), new Part(BASIS, basis)));
            return Optional.empty();
        }
        needed.stream()
                .filter(part -> part.given().isEmpty())
                .forEach(part ->
                        response.problem(improvement.get().row(), part.column(), "", "importing.survey.estimateNeeds"));
        if (kpi.isEmpty() || attribution.isEmpty() || confidence.isEmpty() || response.hasProblem()) {
            return Optional.empty();
        }
        return Optional.of(new Estimate(
                kpi.get().value(),
                improvement.get().value(),
                attribution.get().value(),
                confidence.get().value(),
                basis.map(Given::value)));
    }

    /** Parts of an estimate given without its improvement: the first of them is a problem. */
    private void withoutImprovement(List<Part> parts) {
        parts.stream().filter(part -> part.given().isPresent()).findFirst().ifPresent(part -> {
            Given<?> given = part.given().orElseThrow();
            response.problem(given.row(), part.column(), shown(given.value()), "importing.survey.noImprovement");
        });
    }

    private Optional<Given<BigDecimal>> number(Column column) {
        Optional<Given<BigDecimal>> number = response.decimal(column);
        number.filter(given -> !Numeric.fitsDecimal(given.value()))
                .ifPresent(given ->
                        response.problem(given.row(), column, shown(given.value()), "importing.survey.digits"));
        return number;
    }

    private Optional<Given<BigDecimal>> percentage(Column column) {
        Optional<Given<BigDecimal>> percentage = number(column);
        percentage
                .filter(given -> given.value().signum() < 0 || given.value().compareTo(HUNDRED) > 0)
                .ifPresent(given -> response.problem(
                        given.row(), column, shown(given.value()) + "%", "importing.survey.percentage"));
        return percentage;
    }

    private static String shown(Object value) {
        return value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : String.valueOf(value);
    }
}
