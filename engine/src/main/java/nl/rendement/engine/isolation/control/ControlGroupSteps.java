package nl.rendement.engine.isolation.control;

import static nl.rendement.engine.isolation.control.Credibility.decimal;

import java.math.BigDecimal;
import java.util.List;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.trail.Trail;

/** The trail steps of a given control group estimate; codes listed in docs/method-trail.md. */
final class ControlGroupSteps {

    private ControlGroupSteps() {}

    /**
     * The groups compared, and when there is no pre-period the step saying so; {@code
     * trainedWithoutData} includes the trained of cohorts left out.
     */
    static Trail groups(GivenControlGroup group, int trainedWithData, int controlWithData, int trainedWithoutData) {
        Trail groups = Trail.of(Step.of(
                "control.groups",
                "description",
                group.description(),
                "trainedWithData",
                trainedWithData,
                "controlWithData",
                controlWithData,
                "trainedWithoutData",
                trainedWithoutData,
                "randomAssignment",
                group.randomAssignment()));
        return group.basis().hasPrePeriod() ? groups : groups.then(Step.of("control.noPrePeriod"));
    }

    static Step difference(ControlGroupBasis basis, Sample trained, Sample control, WelchTest welch) {
        String quantity = quantity(basis);
        return Step.of(
                basis.comparesPostMeans() ? "control.differenceOfPostMeans" : "control.differenceOfChanges",
                "mean" + quantity + "Trained",
                decimal(trained.mean()),
                "mean" + quantity + "Control",
                decimal(control.mean()),
                "difference",
                decimal(welch.difference()));
    }

    /** "Post" or "Change": the quantity compared, as it appears in the facts' names. */
    static String quantity(ControlGroupBasis basis) {
        return basis.comparesPostMeans() ? "Post" : "Change";
    }

    /** {@code control.pooledOverCohorts}: the pooled difference with its Welch–Satterthwaite figures. */
    static Step pooled(WelchTest pooled, int cohorts, int trainedWithData) {
        return Step.of(
                "control.pooledOverCohorts",
                "cohorts",
                cohorts,
                "trainedWithData",
                trainedWithData,
                "difference",
                decimal(pooled.difference()),
                "standardError",
                decimal(pooled.standardError()),
                "degreesOfFreedom",
                decimal(pooled.degreesOfFreedom()),
                "t",
                decimal(pooled.t()),
                "pValue",
                decimal(pooled.pValue()),
                "confidenceLevel",
                decimal(pooled.confidenceLevel()),
                "lower",
                decimal(pooled.lower()),
                "upper",
                decimal(pooled.upper()));
    }

    static Step improvement(Direction direction, WelchTest welch, double improvement, double lower, double upper) {
        return Step.of(
                "control.improvement",
                "direction",
                direction.name(),
                "difference",
                decimal(welch.difference()),
                "improvement",
                decimal(improvement),
                "lower",
                decimal(lower),
                "upper",
                decimal(upper));
    }

    /** {@code effect x trainedWithData}; participants without data add 0 (principle 6). */
    static Traced<Double> total(Traced<Double> effect, int trainedWithData, int trainedWithoutData, int participants) {
        double total = effect.value() * trainedWithData;
        Step withoutData = Step.of(
                "control.withoutData",
                "trainedWithoutData",
                trainedWithoutData,
                "participants",
                participants,
                "improvementEach",
                BigDecimal.ZERO);
        Step counted = Step.of(
                "control.total",
                "improvementPerPerson",
                decimal(effect.value()),
                "trainedWithData",
                trainedWithData,
                "total",
                decimal(total));
        return new Traced<>(total, effect.trail().then(withoutData).then(counted));
    }

    static Trail of(List<Reason> reasons) {
        return new Trail(reasons.stream().map(Reason::step).toList());
    }
}
