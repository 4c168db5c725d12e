package nl.rendement.engine.isolation.control;

import static nl.rendement.engine.isolation.control.Credibility.decimal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.trail.Trail;

/**
 * Balance before the programme over the kept cohorts: the trained-weighted mean of the cohorts'
 * pre-period SMDs, {@code Σ w_c (mean_T,c - mean_C,c) / sqrt((s²_T,c + s²_C,c) / 2)} with {@code
 * w_c = n_T,c / Σ n_T}. Each cohort is balanced against its own control group, so a level that
 * differs between cohorts is not an imbalance. The pooled SMD is undefined when any kept cohort's is
 * (no one's pre-period KPI varies in it): balance cannot then be judged for that cohort's share.
 */
final class CohortBalance {

    private final List<Stratum> kept;
    private final int trainedWithData;

    CohortBalance(List<Stratum> kept, int trainedWithData) {
        this.kept = List.copyOf(kept);
        this.trainedWithData = trainedWithData;
    }

    /** The pooled SMD with a {@code control.cohortPreSmd} step per cohort and {@code control.pooledPreSmd}. */
    Optional<Traced<Double>> preSmd() {
        List<Step> steps = new ArrayList<>();
        double pooled = 0;
        for (Stratum stratum : kept) {
            Sample trainedPre = stratum.trainedPre();
            Sample controlPre = stratum.controlPre();
            Optional<Double> smd = Credibility.smd(trainedPre, controlPre);
            if (smd.isEmpty()) {
                return Optional.empty();
            }
            double weight = stratum.weight(trainedWithData);
            pooled += weight * smd.get();
            steps.add(Step.of(
                    "control.cohortPreSmd",
                    "cohort",
                    stratum.cohort(),
                    "meanTrainedPre",
                    decimal(trainedPre.mean()),
                    "meanControlPre",
                    decimal(controlPre.mean()),
                    "varianceTrainedPre",
                    decimal(trainedPre.variance()),
                    "varianceControlPre",
                    decimal(controlPre.variance()),
                    "smd",
                    decimal(smd.get()),
                    "weight",
                    decimal(weight)));
        }
        steps.add(Step.of(
                "control.pooledPreSmd",
                "cohorts",
                kept.size(),
                "meanTrainedPre",
                decimal(weighted(Stratum::trainedPre)),
                "meanControlPre",
                decimal(weighted(Stratum::controlPre)),
                "smd",
                decimal(pooled)));
        return Optional.of(new Traced<>(pooled, new Trail(steps)));
    }

    /**
     * Too few people (trained rows, distinct control people) over the kept cohorts, and the pooled
     * SMD out of bounds, or undefined with one reason per cohort whose SMD is.
     */
    List<Reason> failures(ControlGroupRules rules, int controlWithData, Optional<Traced<Double>> preSmd) {
        List<Reason> reasons = new ArrayList<>(Credibility.tooFew(
                "control.notCredible.tooFew", rules.minPerGroup(), trainedWithData, controlWithData));
        if (preSmd.isEmpty()) {
            for (Stratum stratum : kept) {
                Sample trainedPre = stratum.trainedPre();
                Sample controlPre = stratum.controlPre();
                if (Credibility.smd(trainedPre, controlPre).isEmpty()) {
                    reasons.add(Reason.of(
                            "control.notCredible.cohortSmdUndefined",
                            "cohort",
                            stratum.cohort(),
                            "meanTrainedPre",
                            decimal(trainedPre.mean()),
                            "meanControlPre",
                            decimal(controlPre.mean())));
                }
            }
        } else if (!(Math.abs(preSmd.get().value()) < rules.maxAbsPreSmd())) {
            reasons.add(Reason.of(
                    "control.notCredible.smd",
                    "smd",
                    decimal(preSmd.get().value()),
                    "maxAbsSmd",
                    decimal(rules.maxAbsPreSmd()),
                    "meanTrainedPre",
                    decimal(weighted(Stratum::trainedPre)),
                    "meanControlPre",
                    decimal(weighted(Stratum::controlPre))));
        }
        return reasons;
    }

    /** The trained-weighted mean over the cohorts of a group's pre-period mean. */
    private double weighted(Function<Stratum, Sample> pre) {
        double sum = 0;
        for (Stratum stratum : kept) {
            sum += stratum.weight(trainedWithData) * pre.apply(stratum).mean();
        }
        return sum;
    }
}
