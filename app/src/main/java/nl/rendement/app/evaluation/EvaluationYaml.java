package nl.rendement.app.evaluation;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.rendement.engine.Evaluation;
import nl.rendement.engine.EvaluationSettings;
import nl.rendement.engine.Intangible;
import nl.rendement.engine.LevelInputs;
import nl.rendement.engine.MeasureEvaluation;
import nl.rendement.engine.Participant;
import nl.rendement.engine.costs.CostLedger;
import nl.rendement.engine.money.ExchangeRates;
import nl.rendement.engine.value.Horizon;

/** The top of an evaluation file: programme, settings, horizon, participants, measures, costs, rates, intangibles, levels 0–3, forecast. */
final class EvaluationYaml {

    /** Stands in for a missing or unreadable reporting currency so that the rest is still checked. */
    private static final Currency PLACEHOLDER = Currency.getInstance("EUR");

    private final Context context;

    EvaluationYaml(Context context) {
        this.context = context;
    }

    Optional<EvaluationFileResult.Read> read(YamlMap root) {
        int mark = context.mark();
        String programme = root.required("programme", Kind.TEXT);
        Optional<YamlMap> settingsMap = root.requiredMap("settings");
        Currency reporting = settingsMap
                .flatMap(map -> map.optional("reportingCurrency", Kind.CURRENCY))
                .orElse(PLACEHOLDER);
        Optional<EvaluationSettings> settings = settingsMap.flatMap(map -> SettingsYaml.settings(map, reporting));
        Optional<Horizon> horizon = SettingsYaml.horizon(root);
        List<Participant> participants = participants(root);
        List<MeasureEvaluation> measures = measures(root, reporting);
        Optional<CostLedger> costs = root.requiredMap("costs").flatMap(map -> new CostYaml(map, reporting).read());
        ExchangeRates rates = SettingsYaml.rates(root);
        List<Intangible> intangibles = SettingsYaml.intangibles(root);
        Optional<LevelInputs> levels = LevelsYaml.read(root, reporting);
        Map<String, MeasureEvaluation> byId = new LinkedHashMap<>();
        measures.forEach(measure -> byId.putIfAbsent(measure.measure().id(), measure));
        Optional<ForecastYaml.Parts> forecast = ForecastYaml.read(root, reporting, byId);
        root.done();
        context.checkRates(reporting, rates);
        if (!context.cleanSince(mark)) {
            return Optional.empty();
        }
        Optional<Evaluation> evaluation = context.engine(
                root.node(),
                "",
                () -> new Evaluation(
                        programme,
                        settings.orElseThrow(),
                        participants,
                        measures,
                        costs.orElseThrow(),
                        rates,
                        intangibles,
                        horizon.orElseThrow(),
                        levels.orElseThrow()));
        if (evaluation.isEmpty()) {
            return Optional.empty();
        }
        if (forecast.isEmpty()) {
            return Optional.of(new EvaluationFileResult.Read(evaluation.get()));
        }
        return context.engine(
                        root.at("forecast"), "forecast", () -> forecast.get().of(evaluation.get()))
                .map(made -> new EvaluationFileResult.Read(evaluation.get(), Optional.of(made)));
    }

    private List<Participant> participants(YamlMap root) {
        return Table.read(root, "participants", Tables.PARTICIPANTS)
                .map(table -> Tables.participants(context, table.name(), table.rows()))
                .orElse(List.of());
    }

    private List<MeasureEvaluation> measures(YamlMap root, Currency reporting) {
        List<MeasureEvaluation> measures = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlMap map : root.maps("measures")) {
            Optional<MeasureEvaluation> measure = new MeasureYaml(map, reporting).read();
            String id = measure.map(read -> read.measure().id()).orElse("");
            if (measure.isPresent() && !ids.add(id)) {
                context.at(map.at("id"), map.field("id"), "evaluation.problem.duplicateId", id);
            }
            measure.ifPresent(measures::add);
        }
        return measures;
    }
}
