package nl.rendement.app.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.rendement.app.costs.CostLine;
import nl.rendement.app.kpi.Kpi;
import nl.rendement.app.kpi.KpiDefinition;
import nl.rendement.app.programme.Programme;
import nl.rendement.app.survey.RespondentRole;
import nl.rendement.engine.conversion.Technique;
import nl.rendement.engine.costs.CostCategory;
import nl.rendement.engine.isolation.estimate.EstimateSource;

/**
 * Phillips' two planning documents (METHOD §9), generated from a plan and never edited apart
 * from it: the data collection plan (per level up to the programme's target level: objectives,
 * measures, instrument, sources, timing, who) and the ROI analysis plan (per impact measure:
 * isolation, conversion with its source, cost categories, intangibles, audiences). Values are
 * codes and figures; pages and the API put them into words.
 */
public record PlanningDocuments(List<CollectionRow> dataCollection, List<AnalysisRow> roiAnalysis) {

    /** How data at a level are collected. */
    public enum Instrument {
        /** Reaction survey responses (level 1) as imported. */
        REACTION_SURVEY,
        /** Assessment scores before and after (level 2). */
        ASSESSMENT,
        /** Application survey responses (level 3), with the impact estimates when a measure uses them. */
        APPLICATION_SURVEY,
        /** The KPI's observations per person or team and period (level 4). */
        KPI_RECORDS,
        /** The ROI analysis plan: benefits against fully loaded costs (level 5). */
        ROI_ANALYSIS
    }

    /** When data are collected. */
    public enum Timing {
        /** At the end of each cohort. */
        END_OF_COHORT,
        /** Before the first session and after the last of each cohort. */
        BEFORE_AND_AFTER,
        /** {@code monthsAfter} months after each participant completed. */
        AFTER_COMPLETION,
        /** Over {@code monthsBefore} months before each cohort's first month and {@code monthsAfter} after its last. */
        COHORT_WINDOWS,
        /** When the horizon of {@code monthsAfter} months after the last cohort has passed. */
        AFTER_HORIZON
    }

    /** Who provides the data. */
    public enum Source {
        PARTICIPANTS,
        MANAGERS,
        SENIOR_MANAGEMENT,
        EXPERTS,
        /** The organisation's system the KPI's observations come from. */
        RECORDS,
        /** The cost ledger. */
        LEDGER
    }

    /** One level of the data collection plan; {@code measures} are KPI codes at level 4. */
    public record CollectionRow(
            int level,
            List<EvaluationPlan.Objective> objectives,
            List<String> measures,
            Instrument instrument,
            Set<Source> sources,
            Timing timing,
            int monthsBefore,
            int monthsAfter,
            Optional<String> responsible) {}

    /** Where a measure's value of one unit comes from. */
    public enum ValueOrigin {
        /** The plan's own value. */
        PLAN,
        /** The KPI library's default. */
        LIBRARY,
        /** None: the measure adds no money and is reported beside the ROI. */
        NONE
    }

    /** One impact measure of the ROI analysis plan. */
    public record AnalysisRow(
            String kpi,
            String name,
            String unit,
            int level,
            Set<EvaluationPlan.Isolation> isolation,
            Set<EstimateSource> estimateSources,
            ValueOrigin valueOrigin,
            Optional<Technique> technique,
            Optional<BigDecimal> valuePerUnit,
            Optional<String> currency,
            Optional<String> valueSource,
            Optional<Integer> valueYear,
            Set<CostCategory> costCategories,
            Set<CostCategory> zeroCategories,
            List<String> intangibles,
            List<String> audiences) {}

    /**
     * The documents of {@code plan} for {@code programme}, with the library's KPIs and the
     * programme's ledger lines as stored; {@code owner} is the name of the programme's owner.
     */
    public static PlanningDocuments of(
            Programme programme, EvaluationPlan plan, List<Kpi> library, List<CostLine> ledger, String owner) {
        Map<String, KpiDefinition> kpis =
                library.stream().collect(Collectors.toMap(Kpi::code, Kpi::definition, (a, b) -> a));
        return new PlanningDocuments(
                collection(programme, plan, owner), analysis(programme, plan, kpis, categories(plan, ledger)));
    }

