package nl.rendement.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import nl.rendement.engine.Evaluation;
import nl.rendement.engine.EvaluationResult;
import nl.rendement.engine.Evaluator;
import nl.rendement.engine.LevelInputs;
import nl.rendement.engine.Participant;
import nl.rendement.engine.levels.ApplicationAnswer;
import nl.rendement.engine.levels.ApplicationSurvey;
import nl.rendement.engine.levels.EfficiencyInputs;
import nl.rendement.engine.levels.Learner;
import nl.rendement.engine.levels.ManagerObservation;
import nl.rendement.engine.levels.RatingItem;
import nl.rendement.engine.levels.ReactionSurvey;
import nl.rendement.engine.levels.learning.LearningScores;
import nl.rendement.engine.levels.learning.LearningTest;
import nl.rendement.engine.levels.learning.PersonScore;
import nl.rendement.engine.measures.Aggregation;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.ImpactMeasure;
import nl.rendement.engine.measures.Observation;
import nl.rendement.engine.measures.PeriodLength;
import nl.rendement.engine.measures.series.Comparison;
import nl.rendement.engine.measures.series.KpiSeries;
import nl.rendement.engine.measures.series.SeriesInput;
import nl.rendement.engine.measures.series.SeriesOutcome;
import nl.rendement.engine.measures.series.SubjectGroup;
import nl.rendement.engine.measures.series.TenuredMedian;
import nl.rendement.engine.uncertainty.MonteCarlo;
import nl.rendement.engine.value.Percentage;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of parts the example files cannot express yet (levels 0–3, KPI series), and the
 * published schema's strictness: a document that breaks it is rejected.
 */
class EvaluationJsonTest {

    private final Evaluator evaluator = new Evaluator(MonteCarlo.withDefaults().withIterations(200));

    @Test
    void writesLevelsZeroToThreeAndKpiSeriesAsTheSchemaDescribes() {
        Evaluation evaluation = completeCase();
        evaluation = evaluation.withLevels(levels(evaluation.participants()));
        EvaluationResult evaluated = evaluator.evaluate(evaluation);
        EvaluationResult result = withSeries(evaluated, series(evaluation.participants()));

        JsonNode json = EvaluationJson.of(evaluation, result);

        assertThat(ResultSchema.errors(json)).isEmpty();
        JsonNode levels = json.get("levels");
        JsonNode participants = levels.get("efficiency").get("participants");
        assertThat(participants.get("kind").asString()).isEqualTo("computed");
        assertThat(participants.get("value").asInt())
                .isEqualTo(evaluation.participants().size());
        assertThat(levels.get("efficiency")
                        .get("learningHoursPerFte")
                        .get("reasons")
                        .get(0)
                        .get("code")
                        .asString())
                .isEqualTo("level.hoursPerFte.noFte");
        assertThat(levels.get("reaction").get("netPromoterScore").get("value").asDouble())
                .isEqualTo(0.0);
        JsonNode learning = levels.get("learning");
        assertThat(learning.size()).isEqualTo(2);
        assertThat(List.of(
                        learning.get(0).get("name").asString(),
                        learning.get(1).get("name").asString()))
                .containsExactly("Feedback geven", "Coachend leidinggeven");
        assertThat(learning.get(0).get("pairedTest").get("value").get("n").asInt())
                .isEqualTo(6);
        assertThat(learning.get(1).get("people").asInt())
                .as("each test on its own")
                .isEqualTo(7);
        JsonNode named = learning.get(1).get("trail").get(0);
        assertThat(named.get("code").asString()).isEqualTo("learning.test");
        assertThat(named.get("facts").get(0).get("value").asString()).isEqualTo("Coachend leidinggeven");
        assertThat(levels.get("application")
                        .get("barriers")
                        .get(0)
                        .get("share")
                        .get("mark")
                        .asString())
                .isNotEqualTo("NONE");
        JsonNode series = json.get("series");
        assertThat(series.get("sales").get("kind").asString()).isEqualTo("periods");
        assertThat(series.get("sales").get("comparison").get("label").asString())
                .isEqualTo("UNADJUSTED");
        assertThat(series.get("sales").get("notAnEffect").asBoolean()).isTrue();
        assertThat(series.get("ramp-up").get("kind").asString()).isEqualTo("timeToThreshold");
        assertThat(series.get("unreferenced").get("kind").asString()).isEqualTo("none");
    }

    @Test
    void theSchemaRejectsADocumentThatBreaksIt() {
        Evaluation evaluation = completeCase();
        ObjectNode valid = EvaluationJson.of(evaluation, evaluator.evaluate(evaluation));
        assertThat(ResultSchema.errors(valid)).isEmpty();

        ObjectNode noFormat = valid.deepCopy();
        noFormat.remove("format");
        ObjectNode unknownField = valid.deepCopy().put("rounded", true);
        ObjectNode roundedAmount = valid.deepCopy();
        ((ObjectNode) roundedAmount.get("annualBenefits").get("value")).put("amount", "86,136.00");
        ObjectNode mistypedFact = valid.deepCopy();
        JsonNode fact = mistypedFact
                .get("annualBenefits")
                .get("trail")
                .get(0)
                .get("facts")
                .get(0);
        ((ObjectNode) fact).put("type", "money");

        assertThat(ResultSchema.errors(noFormat)).isNotEmpty();
        assertThat(ResultSchema.errors(unknownField)).isNotEmpty();
        assertThat(ResultSchema.errors(roundedAmount)).isNotEmpty();
        assertThat(ResultSchema.errors(mistypedFact)).isNotEmpty();
    }

