package nl.rendement.engine.isolation.control;

import static nl.rendement.engine.isolation.control.Credibility.decimal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.trail.Trail;

/**
 * Isolates a programme's effect on one impact measure with a given control group (METHOD §3):
 * the difference of mean changes between trained and control, or of post means under random
 * assignment or without a pre-period, with Welch's t interval (R: {@code t.test(change ~ group,
 * var.equal = FALSE)}), and the credibility checks of METHOD §2. A group with several cohorts is
 * evaluated per cohort and pooled by {@code CohortPooling}. Immutable; results do not depend on the
 * order of the people in the input (values are taken in the order of their identifiers, cohorts in
 * the order of theirs).
 */
public final class ControlGroupIsolation {

    static final int FEWEST_FOR_VARIANCE = 2;

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
        if (group.cohorts().size() > 1) {
            return new CohortPooling(rules, group).isolate(direction);
        }
        Sample trained = Sample.of(group.trained(), group.basis().outcome());
        Sample control = Sample.of(group.control(), group.basis().outcome());
        Trail groups = ControlGroupSteps.groups(group, trained.n(), control.n(), group.trainedWithoutData());
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
            return notEstimable(rules, group, groups, trained.n(), control.n(), group.trainedWithoutData(), missing);
        }
        return estimate(group, direction, groups, trained, control);
    }

    /** No estimate: the reasons, then the credibility checks that can still be judged. */
    static ControlGroupNotEstimable notEstimable(
            ControlGroupRules rules,
            GivenControlGroup group,
            Trail steps,
            int trainedWithData,
            int controlWithData,
            int trainedWithoutData,
            List<Reason> missing) {
        List<Reason> reasons = new ArrayList<>(missing);
        reasons.addAll(Credibility.tooFew(
                "control.notCredible.tooFew", rules.minPerGroup(), trainedWithData, controlWithData));
        if (!group.basis().hasPrePeriod()) {
            reasons.add(Credibility.noPrePeriod());
        }
        return new ControlGroupNotEstimable(
                trainedWithData,
                controlWithData,
                trainedWithoutData,
                reasons,
                steps.then(ControlGroupSteps.of(reasons)));
    }

    private ControlGroupEstimate estimate(
            GivenControlGroup group, Direction direction, Trail groups, Sample trained, Sample control) {
        WelchTest welch = WelchTest.of(trained, control, rules.confidenceLevel());
        Improvement improvement = Improvement.of(direction, welch);
        Traced<Double> effect = new Traced<>(
                improvement.value(),
                groups.then(ControlGroupSteps.difference(group.basis(), trained, control, welch))
                        .then(welch.step())
                        .then(ControlGroupSteps.improvement(
                                direction, welch, improvement.value(), improvement.lower(), improvement.upper())));
        Traced<Double> total =
                ControlGroupSteps.total(effect, trained.n(), group.trainedWithoutData(), group.participants());
        Optional<Traced<Double>> preSmd = Optional.empty();
        List<Reason> reasons;
        if (group.basis().hasPrePeriod()) {
            Sample trainedPre = Sample.of(group.trained(), PersonChange::preValue);
            Sample controlPre = Sample.of(group.control(), PersonChange::preValue);
            preSmd = Credibility.preSmd(trainedPre, controlPre);
            reasons = Credibility.failures(rules, trainedPre, controlPre, preSmd);
        } else {
            reasons = Credibility.withoutPrePeriod(rules, trained.n(), control.n());
        }
        Trail trail = total.trail().then(Credibility.checks(rules, preSmd, reasons, trained.n(), control.n()));
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
}
