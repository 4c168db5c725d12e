package nl.rendement.app.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.rendement.engine.LevelResults;
import nl.rendement.engine.levels.ApplicationResult;
import nl.rendement.engine.levels.EfficiencyResult;
import nl.rendement.engine.levels.Figure;
import nl.rendement.engine.levels.ItemReaction;
import nl.rendement.engine.levels.Part;
import nl.rendement.engine.levels.ReactionResult;
import nl.rendement.engine.levels.learning.CohensDz;
import nl.rendement.engine.levels.learning.LearningResult;
import nl.rendement.engine.levels.learning.LearningTestResult;
import nl.rendement.engine.levels.learning.PairedTTest;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.value.Aggregate;

/**
 * Levels 0–3 of the {@code evaluate} summary. Figures resting on fewer than k people (or whose
 * complement does) are printed with a mark saying so: the person running the command owns the
 * files, unlike a page's reader.
 */
final class LevelsSummary {

    private final SummaryText say;
    private final int k;

    LevelsSummary(SummaryText say, int k) {
        this.say = say;
        this.k = k;
    }

    void print(LevelResults levels) {
        levels.efficiency().ifPresentOrElse(this::efficiency, () -> say.line("evaluate.level.none", 0));
        levels.reaction().ifPresentOrElse(this::reaction, () -> say.line("evaluate.level.none", 1));
        if (levels.learning().isEmpty()) {
            say.line("evaluate.level.none", 2);
        }
        levels.learning().forEach(this::learning);
        levels.application().ifPresentOrElse(this::application, () -> say.line("evaluate.level.none", 3));
    }

    private void efficiency(EfficiencyResult level) {
        say.line(
                "evaluate.level0",
                say.number(BigDecimal.valueOf(level.participants().value()), 0),
                percent(level.completionRate()),
                decimal(level.medianDaysToComplete(), 1),
                say.number(level.learningHours().value(), 1),
                figure(level.learningHoursPerFte(), hours -> say.number(hours, 2)));
        say.line(
                "evaluate.level0.costs",
                money(level.costPerParticipant()),
                money(level.costPerLearningHour()),
                figure(level.spendOfPayroll(), share -> say.percent(share.value())));
    }

    private void reaction(ReactionResult level) {
        say.line("evaluate.level1");
        for (ItemReaction item : level.items()) {
            String target = item.target().isPresent()
                    ? say.text(
                            "evaluate.level1.target",
                            say.number(BigDecimal.valueOf(item.target().getAsDouble()), 1),
                            say.text("evaluate.target." + item.status().name().toLowerCase(Locale.ROOT)))
                    : "";
            say.line("evaluate.level1.item", item.item(), decimal(item.mean(), 2), target);
        }
        say.line(
                "evaluate.level1.nps",
                decimal(level.netPromoterScore(), 1),
                percent(level.promoters()),
                percent(level.detractors()),
                level.comments().value().size());
    }

    /** One block per test, headed by its name: tests are never summed. */
    private void learning(LearningTestResult test) {
        LearningResult level = test.result();
        say.line("evaluate.level2", test.name(), level.people());
        level.rawGain()
                .ifPresent(raw -> say.line(
                        "evaluate.level2.scores",
                        aggregate(raw.meanPre(), 1),
                        aggregate(raw.meanPost(), 1),
                        aggregate(raw.gain(), 1)));
        level.normalisedGain()
                .flatMap(gain -> gain.classGain()
                        .map(value -> say.text(
                                "evaluate.level2.normalised",
                                aggregate(value, 2),
                                gain.classBand()
                                        .map(band -> say.text(
                                                "evaluate.hake." + band.name().toLowerCase(Locale.ROOT)))
                                        .orElse(""))))
                .ifPresent(say::print);
        level.pairedTest().ifPresent(this::pairedTest);
        level.cohensDz().ifPresent(this::cohensDz);
        level.passRates()
                .ifPresent(rates -> say.line(
                        "evaluate.level2.pass",
                        say.number(BigDecimal.valueOf(rates.passMark()), 1),
                        share(rates.pre()),
                        share(rates.post())));
        if (!level.reasons().isEmpty()) {
            say.line("evaluate.level2.reasons", say.reasons(level.reasons()));
        }
    }

    private void pairedTest(Aggregate<PairedTTest> aggregate) {
        PairedTTest test = aggregate.value();
        say.line(
                "evaluate.level2.test",
                say.number(BigDecimal.valueOf(test.t()), 2),
                test.degreesOfFreedom(),
                pValue(test.pValue()),
                mark(aggregate));
    }

    private void cohensDz(Aggregate<CohensDz> aggregate) {
        CohensDz dz = aggregate.value();
        say.line(
                "evaluate.level2.dz",
                say.number(BigDecimal.valueOf(dz.value()), 2),
                say.number(BigDecimal.valueOf(dz.confidenceLevel() * 100), 0),
                say.number(BigDecimal.valueOf(dz.lower()), 2),
                say.number(BigDecimal.valueOf(dz.upper()), 2),
                mark(aggregate));
    }

    private void application(ApplicationResult level) {
        say.line("evaluate.level3", percent(level.applying()), percent(level.observedApplying()));
        parts("evaluate.level3.frequency", level.frequency());
        parts("evaluate.level3.barriers", level.barriers());
        parts("evaluate.level3.enablers", level.enablers());
    }

    private void parts(String key, List<Part> parts) {
        if (!parts.isEmpty()) {
            say.line(
                    key,
                    parts.stream()
                            .map(part -> part.label() + " " + share(part.share().aggregate()))
                            .collect(Collectors.joining(", ")));
        }
    }

    private String pValue(double p) {
        return p < 0.001 ? "< " + say.number(new BigDecimal("0.001"), 3) : say.number(BigDecimal.valueOf(p), 3);
    }

    private String percent(Figure<Double> figure) {
        return figure(figure, this::share);
    }

    private String share(double percent) {
        return say.percent(BigDecimal.valueOf(percent));
    }

    private String share(Aggregate<Double> aggregate) {
        return share(aggregate.value()) + mark(aggregate);
    }

    private String decimal(Figure<Double> figure, int decimals) {
        return figure(figure, value -> say.number(BigDecimal.valueOf(value), decimals));
    }

    private String aggregate(Aggregate<Double> aggregate, int decimals) {
        return say.number(BigDecimal.valueOf(aggregate.value()), decimals) + mark(aggregate);
    }

    private String money(Figure<Money> figure) {
        return figure(figure, say::money);
    }

    /** The figure's value with its small-group mark, or why it cannot be computed. */
    private <T> String figure(Figure<T> figure, Function<T, String> format) {
        Optional<Aggregate<T>> result = figure.result();
        return result.map(aggregate -> format.apply(aggregate.value()) + mark(aggregate))
                .orElseGet(() -> say.text("evaluate.notComputable", say.reasons(figure.reasons())));
    }

    private String mark(Aggregate<?> aggregate) {
        return switch (aggregate.mark()) {
            case NONE -> "";
            case FEWER_THAN_K -> say.text("evaluate.smallGroup", aggregate.n(), k);
            case COMPLEMENT_BELOW_K ->
                say.text("evaluate.smallComplement", aggregate.ofTotal().orElseThrow() - aggregate.n(), k);
        };
    }
}
