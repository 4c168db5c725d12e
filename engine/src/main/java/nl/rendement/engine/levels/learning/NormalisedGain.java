package nl.rendement.engine.levels.learning;

import static nl.rendement.engine.value.Numbers.toDecimal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.trail.Step;
import nl.rendement.engine.value.Aggregate;
import org.apache.commons.statistics.descriptive.Mean;

/**
 * Normalised (Hake) gain, the share of the possible gain that was made (METHOD §1):
 *
 * <pre>
 * class gain        &lt;g&gt; = (mean post - mean pre) / (max - mean pre)
 * individual gain   g_i = (post_i - pre_i) / (max - pre_i),   undefined when pre_i = max
 * </pre>
 *
 * The class gain from class means differs from the mean of the individual gains; both are given.
 * People who started at the maximum have no g: they are left out of the mean and counted in
 * {@link #leftOut()}; negative g is kept. Bands per {@link HakeBand}. Source: R. R. Hake (1998),
 * American Journal of Physics 66, 64–74 (the class gain from class averages, his eq. 1).
 *
 * @param classGain the class gain, resting on everyone; empty when everyone started at the maximum
 * @param classBand the class gain's band
 * @param meanOfIndividuals the mean of the defined individual g, resting on those with a g
 * @param leftOut people without a g (pre = max), a part of everyone
 * @param bands people per band, each a part of those with a g
 */
public record NormalisedGain(
        Optional<Aggregate<Double>> classGain,
        Optional<HakeBand> classBand,
        Optional<Aggregate<Double>> meanOfIndividuals,
        Aggregate<Integer> leftOut,
        Map<HakeBand, Aggregate<Integer>> bands) {

    public NormalisedGain {
        Objects.requireNonNull(classGain, "classGain");
        Objects.requireNonNull(classBand, "classBand");
        Objects.requireNonNull(meanOfIndividuals, "meanOfIndividuals");
        Objects.requireNonNull(leftOut, "leftOut");
        bands = Map.copyOf(bands);
    }

    /** Needs at least one person; {@code individuals} are everyone's gains. */
    static NormalisedGain of(double maximum, RawGain raw, List<IndividualGain> individuals, int k) {
        double meanPre = raw.meanPre().value();
        Optional<Aggregate<Double>> classGain = meanPre < maximum
                ? Optional.of(Aggregate.of(
                        raw.gain().value() / (maximum - meanPre), raw.gain().n(), k))
                : Optional.empty();
        double[] defined = individuals.stream()
                .flatMap(gain -> gain.normalised().stream())
                .mapToDouble(Double::doubleValue)
                .toArray();
        int leftOut = individuals.size() - defined.length;
        Optional<Aggregate<Double>> mean = defined.length == 0
                ? Optional.empty()
                : Optional.of(Aggregate.of(Mean.of(defined).getAsDouble(), defined.length, k));
        Map<HakeBand, Aggregate<Integer>> bands = new EnumMap<>(HakeBand.class);
        for (HakeBand band : HakeBand.values()) {
            int count = (int) individuals.stream()
                    .filter(gain -> gain.band().equals(Optional.of(band)))
                    .count();
            bands.put(band, Aggregate.part(count, count, defined.length, k));
        }
        return new NormalisedGain(
                classGain,
                classGain.map(gain -> HakeBand.of(gain.value())),
                mean,
                Aggregate.part(leftOut, leftOut, individuals.size(), k),
                bands);
    }

    /** People with a defined individual g. */
    public int defined() {
        return leftOut.ofTotal().orElseThrow() - leftOut.value();
    }

    /** The steps of the class gain, the individual gains and those left out; none if no g at all. */
    List<Step> steps(double maximum, RawGain raw) {
        List<Step> steps = new ArrayList<>();
        classGain.ifPresent(gain -> steps.add(Step.of(
                "learning.normalisedGain.class",
                "meanPre",
                toDecimal(raw.meanPre().value()),
                "meanPost",
                toDecimal(raw.meanPost().value()),
                "maximum",
                toDecimal(maximum),
                "g",
                toDecimal(gain.value()),
                "band",
                classBand.orElseThrow().name())));
        meanOfIndividuals.ifPresent(mean -> steps.add(Step.of(
                "learning.normalisedGain.individuals",
                "defined",
                defined(),
                "leftOut",
                leftOut.value(),
                "meanG",
                toDecimal(mean.value()),
                "low",
                bands.get(HakeBand.LOW).value(),
                "medium",
                bands.get(HakeBand.MEDIUM).value(),
                "high",
                bands.get(HakeBand.HIGH).value())));
        if (leftOut.value() > 0 && meanOfIndividuals.isPresent()) {
            steps.add(Step.of(
                    "learning.normalisedGain.leftOut", "people", leftOut.value(), "maximum", toDecimal(maximum)));
        }
        return steps;
    }
}
