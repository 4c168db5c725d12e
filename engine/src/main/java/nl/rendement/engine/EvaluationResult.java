package nl.rendement.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.rendement.engine.costs.CostOutcome;
import nl.rendement.engine.isolation.MeasureBenefit;
import nl.rendement.engine.measures.series.SeriesOutcome;
import nl.rendement.engine.money.Money;
import nl.rendement.engine.roi.RoiOutcome;
import nl.rendement.engine.trail.Reason;
import nl.rendement.engine.trail.Traced;
import nl.rendement.engine.uncertainty.RoiRange;

/**
 * What an evaluation gives: per measure its headline benefit a year with the alternatives beside
 * it; the annual benefits; the fully loaded costs (or why there are none); the ROI gross of
 * reimbursements (the headline) and net of them (on request); the ROI's range, probability of
 * meeting the objective and sensitivity (when there is an ROI); the results of levels 0–3; each
 * observed measure's KPI series for participants and comparison; the intangibles; and notes such
 * as the small-group notice. Every figure carries its trail.
 */
public record EvaluationResult(
        String programme,
        List<MeasureBenefit> measures,
        Traced<Money> annualBenefits,
        CostOutcome costs,
        RoiOutcome roi,
        RoiOutcome roiNetOfReimbursements,
        Optional<RoiRange> range,
        LevelResults levels,
        Map<String, SeriesOutcome> series,
        List<Intangible> intangibles,
        List<Reason> notes) {

    public EvaluationResult {
        Objects.requireNonNull(programme, "programme");
        measures = List.copyOf(measures);
        Objects.requireNonNull(annualBenefits, "annualBenefits");
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(roi, "roi");
        Objects.requireNonNull(roiNetOfReimbursements, "roiNetOfReimbursements");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(levels, "levels");
        series = Collections.unmodifiableMap(new LinkedHashMap<>(series));
        intangibles = List.copyOf(intangibles);
        notes = List.copyOf(notes);
    }
}