    private static List<CollectionRow> collection(Programme programme, EvaluationPlan plan, String owner) {
        int target = programme.details().targetLevel();
        int pre = plan.windows().preMonths();
        int post = plan.windows().postMonths();
        Optional<String> who = Optional.of(owner);
        List<CollectionRow> rows = new ArrayList<>();
        if (target >= 1) {
            rows.add(row(
                    plan,
                    1,
                    List.of(),
                    Instrument.REACTION_SURVEY,
                    Set.of(Source.PARTICIPANTS),
                    Timing.END_OF_COHORT,
                    0,
                    0,
                    who));
        }
        if (target >= 2) {
            rows.add(row(
                    plan,
                    2,
                    List.of(),
                    Instrument.ASSESSMENT,
                    Set.of(Source.PARTICIPANTS),
                    Timing.BEFORE_AND_AFTER,
                    0,
                    0,
                    who));
        }
        if (target >= 3) {
            Set<Source> sources = EnumSet.of(Source.PARTICIPANTS);
            plan.measures()
                    .forEach(measure -> measure.estimateSources().forEach(source -> sources.add(source(source))));
            rows.add(row(
                    plan,
                    3,
                    codes(plan, 3),
                    Instrument.APPLICATION_SURVEY,
                    sources,
                    Timing.AFTER_COMPLETION,
                    0,
                    post,
                    who));
        }
        if (target >= 4) {
            rows.add(row(
                    plan,
                    4,
                    codes(plan, 4),
                    Instrument.KPI_RECORDS,
                    Set.of(Source.RECORDS),
                    Timing.COHORT_WINDOWS,
                    pre,
                    post,
                    Optional.empty()));
        }
        if (target >= 5) {
            rows.add(row(
                    plan,
                    5,
                    plan.measureCodes(),
                    Instrument.ROI_ANALYSIS,
                    Set.of(Source.RECORDS, Source.LEDGER),
                    Timing.AFTER_HORIZON,
                    0,
                    plan.horizon().months(),
                    Optional.empty()));
        }
        return rows;
    }

    private static CollectionRow row(
            EvaluationPlan plan,
            int level,
            List<String> measures,
            Instrument instrument,
            Set<Source> sources,
            Timing timing,
            int before,
            int after,
            Optional<String> responsible) {
        List<EvaluationPlan.Objective> objectives = plan.objectives().stream()
                .filter(objective -> objective.level() == level)
                .toList();
        return new CollectionRow(
                level, objectives, measures, instrument, Set.copyOf(sources), timing, before, after, responsible);
    }

    private static List<String> codes(EvaluationPlan plan, int level) {
        return plan.measures().stream()
                .filter(m -> m.level() == level)
                .map(EvaluationPlan.Measure::kpi)
                .toList();
    }

    private static Source source(EstimateSource source) {
        return switch (RespondentRole.valueOf(source.name())) {
            case PARTICIPANT -> Source.PARTICIPANTS;
            case MANAGER -> Source.MANAGERS;
            case SENIOR_MANAGEMENT -> Source.SENIOR_MANAGEMENT;
            case EXPERT -> Source.EXPERTS;
        };
    }

    /** The cost categories the evaluation counts: the selected ledger lines' and participants' time. */
    private static Set<CostCategory> categories(EvaluationPlan plan, List<CostLine> ledger) {
        Map<String, BigDecimal> shares = plan.costs().lines().stream()
                .collect(Collectors.toMap(EvaluationPlan.LineChoice::line, EvaluationPlan.LineChoice::sharePercent));
        Set<CostCategory> categories = ledger.stream()
                .filter(line ->
                        shares.getOrDefault(line.lineId(), BigDecimal.ONE).signum() > 0)
                .flatMap(line -> line.category().costCategory().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CostCategory.class)));
        if (plan.costs().participantTime()) {
            categories.add(CostCategory.PARTICIPANT_TIME);
        }
        return categories;
    }

    private static List<AnalysisRow> analysis(
            Programme programme, EvaluationPlan plan, Map<String, KpiDefinition> kpis, Set<CostCategory> categories) {
        Set<String> audiences = new LinkedHashSet<>();
        programme.details().sponsor().ifPresent(audiences::add);
        plan.expectations().forEach(expectation -> audiences.add(expectation.sponsor()));
        Function<String, List<String>> intangibles = code -> plan.intangibles().stream()
                .filter(intangible -> intangible.kpi().map(code::equals).orElse(true))
                .map(EvaluationPlan.Intangible::name)
                .toList();
        return plan.measures().stream()
                .map(measure -> {
                    KpiDefinition kpi = kpis.get(measure.kpi());
                    Optional<EvaluationPlan.Value> own = measure.value();
                    Optional<nl.rendement.engine.conversion.ConversionValue> library =
                            kpi == null ? Optional.empty() : kpi.conversion();
                    ValueOrigin origin = own.isPresent()
                            ? ValueOrigin.PLAN
                            : library.isPresent() ? ValueOrigin.LIBRARY : ValueOrigin.NONE;
                    return new AnalysisRow(
                            measure.kpi(),
                            kpi == null ? measure.kpi() : kpi.name(),
                            kpi == null ? "" : kpi.unit(),
                            measure.level(),
                            measure.isolation(),
                            measure.estimateSources(),
                            origin,
                            own.map(EvaluationPlan.Value::technique).or(() -> library.map(v -> v.technique())),
                            own.map(EvaluationPlan.Value::amount)
                                    .or(() -> library.map(v -> v.valuePerUnit().amount())),
                            own.map(EvaluationPlan.Value::currency)
                                    .or(() -> library.map(
                                            v -> v.valuePerUnit().currency().getCurrencyCode())),
                            own.map(EvaluationPlan.Value::source).or(() -> library.map(v -> v.source())),
                            own.map(EvaluationPlan.Value::year).or(() -> library.map(v -> v.year())),
                            categories,
                            plan.costs().zero(),
                            intangibles.apply(measure.kpi()),
                            List.copyOf(audiences));
                })
                .toList();
    }
}
