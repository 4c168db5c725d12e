package nl.rendement.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.rendement.engine.costs.CostOutcome;
import nl.rendement.engine.costs.CostSettings;
import nl.rendement.engine.costs.FullyLoadedCosts;
import nl.rendement.engine.isolation.Headlines;
import nl.rendement.engine.isolation.MeasureBenefit;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.roi.Roi;
import nl.rendement.engine.roi.RoiFigures;
import nl.rendement.engine.roi.RoiOutcome;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.trail.Trail;
import nl.rendement.engine.uncertainty.MonteCarlo;
import nl.rendement.engine.uncertainty.RoiRange;
import nl.rendement.engine.value.Numbers;

/**
 * The engine's entry point: one programme's evaluation in, its result with every trail out.
 *
 * <ol>
 *   <li>per measure, each isolation method's benefit a year, and the headline by the
 *       conservative rule (METHOD §2); a measure without a credible candidate adds 0 with its
 *       reasons (principle 5);
 *   <li>the annual benefits: the sum of the headlines;
 *   <li>the fully loaded costs over all participants (principles 6 and 10, METHOD §6);
 *   <li>the ROI gross of reimbursements, and net of them (METHOD §7); no ROI, with its reasons,
 *       when no measure adds a credible benefit or the costs cannot be had;
 *   <li>the ROI's range, the probability of meeting the objective and the sensitivity ranking
 *       from the seeded Monte Carlo model of METHOD §4.5.
 * </ol>
 *
 * Immutable; the same evaluation always gives the same result (the Monte Carlo model is seeded).
 */
public final class Evaluator {

    private final MonteCarlo monteCarlo;

    /** With the Monte Carlo model's default iterations and seed. */
    public Evaluator() {
        this(MonteCarlo.withDefaults());
    }

    public Evaluator(MonteCarlo monteCarlo) {
        this.monteCarlo = monteCarlo;
    }

    public EvaluationResult evaluate(Evaluation evaluation) {
        EvaluationSettings settings = evaluation.settings();
        MeasureCandidates candidates = new MeasureCandidates(settings, evaluation.rates());
        Headlines headlines = new Headlines(settings.headlineRule());
        List<MeasureBenefit> measures = evaluation.measures().stream()
                .map(measure ->
                        headlines.choose(measure.measure().id(), candidates.of(measure), settings.reportingCurrency()))
                .toList();
        Traced<Money> annualBenefits = sum(measures, settings);
        List<Reason> notes = new ArrayList<>(candidates.notes());
        if (evaluation.participants().size() < settings.anonymityThreshold()) {
            notes.add(Reason.of(
                    "evaluation.smallGroup",
                    "participants",
                    evaluation.participants().size(),
                    "k",
                    settings.anonymityThreshold()));
        }
        evaluation.costs().participantTime().ifPresent(time -> {
            if (time.attendances().size() < evaluation.participants().size()) {
                notes.add(Reason.of(
                        "evaluation.participantTimeIncomplete",
                        "attendances",
                        time.attendances().size(),
                        "participants",
                        evaluation.participants().size()));
            }
        });
        if (evaluation.participants().isEmpty()) {
            RoiOutcome none = new RoiOutcome.NoRoi(List.of(Reason.of("evaluation.noParticipants")));
            CostOutcome noCosts = new CostOutcome.NoCosts(List.of(Reason.of("evaluation.noParticipants")));
            return new EvaluationResult(
                    evaluation.programme(),
                    measures,
                    annualBenefits,
                    noCosts,
                    none,
                    none,
                    Optional.empty(),
                    LevelResults.of(evaluation.levels(), settings.anonymityThreshold(), noCosts),
                    MeasureSeries.of(evaluation),
                    evaluation.intangibles(),
                    notes);
        }
        CostOutcome costs = FullyLoadedCosts.calculate(
                evaluation.costs(),
                evaluation.participants().size(),
                evaluation.horizon(),
                new CostSettings(
                        settings.reportingCurrency(),
                        settings.employerCostFactor(),
                        settings.hoursWorkedPerFteYear(),
                        settings.vatReclaimable()),
                evaluation.rates());
        LevelResults levels = LevelResults.of(evaluation.levels(), settings.anonymityThreshold(), costs);
        notes.addAll(levels.missingLevels());
        Returns returns = new Returns(roi(settings), evaluation.horizon());
        RoiOutcome gross = returns.gross(measures, annualBenefits, costs);
        Optional<RoiRange> range = gross instanceof RoiFigures
                ? RoiModels.of(evaluation, candidates, measures, costs)
                        .map(model -> monteCarlo.run(
                                model, Numbers.toDouble(settings.roiObjective().value())))
                : Optional.empty();
        return new EvaluationResult(
                evaluation.programme(),
                measures,
                annualBenefits,
                costs,
                gross,
                returns.net(measures, annualBenefits, costs),
                range,
                levels,
                MeasureSeries.of(evaluation),
                evaluation.intangibles(),
                notes);
    }

    private static Roi roi(EvaluationSettings settings) {
        Roi roi = Roi.withObjective(settings.roiObjective());
        return settings.discountRate().map(roi::withDiscountRate).orElse(roi);
    }

    private static Traced<Money> sum(List<MeasureBenefit> measures, EvaluationSettings settings) {
        Money total = Money.zero(settings.reportingCurrency());
        Trail trail = Trail.EMPTY;
        for (MeasureBenefit measure : measures) {
            total = total.plus(measure.annualBenefit().value());
            trail = trail.then(measure.annualBenefit().trail());
        }
        long credible = measures.stream().filter(MeasureBenefit::credible).count();
        return new Traced<>(
                total,
                trail.then(Step.of(
                        "evaluation.annualBenefits",
                        "annualBenefits",
                        total,
                        "measures",
                        measures.size(),
                        "credibleMeasures",
                        credible)));
    }
}
