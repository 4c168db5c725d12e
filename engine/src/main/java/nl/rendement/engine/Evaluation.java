package nl.rendement.engine;

import java.util.List;
import java.util.Objects;
import nl.rendement.engine.costs.CostLedger;
import nl.rendement.engine.money.ExchangeRates;
import nl.rendement.engine.value.Horizon;

/**
 * A complete, immutable description of one programme's evaluation (METHOD §2–3, §5–7): the
 * settings that apply, the participants, the level-4 impact measures with their isolation inputs
 * and conversion values, the cost ledger, the exchange rates, the intangibles, the horizon and the
 * data of levels 0–3. The statistical isolation methods of later waves will join as further fields.
 */
public record Evaluation(
        String programme,
        EvaluationSettings settings,
        List<Participant> participants,
        List<MeasureEvaluation> measures,
        CostLedger costs,
        ExchangeRates rates,
        List<Intangible> intangibles,
        Horizon horizon,
        LevelInputs levels) {

    public Evaluation {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(settings, "settings");
        participants = List.copyOf(participants);
        measures = List.copyOf(measures);
        Objects.requireNonNull(costs, "costs");
        Objects.requireNonNull(rates, "rates");
        intangibles = List.copyOf(intangibles);
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(levels, "levels");
        if (participants.stream().map(Participant::id).distinct().count() != participants.size()) {
            throw new IllegalArgumentException("A participant is listed twice in " + programme);
        }
        if (measures.stream().map(m -> m.measure().id()).distinct().count() != measures.size()) {
            throw new IllegalArgumentException("An impact measure is listed twice in " + programme);
        }
    }

    /** Without level 0–3 data. */
    public Evaluation(
            String programme,
            EvaluationSettings settings,
            List<Participant> participants,
            List<MeasureEvaluation> measures,
            CostLedger costs,
            ExchangeRates rates,
            List<Intangible> intangibles,
            Horizon horizon) {
        this(programme, settings, participants, measures, costs, rates, intangibles, horizon, LevelInputs.NONE);
    }

    public Evaluation withLevels(LevelInputs data) {
        return new Evaluation(programme, settings, participants, measures, costs, rates, intangibles, horizon, data);
    }
}
