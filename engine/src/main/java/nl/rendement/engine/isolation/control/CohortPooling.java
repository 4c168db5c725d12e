package nl.rendement.engine.isolation.control;

import static nl.rendement.engine.isolation.control.Credibility.decimal;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.trail.Trail;

/**
 * A given control group with several cohorts, evaluated per cohort and pooled (a stratified
 * difference in differences). Per kept cohort c, {@code d_c = mean_T,c - mean_C,c} of the changes
 * (or post means); with {@code w_c = n_T,c / Σ n_T} over the kept cohorts:
 *
 * <pre>
 * effect = Σ w_c d_c
 * SE     = sqrt(Σ w_c² (s²_T,c/n_T,c + s²_C,c/n_C,c))
 * df     = SE⁴ / Σ over the 2C groups of (w_c² s²/n)² / (n - 1)     (Welch–Satterthwaite)
 * </pre>
 *
 * with the t interval and two-sided p-value of {@link WelchTest}. A cohort with fewer than two
 * people with data in a group is left out; its trained then count as trained without data and add
 * 0 (principle 6). The total is {@code effect x Σ n_T} = {@code Σ n_T,c d_c}. Sources: F. E.
 * Satterthwaite (1946), Biometrics Bulletin 2, 110–114, for the df of a weighted sum of variances;
 * the reference values come from R's per-cohort {@code t.test} ({@code
 * engine/src/test/resources/r/control-group.R}).
 */
final class CohortPooling {

    private final ControlGroupRules rules;
    private final GivenControlGroup group;
    private final List<Stratum> strata;
    private final List<Stratum> kept;
    private final int trainedWithData;
    private final int controlWithData;
    private final int trainedWithoutData;

    CohortPooling(ControlGroupRules rules, GivenControlGroup group) {
        this.rules = rules;
        this.group = group;
        this.strata = group.cohorts().stream()
                .map(cohort -> Stratum.of(group, cohort))
                .toList();
        this.kept = strata.stream().filter(Stratum::kept).toList();
        this.trainedWithData =
                kept.stream().mapToInt(stratum -> stratum.trained().n()).sum();
        this.controlWithData = (int) kept.stream()
                .flatMap(stratum -> stratum.controlRows().stream())
                .map(PersonChange::person)
                .distinct()
                .count();
        this.trainedWithoutData = group.trainedWithoutData()
                + strata.stream()
                        .filter(stratum -> !stratum.kept())
                        .mapToInt(stratum -> stratum.trained().n())
                        .sum();
    }

    ControlGroupOutcome isolate(Direction direction) {
        Trail cohorts = ControlGroupSteps.groups(group, trainedWithData, controlWithData, trainedWithoutData)
                .then(new Trail(strata.stream().map(this::step).toList()));
        if (kept.isEmpty()) {
            return notEstimable(
                    cohorts,
                    Reason.of(
                            "control.notEstimable.noCohort",
                            "cohorts",
                            strata.size(),
                            "minimum",
                            ControlGroupIsolation.FEWEST_FOR_VARIANCE));
        }
        double variance = sum(stratum -> weight(stratum)
                * weight(stratum)
                * (stratum.varianceOfMeanTrained() + stratum.varianceOfMeanControl()));
        if (!(variance > 0)) {
            return notEstimable(
                    cohorts,
                    Reason.of(
                            "control.notEstimable.noVariation",
                            "meanTrained",
                            decimal(sum(stratum ->
                                    weight(stratum) * stratum.trained().mean())),
                            "meanControl",
                            decimal(sum(stratum ->
                                    weight(stratum) * stratum.control().mean()))));
        }
        WelchTest pooled = WelchTest.of(
                sum(stratum -> weight(stratum) * stratum.difference()),
                variance,
                variance * variance / sum(this::satterthwaiteTerms),
                rules.confidenceLevel());
        return estimate(direction, cohorts, pooled);
    }

    private ControlGroupEstimate estimate(Direction direction, Trail cohorts, WelchTest pooled) {
        Improvement improvement = Improvement.of(direction, pooled);
        Traced<Double> effect = new Traced<>(
                improvement.value(),
                cohorts.then(ControlGroupSteps.pooled(pooled, kept.size(), trainedWithData))
                        .then(ControlGroupSteps.improvement(
                                direction, pooled, improvement.value(), improvement.lower(), improvement.upper())));
        Traced<Double> total =
                ControlGroupSteps.total(effect, trainedWithData, trainedWithoutData, group.participants());
        CohortBalance balance = new CohortBalance(kept, trainedWithData);
        Optional<Traced<Double>> preSmd = group.basis().hasPrePeriod() ? balance.preSmd() : Optional.empty();
        List<Reason> reasons = group.basis().hasPrePeriod()
                ? balance.failures(rules, controlWithData, preSmd)
                : Credibility.withoutPrePeriod(rules, trainedWithData, controlWithData);
        Trail trail = total.trail().then(Credibility.checks(rules, preSmd, reasons, trainedWithData, controlWithData));
        return new ControlGroupEstimate(
                effect,
                pooled,
                improvement.lower(),
                improvement.upper(),
                trainedWithData,
                controlWithData,
                trainedWithoutData,
                preSmd,
                total,
                reasons,
                trail);
    }

    private ControlGroupNotEstimable notEstimable(Trail cohorts, Reason missing) {
        return ControlGroupIsolation.notEstimable(
                rules, group, cohorts, trainedWithData, controlWithData, trainedWithoutData, List.of(missing));
    }

    private Step step(Stratum stratum) {
        return stratum.kept() ? stratum.step(group.basis(), weight(stratum)) : stratum.leftOut();
    }

    /** The cohort's two terms of the Welch–Satterthwaite denominator, {@code (w² s²/n)² / (n - 1)}. */
    private double satterthwaiteTerms(Stratum stratum) {
        double squared = weight(stratum) * weight(stratum);
        double trained = squared * stratum.varianceOfMeanTrained();
        double control = squared * stratum.varianceOfMeanControl();
        return trained * trained / (stratum.trained().n() - 1)
                + control * control / (stratum.control().n() - 1);
    }

    private double weight(Stratum stratum) {
        return stratum.weight(trainedWithData);
    }

    /** Σ over the kept cohorts, in the order of their identifiers. */
    private double sum(ToDoubleFunction<Stratum> term) {
        double sum = 0;
        for (Stratum stratum : kept) {
            sum += term.applyAsDouble(stratum);
        }
        return sum;
    }
}
