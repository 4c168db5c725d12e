package nl.rendement.app.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.rendement.engine.MeasureEvaluation;
import nl.rendement.engine.conversion.ConversionValue;
import nl.rendement.engine.conversion.Technique;
import nl.rendement.engine.conversion.ValueRange;
import nl.rendement.engine.isolation.IsolatedOutside;
import nl.rendement.engine.isolation.control.GivenControlGroup;
import nl.rendement.engine.isolation.estimate.EstimateSet;
import nl.rendement.engine.measures.Aggregation;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.ImpactMeasure;
import nl.rendement.engine.measures.Observation;
import nl.rendement.engine.measures.PeriodLength;
import nl.rendement.engine.measures.series.SubjectGroup;
import nl.rendement.engine.measures.series.TenuredMedian;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.value.Percentage;

/** One impact measure of an evaluation file: what it counts, its KPI series, the value of a unit, and what isolates the effect. */
final class MeasureYaml {

    private final YamlMap map;
    private final Context context;
    private final Currency reporting;

    MeasureYaml(YamlMap map, Currency reporting) {
        this.map = map;
        this.context = map.context();
        this.reporting = reporting;
    }

    Optional<MeasureEvaluation> read() {
        int mark = context.mark();
        String id = map.required("id", Kind.TEXT);
        String name = map.required("name", Kind.TEXT);
        String unit = map.required("unit", Kind.TEXT);
        Direction direction = map.required("direction", Kind.of(Direction.class));
        PeriodLength period = map.required("period", Kind.of(PeriodLength.class));
        Aggregation aggregation = map.orDefault("aggregation", Kind.of(Aggregation.class), Aggregation.SUM);
        Optional<Percentage> thresholdShare = map.optional("thresholdShare", Kind.SHARE);
        if (aggregation != null && (aggregation == Aggregation.TIME_TO_THRESHOLD) != map.has("thresholdShare")) {
            context.at(map.at("thresholdShare"), map.field("thresholdShare"), "evaluation.problem.thresholdShare");
        }
        List<Observation> observations = SeriesTables.observations(map);
        Optional<SubjectGroup> eligible = SeriesTables.group(map, "eligibleNonParticipants");
        Optional<TenuredMedian> median = map.map("tenuredMedian").flatMap(SeriesTables::tenuredMedian);
        Optional<ConversionValue> value =
                map.map("conversion").flatMap(conversion -> conversion(conversion, reporting));
        List<EstimateSet> estimates = new ArrayList<>();
        Optional<GivenControlGroup> controlGroup = Optional.empty();
        List<IsolatedOutside> outside = new ArrayList<>();
        Optional<YamlMap> isolation = map.map("isolation");
        if (isolation.isPresent()) {
            estimates.addAll(estimateSets(isolation.get()));
            controlGroup = isolation.get().map("controlGroup").flatMap(ControlGroupTable::read);
            isolation.get().maps("outside").forEach(effect -> outside(effect).ifPresent(outside::add));
            isolation.get().done();
        }
        map.done();
        if (!context.cleanSince(mark)) {
            return Optional.empty();
        }
        Optional<GivenControlGroup> group = controlGroup;
        return context.engine(
                map.node(),
                map.path(),
                () -> new MeasureEvaluation(
                        new ImpactMeasure(id, name, unit, direction, aggregation, period, thresholdShare, observations),
                        estimates,
                        group,
                        outside,
                        value,
                        eligible,
                        median));
    }

    private List<EstimateSet> estimateSets(YamlMap isolation) {
        List<EstimateSet> sets = new ArrayList<>();
        Set<Object> sources = new HashSet<>();
        for (YamlMap set : isolation.maps("estimates")) {
            IsolationTables.estimates(set).ifPresent(read -> {
                if (sources.add(read.source())) {
                    sets.add(read);
                } else {
                    context.at(
                            set.at("source"),
                            set.field("source"),
                            "evaluation.problem.duplicateId",
                            Kind.written(read.source()));
                }
            });
        }
        return sets;
    }

