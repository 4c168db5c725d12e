package nl.rendement.app.evaluation.steps;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.kpi.Kpi;
import nl.rendement.app.plan.EvaluationPlan;
import nl.rendement.app.plan.EvaluationPlans;
import nl.rendement.app.system.Formats;
import nl.rendement.engine.costs.CostCategory;
import nl.rendement.engine.isolation.HeadlineRule;

/**
 * Step 5's assumptions behind the ROI, as the plan holds them at its latest revision, for the
 * analyst's forms: the horizon and its justification, the discount rate that applies (the plan's
 * own or the organisation's), the headline and extreme-claim rules, and the forecast. Numbers are
 * written as a form field shows them for editing.
 */
public record RoiAssumptions(
        int revision,
        int horizonMonths,
        String horizonJustification,
        boolean ownRate,
        String appliedRate,
        String organisationRate,
        String rate,
        String rateJustification,
        String headline,
        boolean extremeClaimRule,
        List<String> headlineRules,
        boolean hasForecast,
        String expectedParticipants,
        List<ForecastRow> forecastMeasures,
        List<ProjectedRow> projectedCosts,
        List<String> categories) {

    /**
     * One plan measure's forecast change per period, blank where the forecast leaves it out; a
     * measure without a value of a unit cannot be forecast.
     */
    public record ForecastRow(
            String kpi,
            String name,
            boolean valued,
            String low,
            String expected,
            String high,
            String attribution,
            String confidence) {}

    /** A projected cost line of the forecast, its amount as the page writes a number. */
    public record ProjectedRow(String category, String description, String amount, LocalDate date) {}

    static RoiAssumptions of(
            EvaluationPlans.StoredPlan stored, BigDecimal organisationRate, List<Kpi> library, Formats formats) {
        EvaluationPlan plan = stored.plan();
        Optional<EvaluationPlan.DiscountRate> own = plan.discountRate();
        Optional<EvaluationPlan.Forecast> forecast = plan.forecast();
        List<ForecastRow> measures = plan.measures().stream()
                .map(measure -> row(measure, kpi(measure.kpi(), library), forecast, formats))
                .toList();
        return new RoiAssumptions(
                stored.revision(),
                plan.horizon().months(),
                plan.horizon().justification().orElse(""),
                own.isPresent(),
                formats.percent(own.map(EvaluationPlan.DiscountRate::percent).orElse(organisationRate)),
                formats.percent(organisationRate),
                own.map(rate -> formats.editable(rate.percent())).orElse(""),
                own.map(EvaluationPlan.DiscountRate::justification).orElse(""),
                plan.rules().headline().name(),
                plan.rules().extremeClaimRule(),
                Arrays.stream(HeadlineRule.values()).map(Enum::name).toList(),
                forecast.isPresent(),
                forecast.map(f -> String.valueOf(f.expectedParticipants())).orElse(""),
                measures,
                forecast.map(f -> f.costs().stream()
                                .map(line -> new ProjectedRow(
                                        line.category().name(),
                                        line.description(),
                                        formats.decimal(line.amount()),
                                        line.date()))
                                .toList())
                        .orElse(List.of()),
                Arrays.stream(CostCategory.values()).map(Enum::name).toList());
    }

    /** Whether a measure adds money: it has a value of a unit, the plan's own or the library's. */
    static boolean valued(EvaluationPlan.Measure measure, Optional<Kpi> kpi) {
        return measure.value().isPresent()
                || kpi.flatMap(known -> known.definition().conversion()).isPresent();
    }

    private static ForecastRow row(
            EvaluationPlan.Measure planned,
            Optional<Kpi> kpi,
            Optional<EvaluationPlan.Forecast> forecast,
            Formats formats) {
        String code = planned.kpi();
        String name = kpi.map(known -> known.definition().name()).orElse(code);
        boolean valued = valued(planned, kpi);
        return forecast.flatMap(f -> f.measures().stream()
                        .filter(measure -> measure.kpi().equals(code))
                        .findFirst())
                .map(measure -> new ForecastRow(
                        code,
                        name,
                        valued,
                        formats.editable(measure.low()),
                        formats.editable(measure.expected()),
                        formats.editable(measure.high()),
                        formats.editable(measure.attributionPercent()),
                        formats.editable(measure.confidencePercent())))
                .orElseGet(() -> new ForecastRow(code, name, valued, "", "", "", "", ""));
    }

    private static Optional<Kpi> kpi(String code, List<Kpi> library) {
        return library.stream().filter(kpi -> kpi.code().equals(code)).findFirst();
    }
}
