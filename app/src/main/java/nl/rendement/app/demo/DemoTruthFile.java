package nl.rendement.app.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.rendement.app.programme.ProgrammeType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The truth file: every effect planted in the demo's evaluation data, written down where an
 * evaluation can be checked against it ({@code docs/demo-truth.json}, kept equal to the generator by
 * {@code DemoTruthFileTest}). Per programme: how participants were chosen, the fair comparison, the
 * trap a naive comparison falls into, and each KPI effect with its shape month by month; per KPI its
 * money value; the tests' gains, the employee survey's effects and how the training surveys'
 * respondents overstate.
 */
final class DemoTruthFile {

    static final String FORMAT = "rendement-demo-truth/1";

    private static final int MONTHS_SHOWN = 12;

    private DemoTruthFile() {}

    static byte[] json(DemoSpec spec) {
        Map<String, Object> truth = new LinkedHashMap<>();
        truth.put("format", FORMAT);
        truth.put("seed", spec.seed());
        truth.put("lastMonth", spec.lastMonth().toString());
        truth.put("months", DemoSpec.MONTHS);
        truth.put(
                "effectTiming",
                "An effect starts in the first month after the month a participant completed (month 1 below) and"
                        + " applies to completers only; a team's KPI moves through its trained members.");
        truth.put("kpis", kpis());
        truth.put("programmes", programmes(spec));
        Map<String, Object> engagement = new LinkedHashMap<>();
        engagement.put("programme", ProgrammeType.WELLBEING.code());
        engagement.put("happiness", DemoEngagement.HAPPINESS_EFFECT);
        engagement.put("engagement", DemoEngagement.ENGAGEMENT_EFFECT);
        engagement.put("shape", "step from the month after completion, per trained respondent, on a scale of 10");
        truth.put("engagement", engagement);
        Map<String, Object> survey = new LinkedHashMap<>();
        survey.put("reactionRate", DemoSurveys.REACTION_RATE);
        survey.put("applicationRate", DemoSurveys.APPLICATION_RATE);
        survey.put("applicationMonthsAfterCompletion", DemoSurveys.APPLICATION_MONTHS);
        survey.put(
                "estimateKpis",
                new TreeMap<>(DemoSurveys.KPI.entrySet().stream()
                        .collect(Collectors.toMap(entry -> entry.getKey().code(), Map.Entry::getValue))));
        survey.put("overstatementMedian", DemoSurveys.OVERSTATEMENT);
        survey.put("overstatementLogSd", DemoSurveys.OVERSTATEMENT_LOG_SD);
        survey.put(
                "plantedClaims",
                "Per programme the first response with an estimate (by response id) has no basis and the second"
                        + " claims " + DemoSurveys.EXTREME_FACTOR
                        + " x the programme's median improvement, with a basis.");
        survey.put("anonymousReactions", DemoSurveys.ANONYMOUS_REACTIONS.code());
        truth.put("survey", survey);
        return (JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(truth) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static List<Map<String, Object>> kpis() {
        List<Map<String, Object>> kpis = new ArrayList<>();
        for (DemoKpis.Definition definition : DemoKpis.DEFINITIONS) {
            Map<String, Object> kpi = new LinkedHashMap<>();
            kpi.put("code", definition.code());
            kpi.put("name", definition.name());
            kpi.put("unit", definition.unit());
            kpi.put("direction", definition.direction());
            kpi.put("aggregation", definition.aggregation());
            kpi.put("subject", definition.code().equals("incidents") ? "team" : "person");
            kpi.put(
                    "valuePerUnitMonth",
                    definition.valuePerUnit().map(BigDecimal::toPlainString).orElse(null));
            kpi.put("valueBasis", definition.valueBasis());
            kpis.add(kpi);
        }
        return kpis;
    }

    private static List<Map<String, Object>> programmes(DemoSpec spec) {
        List<Map<String, Object>> programmes = new ArrayList<>();
        for (DemoProgrammePlans.Plan plan : DemoProgrammePlans.all(spec)) {
            DemoTruth.Programme truth = DemoTruth.PROGRAMMES.get(plan.type());
            Map<String, Object> programme = new LinkedHashMap<>();
            programme.put("name", plan.name());
            programme.put("type", plan.type().code());
            programme.put("selection", truth.selection());
            programme.put("comparison", truth.comparison());
            programme.put("trap", truth.trap());
            List<Map<String, Object>> effects = new ArrayList<>();
            for (DemoTruth.Effect planted : truth.effects()) {
                Map<String, Object> effect = new LinkedHashMap<>();
                effect.put("kpi", planted.kpi());
                effect.put("size", planted.size());
                effect.put("relative", planted.relative());
                effect.put("shape", planted.shape().name().toLowerCase(Locale.ROOT));
                effect.put("shapeMonths", planted.months());
                effect.put("floor", planted.floor());
                List<BigDecimal> byMonth = new ArrayList<>();
                for (int k = 1; k <= MONTHS_SHOWN; k++) {
                    byMonth.add(BigDecimal.valueOf(planted.at(k)).setScale(4, RoundingMode.HALF_EVEN));
                }
                effect.put("byMonth", byMonth);
                effects.add(effect);
            }
            programme.put("effects", effects);
            programme.put("assessmentGain", DemoAssessments.GAIN.get(plan.type()));
            programme.put("assessmentSkills", DemoAssessments.SKILLS.get(plan.type()));
            programmes.add(programme);
        }
        return programmes;
    }
}