    /** The value of one unit, in its currency (the reporting currency when none is written). */
    static Optional<ConversionValue> conversion(YamlMap conversion, Currency reporting) {
        Context context = conversion.context();
        int mark = context.mark();
        Technique technique = conversion.required("technique", Kind.of(Technique.class));
        Money value = money(conversion, "value", reporting);
        String source = conversion.required("source", Kind.TEXT);
        Integer year = conversion.required("year", Kind.INTEGER);
        Optional<String> country = conversion.optional("country", Kind.TEXT);
        Optional<String> evidence = conversion.optional("evidence", Kind.TEXT);
        Optional<Percentage> confidence = conversion.optional("confidence", Kind.SHARE);
        Currency currency = value == null ? reporting : value.currency();
        Optional<ValueRange> range = conversion.map("range").flatMap(bounds -> range(context, bounds, currency));
        conversion.done();
        if (technique != null && (technique == Technique.ESTIMATE) != conversion.has("confidence")) {
            context.at(
                    conversion.at("confidence"),
                    conversion.field("confidence"),
                    "evaluation.problem.confidenceOnlyForEstimate");
        }
        if (value != null
                && range.filter(bounds -> value.amount().compareTo(bounds.low().amount()) < 0
                                || value.amount().compareTo(bounds.high().amount()) > 0)
                        .isPresent()) {
            context.at(
                    conversion.at("range"),
                    conversion.field("range"),
                    "evaluation.problem.outsideRange",
                    value.amount().toPlainString(),
                    range.get().low().amount().toPlainString(),
                    range.get().high().amount().toPlainString());
        }
        if (!context.cleanSince(mark)) {
            return Optional.empty();
        }
        return context.engine(
                conversion.node(),
                conversion.path(),
                () -> new ConversionValue(technique, value, source, year, country, evidence, confidence, range));
    }

    /** A published range, in the currency of the value it surrounds. */
    private static Optional<ValueRange> range(Context context, YamlMap range, Currency currency) {
        int mark = context.mark();
        BigDecimal low = range.required("low", Kind.AMOUNT);
        BigDecimal high = range.required("high", Kind.AMOUNT);
        range.done();
        if (low != null && high != null && low.compareTo(high) > 0) {
            context.at(
                    range.node(),
                    range.path(),
                    "evaluation.problem.lowAboveHigh",
                    low.toPlainString(),
                    high.toPlainString());
        }
        return context.cleanSince(mark)
                ? context.engine(
                        range.node(),
                        range.path(),
                        () -> new ValueRange(Money.of(low, currency), Money.of(high, currency)))
                : Optional.empty();
    }

    private Optional<IsolatedOutside> outside(YamlMap effect) {
        int mark = context.mark();
        Optional<BigDecimal> improvement = effect.optional("improvement", Kind.DECIMAL);
        Optional<Money> benefit =
                effect.has("benefit") ? Optional.ofNullable(money(effect, "benefit")) : Optional.empty();
        String source = effect.required("source", Kind.TEXT);
        String method = effect.required("method", Kind.TEXT);
        LocalDate date = effect.required("date", Kind.DATE);
        if (effect.has("improvement") == effect.has("benefit")) {
            context.at(effect.node(), effect.field("improvement"), "evaluation.problem.improvementOrBenefit");
        }
        effect.done();
        if (!context.cleanSince(mark)) {
            return Optional.empty();
        }
        return context.engine(
                effect.node(), effect.path(), () -> new IsolatedOutside(improvement, benefit, source, method, date));
    }

    /**
     * A non-negative amount in the mapping's {@code currency} (the reporting currency when absent);
     * null, with the problem reported, when it cannot be read.
     */
    static Money money(YamlMap owner, String key, Currency reporting) {
        BigDecimal amount = owner.required(key, Kind.AMOUNT);
        Currency currency = owner.orDefault("currency", Kind.CURRENCY, reporting);
        owner.context().uses(currency, owner.at("currency"), owner.field("currency"));
        return amount == null ? null : Money.of(amount, currency);
    }

    private Money money(YamlMap owner, String key) {
        return money(owner, key, reporting);
    }
}
