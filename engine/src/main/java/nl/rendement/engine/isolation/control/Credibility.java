package nl.rendement.engine.isolation.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.trail.Trail;
import nl.rendement.engine.value.Numbers;

/** The checks of METHOD §2 for a given control group, each failure a reason with its facts. */
final class Credibility {

    private Credibility() {}

    /**
     * The pre-period SMD, {@code (mean_T,pre - mean_C,pre) / sqrt((s²_T,pre + s²_C,pre) / 2)};
     * empty when neither group's pre-period KPI varies, so that balance cannot be judged.
     */
    static Optional<Traced<Double>> preSmd(Sample trainedPre, Sample controlPre) {
        Optional<Double> defined = smd(trainedPre, controlPre);
        if (defined.isEmpty()) {
            return Optional.empty();
        }
        double smd = defined.get();
        return Optional.of(Traced.of(
                smd,
                Step.of(
                        "control.preSmd",
                        "meanTrainedPre",
                        decimal(trainedPre.mean()),
                        "meanControlPre",
                        decimal(controlPre.mean()),
                        "varianceTrainedPre",
                        decimal(trainedPre.variance()),
                        "varianceControlPre",
                        decimal(controlPre.variance()),
                        "smd",
                        decimal(smd))));
    }

    /** The SMD's value; empty when neither group's pre-period KPI varies. */
    static Optional<Double> smd(Sample trainedPre, Sample controlPre) {
        double pooled = Math.sqrt((trainedPre.variance() + controlPre.variance()) / 2);
        return pooled > 0 ? Optional.of((trainedPre.mean() - controlPre.mean()) / pooled) : Optional.empty();
    }

    /** One reason per group with fewer people with data than the rule asks. */
    static List<Reason> tooFew(String code, int minimum, int trainedWithData, int controlWithData) {
        List<Reason> reasons = new ArrayList<>();
        if (trainedWithData < minimum) {
            reasons.add(Reason.of(code, "group", "trained", "withData", trainedWithData, "minimum", minimum));
        }
        if (controlWithData < minimum) {
            reasons.add(Reason.of(code, "group", "control", "withData", controlWithData, "minimum", minimum));
        }
        return reasons;
    }

    /** Every failed check: too few people in a group, and an SMD out of bounds or undefined. */
    static List<Reason> failures(
            ControlGroupRules rules, Sample trainedPre, Sample controlPre, Optional<Traced<Double>> preSmd) {
        List<Reason> reasons = new ArrayList<>(
                tooFew("control.notCredible.tooFew", rules.minPerGroup(), trainedPre.n(), controlPre.n()));
        if (preSmd.isEmpty()) {
            reasons.add(Reason.of(
                    "control.notCredible.smdUndefined",
                    "meanTrainedPre",
                    decimal(trainedPre.mean()),
                    "meanControlPre",
                    decimal(controlPre.mean())));
        } else if (!(Math.abs(preSmd.get().value()) < rules.maxAbsPreSmd())) {
            reasons.add(Reason.of(
                    "control.notCredible.smd",
                    "smd",
                    decimal(preSmd.get().value()),
                    "maxAbsSmd",
                    decimal(rules.maxAbsPreSmd()),
                    "meanTrainedPre",
                    decimal(trainedPre.mean()),
                    "meanControlPre",
                    decimal(controlPre.mean())));
        }
        return reasons;
    }

    /** Without a pre-period: too few people in a group, and balance that cannot be judged. */
    static List<Reason> withoutPrePeriod(ControlGroupRules rules, int trainedWithData, int controlWithData) {
        List<Reason> reasons = new ArrayList<>(
                tooFew("control.notCredible.tooFew", rules.minPerGroup(), trainedWithData, controlWithData));
        reasons.add(noPrePeriod());
        return reasons;
    }

    /** Reason: no pre-period, so the groups' balance cannot be judged. */
    static Reason noPrePeriod() {
        return Reason.of("control.notCredible.noPrePeriod");
    }

    /** The SMD's trail, then either the passed checks or every failed one. */
    static Trail checks(
            ControlGroupRules rules, Optional<Traced<Double>> preSmd, List<Reason> reasons, int trained, int control) {
        Trail smd = preSmd.map(Traced::trail).orElse(Trail.EMPTY);
        return reasons.isEmpty()
                ? smd.then(passed(rules, trained, control, preSmd.orElseThrow().value()))
                : smd.then(ControlGroupSteps.of(reasons));
    }

    /** The step saying every check passed, with the figures it compared. */
    static Step passed(ControlGroupRules rules, int trainedWithData, int controlWithData, double preSmd) {
        return Step.of(
                "control.credible",
                "trainedWithData",
                trainedWithData,
                "controlWithData",
                controlWithData,
                "minimum",
                rules.minPerGroup(),
                "smd",
                decimal(preSmd),
                "maxAbsSmd",
                decimal(rules.maxAbsPreSmd()));
    }

    static BigDecimal decimal(double value) {
        return Numbers.toDecimal(value);
    }
}
