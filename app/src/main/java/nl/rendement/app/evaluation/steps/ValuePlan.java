package nl.rendement.app.evaluation.steps;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import nl.rendement.app.costs.CostLine;
import nl.rendement.app.costs.LineCategory;
import nl.rendement.app.kpi.Kpi;
import nl.rendement.app.plan.EvaluationPlan;
import nl.rendement.app.system.Formats;
import nl.rendement.engine.costs.CostCategory;
import nl.rendement.engine.isolation.estimate.EstimateSource;

/**
 * Step 4's part of the stored plan, as the Value page shows it and its forms change it: per
 * measure how its effect is isolated and whose estimates count; per ledger line of the programme
 * the share counted (a line the plan does not name counts whole) and why; whether participants'
 * time is costed and which categories are explicitly zero; and the intangible benefits. Items keep
 * their place in the plan, which is how a page removes one.
 */
public record ValuePlan(
        List<MeasurePlan> measures,
        List<Line> lines,
        boolean participantTime,
        List<Choice> zero,
        List<Intangible> intangibles) {

    private static final BigDecimal WHOLE = BigDecimal.valueOf(100);

    /** A choice a form offers (a constant's name) and whether the plan makes it. */
    public record Choice(String name, boolean chosen) {}

    /** A measure's KPI and name, how its effect is isolated and whose estimates count. */
    public record MeasurePlan(String kpi, String name, List<Choice> isolation, List<Choice> estimateSources) {}

    /**
     * A ledger line with the share the plan counts, as a form field shows it, and the reason of
     * the plan's choice (none: the line counts whole).
     */
    public record Line(String id, String categoryKey, String description, String share, Optional<String> reason) {}

    /** An intangible benefit and the name of the measure it belongs to, if any. */
    public record Intangible(int index, String name, String description, Optional<String> measure) {}

    /** A measure of the plan by its KPI, if it is one. */
    public Optional<MeasurePlan> measure(String kpi) {
        return measures.stream().filter(measure -> measure.kpi().equals(kpi)).findFirst();
    }

    static ValuePlan of(EvaluationPlan plan, List<CostLine> ledger, List<Kpi> library, Formats formats) {
        List<MeasurePlan> measures = plan.measures().stream()
                .map(measure -> new MeasurePlan(
                        measure.kpi(),
                        name(measure.kpi(), library),
                        choices(EvaluationPlan.Isolation.values(), measure.isolation()),
                        choices(EstimateSource.values(), measure.estimateSources())))
                .toList();
        List<Line> lines = ledger.stream()
                .map(line -> {
                    Optional<EvaluationPlan.LineChoice> choice = plan.costs().lines().stream()
                            .filter(chosen -> chosen.line().equals(line.lineId()))
                            .findFirst();
                    return new Line(
                            line.lineId(),
                            line.category() == LineCategory.REIMBURSEMENT
                                    ? "steps.value.reimbursement"
                                    : "trail.value." + line.category().name(),
                            line.description().orElse(""),
                            formats.editable(choice.map(EvaluationPlan.LineChoice::sharePercent)
                                    .orElse(WHOLE)),
                            choice.map(EvaluationPlan.LineChoice::reason));
                })
                .toList();
        List<Intangible> intangibles = IntStream.range(0, plan.intangibles().size())
                .mapToObj(i -> {
                    EvaluationPlan.Intangible intangible = plan.intangibles().get(i);
                    return new Intangible(
                            i,
                            intangible.name(),
                            intangible.description(),
                            intangible.kpi().map(code -> name(code, library)));
                })
                .toList();
        return new ValuePlan(
                measures,
                lines,
                plan.costs().participantTime(),
                choices(CostCategory.values(), plan.costs().zero()),
                intangibles);
    }

    private static <E extends Enum<E>> List<Choice> choices(E[] all, Set<E> chosen) {
        return Arrays.stream(all)
                .map(constant -> new Choice(constant.name(), chosen.contains(constant)))
                .toList();
    }

    /** A KPI's name as the library gives it, else its code. */
    private static String name(String code, List<Kpi> library) {
        return library.stream()
                .filter(kpi -> kpi.code().equals(code))
                .map(kpi -> kpi.definition().name())
                .findFirst()
                .orElse(code);
    }
}
