package nl.rendement.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.rendement.engine.measures.series.Comparison;
import nl.rendement.engine.measures.series.KpiSeries;
import nl.rendement.engine.measures.series.SeriesInput;
import nl.rendement.engine.measures.series.SeriesOutcome;

/** The KPI series of an evaluation's measures, by measure id in the evaluation's order. */
final class MeasureSeries {

    private MeasureSeries() {}

    /** The KPI series of every measure with observations: participants beside the comparison. */
    static Map<String, SeriesOutcome> of(Evaluation evaluation) {
        KpiSeries series = KpiSeries.withDefaults().withK(evaluation.settings().anonymityThreshold());
        Map<String, SeriesOutcome> all = new LinkedHashMap<>();
        for (MeasureEvaluation measure : evaluation.measures()) {
            if (measure.measure().observations().isEmpty()) {
                continue;
            }
            SeriesInput input = SeriesInput.of(measure.measure(), evaluation.participants())
                    .withComparison(
                            measure.controlGroup().map(group -> Comparison.ControlGroup.of(group, Set.of())),
                            measure.eligibleNonParticipants());
            all.put(
                    measure.measure().id(),
                    series.of(measure.tenuredMedian()
                            .map(input::withTenuredMedian)
                            .orElse(input)));
        }
        return all;
    }
}