    private static Evaluation completeCase() {
        EvaluationFileResult read = EvaluationFileReader.read(Path.of("../examples/complete-case/evaluation.yaml"));
        return ((EvaluationFileResult.Read) read).evaluation();
    }

    private static LevelInputs levels(List<Participant> participants) {
        List<Learner> learners = participants.stream()
                .map(participant -> Learner.of(participant, participant.start(), new BigDecimal("12.5")))
                .toList();
        ReactionSurvey reaction = new ReactionSurvey(
                List.of(
                        RatingItem.of("relevance", List.of(4, 5, 3, 4, 5, 4), 4.0),
                        new RatingItem("pace", List.of(), OptionalDouble.empty())),
                List.of(10, 9, 8, 6, 7, 3),
                List.of("Too long", "Useful"));
        List<PersonScore> scores = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            scores.add(PersonScore.of("P" + i, 40 + i * 5, 60 + i * i));
        }
        scores.add(PersonScore.of("P7", 100, 100));
        LearningScores feedback = new LearningScores(100, Optional.of(60.0), List.copyOf(scores.subList(0, 6)));
        LearningScores coaching = LearningScores.of(100, scores);
        ApplicationSurvey application = new ApplicationSurvey(
                List.of("daily", "weekly", "monthly"),
                List.of(
                        new ApplicationAnswer(true, Optional.of("daily"), Set.of("time"), Set.of("manager")),
                        new ApplicationAnswer(true, Optional.of("weekly"), Set.of(), Set.of("manager")),
                        new ApplicationAnswer(false, Optional.empty(), Set.of("time", "tools"), Set.of())),
                List.of(new ManagerObservation("M1", "P1", true), new ManagerObservation("M1", "P2", false)));
        return new LevelInputs(
                Optional.of(EfficiencyInputs.of(learners)),
                Optional.of(reaction),
                List.of(
                        new LearningTest("Feedback geven", feedback),
                        new LearningTest("Coachend leidinggeven", coaching)),
                Optional.of(application));
    }

    private static Map<String, SeriesOutcome> series(List<Participant> participants) {
        List<Observation> observations = new ArrayList<>();
        List<String> eligible = List.of("E1", "E2", "E3", "E4", "E5");
        for (Participant participant : participants) {
            observations.add(observation(participant.id(), participant.start().plusMonths(1), "10"));
        }
        eligible.forEach(id -> observations.add(observation(id, LocalDate.of(2025, 3, 1), "8")));
        ImpactMeasure sales = measure("sales", Aggregation.SUM, Optional.empty(), observations);
        ImpactMeasure rampUp = measure("ramp-up", Aggregation.TIME_TO_THRESHOLD, Optional.of(80), observations);
        ImpactMeasure unreferenced =
                measure("unreferenced", Aggregation.TIME_TO_THRESHOLD, Optional.of(80), observations);
        KpiSeries kpi = KpiSeries.withDefaults();
        Map<String, SeriesOutcome> series = new LinkedHashMap<>();
        series.put(
                "sales",
                kpi.of(SeriesInput.of(sales, participants)
                        .withComparison(new Comparison.EligibleNonParticipants(SubjectGroup.people(eligible)))));
        series.put(
                "ramp-up",
                kpi.of(SeriesInput.of(rampUp, participants)
                        .withTenuredMedian(TenuredMedian.of("9", "median of staff with two years' tenure"))));
        series.put("unreferenced", kpi.of(SeriesInput.of(unreferenced, participants)));
        return series;
    }

    private static ImpactMeasure measure(
            String id, Aggregation aggregation, Optional<Integer> thresholdShare, List<Observation> observations) {
        return new ImpactMeasure(
                id,
                id,
                "deals",
                Direction.HIGHER_IS_BETTER,
                aggregation,
                PeriodLength.MONTH,
                thresholdShare.map(Percentage::of),
                observations);
    }

    private static Observation observation(String person, LocalDate month, String value) {
        return new Observation(
                person,
                Observation.SubjectKind.PERSON,
                month.withDayOfMonth(1),
                new BigDecimal(value),
                Optional.empty());
    }

    private static EvaluationResult withSeries(EvaluationResult result, Map<String, SeriesOutcome> series) {
        return new EvaluationResult(
                result.programme(),
                result.measures(),
                result.annualBenefits(),
                result.costs(),
                result.roi(),
                result.roiNetOfReimbursements(),
                result.range(),
                result.levels(),
                series,
                result.intangibles(),
                result.notes());
    }
}
