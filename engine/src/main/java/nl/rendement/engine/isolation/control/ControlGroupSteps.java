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

    static Step groups(GivenControlGroup group, int trainedWithData, int controlWithData) {
        return Step.of(
                "control.groups",
                "description",
                group.description(),
                "trainedWithData",
                trainedWithData,
                "controlWithData",
                controlWithData,
                "trainedWithoutData",
                group.trainedWithoutData(),
                "randomAssignment",
                group.randomAssignment());
    }

    static Step difference(boolean randomAssignment, Sample trained, Sample control, WelchTest welch) {
        String quantity = randomAssignment ? "Post" : "Change";
        return Step.of(
                randomAssignment ? "control.differenceOfPostMeans" : "control.differenceOfChanges",
                "mean" + quantity + "Trained",
                decimal(trained.mean()),
                "mean" + quantity + "Control",
                decimal(control.mean()),
                "difference",
                decimal(welch.difference()));
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
    static Traced<Double> total(GivenControlGroup group, Traced<Double> effect, int trainedWithData) {
        double total = effect.value() * trainedWithData;
        Step withoutData = Step.of(
                "control.withoutData",
                "trainedWithoutData",
                group.trainedWithoutData(),
                "participants",
                group.participants(),
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
