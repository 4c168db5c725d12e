package nl.rendement.engine.isolation.control;

import static nl.rendement.engine.isolation.control.Credibility.decimal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.trail.Trail;

/**
 * Isolates a programme's effect on one impact measure with a given control group (METHOD §3):
 * the difference of mean changes between trained and control, or of post means when random
 * assignment is recorded, with Welch's t interval (R: {@code t.test(change ~ group, var.equal =
 * FALSE)}), and the credibility checks of METHOD §2. Immutable; results do not depend on the order
 * of the people in the input (values are taken in the order of their identifiers).
 */
public final class ControlGroupIsolation {

    private static final int FEWEST_FOR_VARIANCE = 2;

    private final ControlGroupRules rules;

    private ControlGroupIsolation(ControlGroupRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** With {@link ControlGroupRules#withDefaults(int)} for anonymity threshold {@code k}. */
    public static ControlGroupIsolation withDefaults(int k) {
        return new ControlGroupIsolation(ControlGroupRules.withDefaults(k));
    }

    public ControlGroupIsolation with(ControlGroupRules other) {
        return new ControlGroupIsolation(other);
    }

    public ControlGroupRules rules() {
        return rules;
    }

    /** The effect as an improvement in {@code direction}, its interval, total and credibility. */
    public ControlGroupOutcome isolate(GivenControlGroup group, Direction direction) {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(direction, "direction");
        ToDoubleFunction<PersonChange> outcome = group.randomAssignment() ? PersonChange::post : PersonChange::change;
        Sample trained = Sample.of(group.trained(), outcome);
        Sample control = Sample.of(group.control(), outcome);
        Step groups = ControlGroupSteps.groups(group, trained.n(), control.n());
        List<Reason> missing =
                Credibility.tooFew("control.notEstimable.tooFew", FEWEST_FOR_VARIANCE, trained.n(), control.n());
        if (missing.isEmpty() && !(trained.variance() + control.variance() > 0)) {
            missing = List.of(Reason.of(
                    "control.notEstimable.noVariation",
                    "meanTrained",
                    decimal(trained.mean()),
                    "meanControl",
                    decimal(control.mean())));
        }
        if (!missing.isEmpty()) {
            return notEstimable(group, groups, trained.n(), control.n(), missing);
        }
        return estimate(group, direction, groups, trained, control);
    }

    private ControlGroupNotEstimable notEstimable(
            GivenControlGroup group, Step groups, int trainedWithData, int controlWithData, List<Reason> missing) {
        List<Reason> reasons = new ArrayList<>(missing);
        reasons.addAll(Credibility.tooFew(
                "control.notCredible.tooFew", rules.minPerGroup(), trainedWithData, controlWithData));
        return new ControlGroupNotEstimable(
                trainedWithData,
                controlWithData,
                group.trainedWithoutData(),
                reasons,
                Trail.of(groups).then(ControlGroupSteps.of(reasons)));
    }

    private ControlGroupEstimate estimate(
            GivenControlGroup group, Direction direction, Step groups, Sample trained, Sample control) {
        WelchTest welch = WelchTest.of(trained, control, rules.confidenceLevel());
        Improvement improvement = Improvement.of(direction, welch);
        Traced<Double> effect = new Traced<>(
                improvement.value(),
                Trail.of(
                        groups,
                        ControlGroupSteps.difference(group.randomAssignment(), trained, control, welch),
                        welch.step(),
                        ControlGroupSteps.improvement(
                                direction, welch, improvement.value(), improvement.lower(), improvement.upper())));
        Traced<Double> total = ControlGroupSteps.total(group, effect, trained.n());
        Sample trainedPre = Sample.of(group.trained(), PersonChange::pre);
        Sample controlPre = Sample.of(group.control(), PersonChange::pre);
        Optional<Traced<Double>> preSmd = Credibility.preSmd(trainedPre, controlPre);
        List<Reason> reasons = Credibility.failures(rules, trainedPre, controlPre, preSmd);
        Trail trail = total.trail().then(checks(preSmd, reasons, trained.n(), control.n()));
        return new ControlGroupEstimate(
                effect,
                welch,
                improvement.lower(),
                improvement.upper(),
                trained.n(),
                control.n(),
                group.trainedWithoutData(),
                preSmd,
                total,
                reasons,
                trail);
    }

    /** The SMD step, then either the passed checks or every failed one. */
    private Trail checks(Optional<Traced<Double>> preSmd, List<Reason> reasons, int trained, int control) {
        Trail smd = preSmd.map(Traced::trail).orElse(Trail.EMPTY);
        return reasons.isEmpty()
                ? smd.then(Credibility.passed(
                        rules, trained, control, preSmd.orElseThrow().value()))
                : smd.then(ControlGroupSteps.of(reasons));
    }

    /** The KPI difference and its interval as an improvement: negated and swapped when lower is better. */
    private record Improvement(double value, double lower, double upper) {

        static Improvement of(Direction direction, WelchTest welch) {
            double bound1 = direction.improvement(welch.lower());
            double bound2 = direction.improvement(welch.upper());
            return new Improvement(
                    direction.improvement(welch.difference()), Math.min(bound1, bound2), Math.max(bound1, bound2));
        }
    }
}
