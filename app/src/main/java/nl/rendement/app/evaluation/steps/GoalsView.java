package nl.rendement.app.evaluation.steps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.rendement.app.kpi.Kpi;
import nl.rendement.app.plan.EvaluationPlan;
import nl.rendement.app.programme.ProgrammeDetails;
import nl.rendement.app.programme.RoiObjective;
import nl.rendement.app.system.Formats;

/**
 * Step 1, goals, as the stored plan has them: the programme's goals and the organisation
 * priorities they serve, its objectives per level up to its target level with their targets, the
 * ROI objective (the hurdle), the impact measures with the library's definitions, and the
 * sponsors' expectations. Items keep their place in the plan, which is how a page removes one.
 */
public record GoalsView(
        int revision,
        List<EvaluationPlan.Goal> goals,
        List<Level> levels,
        String roiObjective,
        boolean organisationDefault,
        List<MeasureDefinition> measures,
        List<Addable> addable,
        List<Expectation> expectations) {

    /** One level up to the target level, with its objectives. */
    public record Level(int level, List<Objective> objectives) {}

    public record Objective(int index, String objective, String target) {}

    /** A planned KPI as the library defines it, at the level the plan has it evidence. */
    public record MeasureDefinition(
            int index,
            int level,
            String code,
            String name,
            String description,
            String unit,
            String direction,
            String aggregation,
            String period,
            Optional<String> value,
            Optional<String> source) {}

    /** A library KPI the plan does not measure yet; those meant for the programme's type first. */
    public record Addable(String code, String name, boolean ofType) {}

    public record Expectation(int index, String sponsor, String expectation, Optional<String> measure) {}

    static GoalsView of(
            int revision,
            EvaluationPlan plan,
            ProgrammeDetails programme,
            RoiObjective objective,
            List<Kpi> library,
            Formats formats) {
        List<Level> levels = new ArrayList<>();
        for (int level = 1; level <= Math.max(1, programme.targetLevel()); level++) {
            List<Objective> objectives = new ArrayList<>();
            for (int i = 0; i < plan.objectives().size(); i++) {
                EvaluationPlan.Objective planned = plan.objectives().get(i);
                if (planned.level() == level) {
                    objectives.add(new Objective(
                            i, planned.objective(), planned.target().orElse("")));
                }
            }
            levels.add(new Level(level, objectives));
        }
        List<MeasureDefinition> measures = new ArrayList<>();
        for (int i = 0; i < plan.measures().size(); i++) {
            EvaluationPlan.Measure measure = plan.measures().get(i);
            int index = i;
            library.stream()
                    .filter(kpi -> kpi.code().equals(measure.kpi()))
                    .findFirst()
                    .map(kpi -> new MeasureDefinition(
                            index,
                            measure.level(),
                            kpi.code(),
                            kpi.definition().name(),
                            kpi.definition().description().orElse(""),
                            kpi.definition().unit(),
                            kpi.definition().direction().name(),
                            kpi.definition().aggregation().name(),
                            kpi.definition().period().name(),
                            kpi.definition().conversion().map(value -> formats.money(value.valuePerUnit())),
                            kpi.definition().conversion().map(value -> value.source() + " (" + value.year() + ")")))
                    .ifPresent(measures::add);
        }
        List<Addable> addable = library.stream()
                .filter(kpi -> !plan.measureCodes().contains(kpi.code()))
                .map(kpi -> new Addable(
                        kpi.code(),
                        kpi.definition().name(),
                        kpi.definition().programmeTypes().contains(programme.type())))
                .sorted(Comparator.comparing((Addable kpi) -> !kpi.ofType()).thenComparing(Addable::name))
                .toList();
        List<Expectation> expectations = new ArrayList<>();
        for (int i = 0; i < plan.expectations().size(); i++) {
            EvaluationPlan.Expectation expectation = plan.expectations().get(i);
            expectations.add(new Expectation(
                    i,
                    expectation.sponsor(),
                    expectation.expectation(),
                    expectation
                            .kpi()
                            .map(code -> measures.stream()
                                    .filter(measure -> measure.code().equals(code))
                                    .map(MeasureDefinition::name)
                                    .findFirst()
                                    .orElse(code))));
        }
        return new GoalsView(
                revision,
                plan.goals(),
                levels,
                formats.percent(objective.percent()),
                objective.organisationDefault(),
                measures,
                addable,
                expectations);
    }
}
