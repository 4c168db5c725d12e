package nl.rendement.app.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.rendement.app.kpi.Kpi;
import nl.rendement.engine.conversion.Technique;
import nl.rendement.engine.costs.CostCategory;
import nl.rendement.engine.isolation.HeadlineRule;
import nl.rendement.engine.isolation.estimate.EstimateSource;

/**
 * One programme's evaluation plan (issue 9, METHOD §9): what the evaluation sets out to show and
 * how, as the analyst decided it. It refers to and never copies what lives elsewhere: the KPIs of
 * the library (by code), the programme's ROI objective (the hurdle), the organisation's discount
 * rate (which the plan may override, with a justification) and the imported cost ledger (the plan
 * selects and prorates its lines). Percentages are percentages: 25 means 25%.
 *
 * <p>Each component is a section, edited as a whole with a reason ({@link PlanSection}); checks
 * that need no stored data are made here, the others ({@link PlanChecks}) where the plan is saved.
 */
public record EvaluationPlan(
        List<Goal> goals,
        List<Objective> objectives,
        List<Measure> measures,
        Windows windows,
        Comparison comparison,
        Horizon horizon,
        Optional<DiscountRate> discountRate,
        Costs costs,
        List<Intangible> intangibles,
        List<Expectation> expectations,
        Optional<Forecast> forecast,
        Rules rules) {

    static final int TEXT = 2000;
    static final int NAME = 200;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public EvaluationPlan {
        goals = list(goals, "goals");
        objectives = list(objectives, "objectives");
        measures = list(measures, "measures");
        Objects.requireNonNull(windows, "windows");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(discountRate, "discountRate");
        Objects.requireNonNull(costs, "costs");
        intangibles = list(intangibles, "intangibles");
        expectations = list(expectations, "expectations");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(rules, "rules");
        unique(measures, Measure::kpi, "measures", "plan.error.measureTwice");
        unique(intangibles, Intangible::name, "intangibles", "plan.error.intangibleTwice");
    }

    /** The KPI codes of the impact measures, in the plan's order. */
    public List<String> measureCodes() {
        return measures.stream().map(Measure::kpi).toList();
    }

    /** A goal of the programme and the organisation priority it serves. */
    public record Goal(String goal, String priority) {
        public Goal {
            goal = text(goal, TEXT, "goals.goal");
            priority = text(priority, TEXT, "goals.priority");
        }
    }

    /** What the programme must achieve at one level (1 reaction to 5 ROI), with its target. */
    public record Objective(int level, String objective, Optional<String> target) {
        public Objective {
            if (level < 1 || level > 5) {
                throw new PlanRejected("objectives.level", "plan.error.level", level);
            }
            objective = text(objective, TEXT, "objectives.objective");
            target = optionalText(target, NAME, "objectives.target");
        }
    }

    /**
     * An impact measure: a KPI of the library (its name, unit, direction and aggregation are the
     * library's), the level it evidences, how the programme's effect on it is isolated, whose
     * estimates count, and the value of one unit when the plan does not take the library's.
     */
    public record Measure(
            String kpi,
            int level,
            Set<Isolation> isolation,
            Set<EstimateSource> estimateSources,
            Optional<Value> value) {
        public Measure {
            kpi = text(kpi, 64, "measures.kpi");
            if (level < 3 || level > 4) {
                throw new PlanRejected("measures.level", "plan.error.measureLevel", level);
            }
            isolation = enums(isolation, Isolation.class);
            estimateSources = enums(estimateSources, EstimateSource.class);
            Objects.requireNonNull(value, "value");
            if (isolation.isEmpty()) {
                throw new PlanRejected("measures.isolation", "plan.error.noIsolation", kpi);
            }
            if (isolation.contains(Isolation.ESTIMATES) == estimateSources.isEmpty()) {
                throw new PlanRejected("measures.estimateSources", "plan.error.estimateSources", kpi);
            }
        }

        /** Whether the measure adds money: it has a value of one unit, the plan's own or the library's. */
        public boolean valued(Optional<Kpi> library) {
            return value.isPresent()
                    || library.flatMap(known -> known.definition().conversion()).isPresent();
        }

        /** This measure with another value of one unit; empty takes the library's. */
        public Measure withValue(Optional<Value> changed) {
            return new Measure(kpi, level, isolation, estimateSources, changed);
        }

        /** This measure isolated by other methods, with whose estimates count. */
        public Measure isolatedBy(Set<Isolation> methods, Set<EstimateSource> sources) {
            return new Measure(kpi, level, methods, sources, value);
        }
    }

    /** How a measure's effect is isolated; the statistical methods join in a later wave. */
    public enum Isolation {
        /** The trained compared with the eligible who never enrolled (see {@link Comparison}). */
        CONTROL_GROUP,
        /** Respondents' estimates of the improvement, its attribution and their confidence. */
        ESTIMATES
    }

    /**
     * The value of one unit of a KPI for one person (or team) and one period of the KPI, with how
     * it was found, its source, year and evidence; an estimated value carries its estimator's
     * confidence, and only such a value does.
     */
    public record Value(
            BigDecimal amount,
            String currency,
            Technique technique,
            String source,
            int year,
            Optional<String> evidence,
            Optional<BigDecimal> confidencePercent) {
        public Value {
            if (amount == null || amount.signum() < 0) {
                throw new PlanRejected("value.amount", "plan.error.amount", String.valueOf(amount));
            }
            amount = exact(amount);
            if (currency == null || !currency.matches("[A-Z]{3}")) {
                throw new PlanRejected("value.currency", "plan.error.currency", String.valueOf(currency));
            }
            Objects.requireNonNull(technique, "technique");
            source = text(source, 500, "value.source");
            if (year < 1900 || year > 2200) {
                throw new PlanRejected("value.year", "plan.error.year", year);
            }
            evidence = optionalText(evidence, TEXT, "value.evidence");
            Objects.requireNonNull(confidencePercent, "confidencePercent");
            if ((technique == Technique.ESTIMATE) != confidencePercent.isPresent()) {
                throw new PlanRejected("value.confidencePercent", "plan.error.confidence");
            }
            confidencePercent = confidencePercent.map(share -> share(share, "value.confidencePercent"));
        }
    }

    /**
     * The KPI windows around each cohort: months before its first month, months after its last;
     * each cohort is compared over its own calendar months.
     */
    public record Windows(int preMonths, int postMonths) {
        public Windows {
            if (preMonths < 0 || preMonths > 24) {
                throw new PlanRejected("windows.preMonths", "plan.error.window", preMonths);
            }
            if (postMonths < 1 || postMonths > 24) {
                throw new PlanRejected("windows.postMonths", "plan.error.window", postMonths);
            }
        }
    }

    /**
     * Who is compared: the trained (completers, or everyone who started) and the eligible
     * population's people never enrolled in the programme, optionally only those in some units
     * (codes; none: everyone with KPI data).
     */
    public record Comparison(Trained trained, Set<String> units, String description) {
        public Comparison {
            Objects.requireNonNull(trained, "trained");
            units = Set.copyOf(units);
            description = text(description, TEXT, "comparison.description");
        }
    }

    /** Which participants count as trained. */
    public enum Trained {
        COMPLETERS,
        STARTERS
    }

    /** Months of benefits counted, 1–120; any horizon but a year needs a justification. */
    public record Horizon(int months, Optional<String> justification) {
        public Horizon {
            if (months < 1 || months > 120) {
                throw new PlanRejected("horizon.months", "plan.error.horizon", months);
            }
            justification = optionalText(justification, TEXT, "horizon.justification");
            if (months != 12 && justification.isEmpty()) {
                throw new PlanRejected("horizon.justification", "plan.error.horizonJustification", months);
            }
        }
    }

    /** A discount rate of this plan's own, overriding the organisation's, and why. */
    public record DiscountRate(BigDecimal percent, String justification) {
        public DiscountRate {
            percent = share(percent, "discountRate.percent");
            justification = text(justification, TEXT, "discountRate.justification");
        }
    }

    /**
     * Which of the programme's ledger lines count and for what share (a line not listed counts
     * whole, a share of 0 leaves it out), with a reason per choice; whether participants' time is
     * costed; the categories explicitly zero.
     */
    public record Costs(List<LineChoice> lines, boolean participantTime, Set<CostCategory> zero) {
        public Costs {
            lines = list(lines, "costs.lines");
            unique(lines, LineChoice::line, "costs.lines", "plan.error.lineTwice");
            zero = enums(zero, CostCategory.class);
        }
    }

    /** One ledger line's share in this evaluation, and why. */
    public record LineChoice(String line, BigDecimal sharePercent, String reason) {
        public LineChoice {
            line = text(line, 128, "costs.lines.line");
            sharePercent = share(sharePercent, "costs.lines.sharePercent");
            reason = text(reason, TEXT, "costs.lines.reason");
        }
    }

    /** A benefit purposely not converted to money, optionally tied to a measure's KPI. */
    public record Intangible(String name, String description, Optional<String> kpi) {
        public Intangible {
            name = text(name, NAME, "intangibles.name");
            description = description == null ? "" : description.strip();
            Objects.requireNonNull(kpi, "kpi");
        }
    }

    /** What a sponsor expects, and the measure's KPI it is tied to, if any. */
    public record Expectation(String sponsor, String expectation, Optional<String> kpi) {
        public Expectation {
            sponsor = text(sponsor, NAME, "expectations.sponsor");
            expectation = text(expectation, TEXT, "expectations.expectation");
            Objects.requireNonNull(kpi, "kpi");
        }
    }

    /**
     * The forecast before the programme runs (METHOD §8): the participants expected, per measure
     * the change per period for all of them (low ≤ expected ≤ high) with attribution and
     * confidence, and the projected cost lines (for the forecast only).
     */
    public record Forecast(int expectedParticipants, List<ForecastMeasure> measures, List<ProjectedLine> costs) {
        public Forecast {
            if (expectedParticipants < 1) {
                throw new PlanRejected("forecast.expectedParticipants", "plan.error.expectedParticipants");
            }
            measures = list(measures, "forecast.measures");
            unique(measures, ForecastMeasure::kpi, "forecast.measures", "plan.error.measureTwice");
            costs = list(costs, "forecast.costs");
            unique(costs, ProjectedLine::id, "forecast.costs", "plan.error.lineTwice");
        }
    }

    /** One measure's forecast change per period, for all participants together. */
    public record ForecastMeasure(
            String kpi,
            BigDecimal low,
            BigDecimal expected,
            BigDecimal high,
            BigDecimal attributionPercent,
            BigDecimal confidencePercent) {
        public ForecastMeasure {
            kpi = text(kpi, 64, "forecast.measures.kpi");
            low = exact(Objects.requireNonNull(low, "low"));
            expected = exact(Objects.requireNonNull(expected, "expected"));
            high = exact(Objects.requireNonNull(high, "high"));
            if (low.compareTo(expected) > 0 || expected.compareTo(high) > 0) {
                throw new PlanRejected("forecast.measures.change", "plan.error.lowExpectedHigh", kpi);
            }
            attributionPercent = share(attributionPercent, "forecast.measures.attributionPercent");
            confidencePercent = share(confidencePercent, "forecast.measures.confidencePercent");
        }
    }

    /** A cost the forecast projects, in the reporting currency, on the day it is expected. */
    public record ProjectedLine(
            String id, CostCategory category, String description, BigDecimal amount, java.time.LocalDate date) {
        public ProjectedLine {
            id = text(id, 128, "forecast.costs.id");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(date, "date");
            description = description == null ? "" : description.strip();
            if (amount == null || amount.signum() < 0) {
                throw new PlanRejected("forecast.costs.amount", "plan.error.amount", String.valueOf(amount));
            }
            amount = exact(amount);
        }
    }

    /** The method's switchable rules for this plan: the headline, and the extreme-claim rule. */
    public record Rules(HeadlineRule headline, boolean extremeClaimRule) {
        public Rules {
            Objects.requireNonNull(headline, "headline");
        }
    }

    private static <T> List<T> list(List<T> given, String field) {
        Objects.requireNonNull(given, field);
        return List.copyOf(given);
    }

    private static <E extends Enum<E>> Set<E> enums(Set<E> given, Class<E> type) {
        Objects.requireNonNull(given, type.getSimpleName());
        return given.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(given));
    }

    private static <T> void unique(List<T> items, Function<T, String> key, String field, String message) {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        items.stream().map(key).filter(k -> !seen.add(k)).forEach(twice::add);
        if (!twice.isEmpty()) {
            throw new PlanRejected(field, message, twice.get(0));
        }
    }

    static String text(String given, int maximum, String field) {
        if (given == null || given.isBlank()) {
            throw new PlanRejected(field, "plan.error.required");
        }
        String text = given.strip();
        if (text.length() > maximum) {
            throw new PlanRejected(field, "plan.error.tooLong", maximum);
        }
        return text;
    }

    private static Optional<String> optionalText(Optional<String> given, int maximum, String field) {
        Objects.requireNonNull(given, field);
        return given.filter(text -> !text.isBlank()).map(text -> text(text, maximum, field));
    }

    private static BigDecimal share(BigDecimal percent, String field) {
        if (percent == null || percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
            throw new PlanRejected(field, "plan.error.share", String.valueOf(percent));
        }
        return exact(percent);
    }

    /** A number without trailing zeros (12.50 is 12.5, 1E+3 is 1000): equal values, equal plans. */
    private static BigDecimal exact(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
