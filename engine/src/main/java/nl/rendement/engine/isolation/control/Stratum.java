package nl.rendement.engine.isolation.control;

import static nl.rendement.engine.isolation.control.Credibility.decimal;

import java.util.List;
import nl.rendement.engine.trail.Step;

/**
 * One cohort of a given control group: its trained and control rows and their outcomes (changes or
 * post values). A cohort is kept when both groups have at least two people with data; its
 * difference is {@code mean_T - mean_C} with the variance of that difference {@code s²_T/n_T +
 * s²_C/n_C} (Welch).
 */
record Stratum(
        String cohort, List<PersonChange> trainedRows, List<PersonChange> controlRows, Sample trained, Sample control) {

    static Stratum of(GivenControlGroup group, String cohort) {
        List<PersonChange> trainedRows = group.trainedIn(cohort);
        List<PersonChange> controlRows = group.controlIn(cohort);
        return new Stratum(
                cohort,
                trainedRows,
                controlRows,
                Sample.of(trainedRows, group.basis().outcome()),
                Sample.of(controlRows, group.basis().outcome()));
    }

    boolean kept() {
        return trained.n() >= ControlGroupIsolation.FEWEST_FOR_VARIANCE
                && control.n() >= ControlGroupIsolation.FEWEST_FOR_VARIANCE;
    }

    /** {@code n_T,c / Σ n_T}: the cohort's share of the trained with data of the kept cohorts. */
    double weight(int trainedWithData) {
        return (double) trained.n() / trainedWithData;
    }

    double difference() {
        return trained.mean() - control.mean();
    }

    double varianceOfMeanTrained() {
        return trained.variance() / trained.n();
    }

    double varianceOfMeanControl() {
        return control.variance() / control.n();
    }

    Sample trainedPre() {
        return Sample.of(trainedRows, PersonChange::preValue);
    }

    Sample controlPre() {
        return Sample.of(controlRows, PersonChange::preValue);
    }

    /** {@code control.cohort}: the cohort's groups, means, difference, its standard error and weight. */
    Step step(ControlGroupBasis basis, double weight) {
        String quantity = ControlGroupSteps.quantity(basis);
        return Step.of(
                "control.cohort",
                "cohort",
                cohort,
                "trainedWithData",
                trained.n(),
                "controlWithData",
                control.n(),
                "mean" + quantity + "Trained",
                decimal(trained.mean()),
                "mean" + quantity + "Control",
                decimal(control.mean()),
                "difference",
                decimal(difference()),
                "standardError",
                decimal(Math.sqrt(varianceOfMeanTrained() + varianceOfMeanControl())),
                "weight",
                decimal(weight));
    }

    /** {@code control.cohortLeftOut}: too few people with data in a group; its trained add 0. */
    Step leftOut() {
        return Step.of(
                "control.cohortLeftOut",
                "cohort",
                cohort,
                "trainedWithData",
                trained.n(),
                "controlWithData",
                control.n(),
                "minimum",
                ControlGroupIsolation.FEWEST_FOR_VARIANCE);
    }
}
