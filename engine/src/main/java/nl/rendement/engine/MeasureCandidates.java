package nl.rendement.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.rendement.engine.conversion.Conversion;
import nl.rendement.engine.conversion.ConversionOutcome;
import nl.rendement.engine.isolation.Candidate;
import nl.rendement.engine.isolation.IsolatedOutside;
import nl.rendement.engine.isolation.IsolationMethod;
import nl.rendement.engine.isolation.control.ControlGroupEstimate;
import nl.rendement.engine.isolation.control.ControlGroupOutcome;
import nl.rendement.engine.isolation.estimate.EstimateIsolation;
import nl.rendement.engine.isolation.estimate.EstimateResult;
import nl.rendement.engine.isolation.estimate.EstimateSet;
import nl.rendement.engine.money.ExchangeRates;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.uncertainty.Distribution;
import nl.rendement.engine.value.Numbers;

/**
 * Turns a measure's isolation inputs into candidates: each method's isolated improvement per
 * period, converted to money a year, credible when both the method's checks and the conversion
 * pass. Participant and manager estimates are candidates side by side; the headline rule then
 * takes the lower credible group total, which is METHOD §3's rule for the two.
 */
final class MeasureCandidates {

    private final EvaluationSettings settings;
    private final Conversion conversion;
    private final ExchangeRates rates;
    private final List<Reason> notes = new ArrayList<>();
    private final Map<String, Distribution> spreads = new HashMap<>();

    MeasureCandidates(EvaluationSettings settings, ExchangeRates rates) {
        this.settings = settings;
        this.rates = rates;
        this.conversion = new Conversion(settings.reportingCurrency(), rates);
    }

    List<Candidate> of(MeasureEvaluation measure) {
        List<Candidate> candidates = new ArrayList<>();
        EstimateIsolation estimates = Isolators.estimates(settings);
        for (EstimateSet set : measure.estimates()) {
            EstimateResult result = estimates.isolate(set);
            long included = result.estimates().stream()
                    .filter(estimate -> estimate.included())
                    .count();
            if (included > 0 && included < settings.anonymityThreshold()) {
                notes.add(Reason.of(
                        "evaluation.estimateOnFewerThanK",
                        "measure",
                        measure.measure().id(),
                        "source",
                        set.source().name(),
                        "estimates",
                        included,
                        "k",
                        settings.anonymityThreshold()));
            }
            spreads.put(key(measure, method(set)), Spreads.of(result));
            candidates.add(candidate(method(set), measure, result.groupTotal(), result.notCredible()));
        }
        measure.controlGroup()
                .ifPresent(group -> candidates.add(control(
                        Isolators.control(settings)
                                .isolate(group, measure.measure().direction()),
                        measure)));
        measure.outside().forEach(effect -> candidates.add(outside(effect, measure)));
        return candidates;
    }

    /**
     * The small-group marks of the estimates seen so far: a source's benefit resting on 1 to k - 1
     * people's estimates (METHOD §1; pages withhold it, and its trail rows, by role).
     */
    List<Reason> notes() {
        return List.copyOf(notes);
    }

    /** The spread of the improvement a method isolated for a measure, for the uncertainty model. */
    Distribution spread(String measureId, IsolationMethod method) {
        Distribution spread = spreads.get(measureId + ":" + method.name());
        if (spread == null) {
            throw new IllegalStateException("No isolated improvement of " + method + " for " + measureId);
        }
        return spread;
    }

    private static String key(MeasureEvaluation measure, IsolationMethod method) {
        return measure.measure().id() + ":" + method.name();
    }

    private Candidate control(ControlGroupOutcome outcome, MeasureEvaluation measure) {
        if (!(outcome instanceof ControlGroupEstimate estimate)) {
            return Candidate.notCredible(IsolationMethod.GIVEN_CONTROL_GROUP, Optional.empty(), outcome.reasons());
        }
        spreads.put(key(measure, IsolationMethod.GIVEN_CONTROL_GROUP), Spreads.of(estimate));
        Traced<BigDecimal> total =
                new Traced<>(Numbers.toDecimal(estimate.totalImprovement().value()), estimate.trail());
        return candidate(IsolationMethod.GIVEN_CONTROL_GROUP, measure, total, outcome.reasons());
    }

    private Candidate outside(IsolatedOutside effect, MeasureEvaluation measure) {
        if (effect.improvementPerPeriod().isPresent()) {
            Traced<BigDecimal> improvement =
                    Traced.of(effect.improvementPerPeriod().get(), effect.step());
            return candidate(IsolationMethod.ISOLATED_OUTSIDE, measure, improvement, effect.credibilityReasons());
        }
        Money benefit = effect.benefitPerYear().orElseThrow();
        return rates.convert(benefit, settings.reportingCurrency())
                .map(converted -> {
                    Traced<Money> annual = Traced.of(converted.amount(), effect.step());
                    if (converted.step().isPresent()) {
                        annual = new Traced<>(
                                annual.value(),
                                annual.trail().then(converted.step().get()));
                    }
                    return judged(IsolationMethod.ISOLATED_OUTSIDE, Optional.of(annual), effect.credibilityReasons());
                })
                .orElseGet(() -> Candidate.notCredible(
                        IsolationMethod.ISOLATED_OUTSIDE,
                        Optional.empty(),
                        List.of(Reason.of(
                                "conversion.noRate",
                                "from",
                                benefit.currency().getCurrencyCode(),
                                "to",
                                settings.reportingCurrency().getCurrencyCode()))));
    }

    /** The improvement per period converted to money a year, judged by its method's reasons. */
    private Candidate candidate(
            IsolationMethod method, MeasureEvaluation measure, Traced<BigDecimal> improvement, List<Reason> against) {
        if (measure.value().isEmpty()) {
            List<Reason> reasons = new ArrayList<>(against);
            reasons.add(
                    Reason.of("conversion.noValue", "measure", measure.measure().id()));
            return Candidate.notCredible(method, Optional.empty(), reasons);
        }
        ConversionOutcome outcome = conversion.annualValue(
                improvement, measure.measure().period(), measure.value().get());
        if (outcome instanceof ConversionOutcome.NotConverted notConverted) {
            List<Reason> reasons = new ArrayList<>(against);
            reasons.addAll(notConverted.reasons());
            return Candidate.notCredible(method, Optional.empty(), reasons);
        }
        return judged(method, Optional.of(((ConversionOutcome.Converted) outcome).annualValue()), against);
    }

    private static Candidate judged(IsolationMethod method, Optional<Traced<Money>> annual, List<Reason> against) {
        if (against.isEmpty()) {
            return Candidate.credible(method, annual.orElseThrow());
        }
        return Candidate.notCredible(method, annual, against);
    }

    private static IsolationMethod method(EstimateSet set) {
        return switch (set.source()) {
            case PARTICIPANT -> IsolationMethod.PARTICIPANT_ESTIMATE;
            case MANAGER -> IsolationMethod.MANAGER_ESTIMATE;
            case SENIOR_MANAGEMENT -> IsolationMethod.SENIOR_MANAGEMENT_ESTIMATE;
            case EXPERT -> IsolationMethod.EXPERT_ESTIMATE;
        };
    }
}
