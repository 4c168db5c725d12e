package nl.rendement.app.evaluation.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.rendement.app.evaluation.run.RunData.Enrolment;
import nl.rendement.app.evaluation.run.RunData.ScoreRow;
import org.junit.jupiter.api.Test;

/** How a run writes levels 0–3 from stored rows. */
class LevelTablesTest {

    @Test
    void ordersFrequenciesFromMostToLeastOftenInEitherLanguageAndOthersAfter() {
        assertThat(LevelTables.frequencyScale(
                        List.of("zelden", "Wekelijks", "dagelijks", "zelden", "bij elk project", "af en toe")))
                .containsExactly("dagelijks", "Wekelijks", "zelden", "af en toe", "bij elk project");
        assertThat(LevelTables.frequencyScale(List.of("never", "monthly", "daily")))
                .containsExactly("daily", "monthly", "never");
    }

    @Test
    void writesOneTestPerSkillAndSplitsASkillScoredOutOfTwoMaxima() {
        Map<String, String> tables = new TreeMap<>();
        List<ScoreRow> scores = List.of(
                score("Feedback", "P1", 20),
                score("Feedback", "P2", 20),
                score("Coaching", "P1", 20),
                score("Coaching", "P2", 40));

        Map<String, Object> levels = LevelTables.levels(List.of(), Map.of(), List.of(), scores, List.of(), tables)
                .orElseThrow();

        assertThat(levels).containsOnlyKeys("learning");
        assertThat(((List<?>) levels.get("learning"))
                        .stream()
                                .map(test -> (Object) ((Map<?, ?>) test).get("name"))
                                .toList())
                .containsExactly(
                        "Feedback", "Coaching (maximum 20, pass mark 14)", "Coaching (maximum 40, pass mark 14)");
        assertThat(tables.get("scores-1.csv")).isEqualTo("person,pre,post\nP1,10,15\nP2,10,15\n");
        assertThat(tables).containsOnlyKeys("scores-1.csv", "scores-2.csv", "scores-3.csv");
    }

    @Test
    void leavesLevelZeroOutWhenSomeoneWhoStartedHasNoHours() {
        Enrolment withHours = enrolment("P1", Optional.of(BigDecimal.TEN));
        Enrolment without = enrolment("P2", Optional.empty());
        Map<String, String> tables = new TreeMap<>();

        assertThat(LevelTables.levels(List.of(withHours, without), Map.of(), List.of(), List.of(), List.of(), tables))
                .isEmpty();
        assertThat(tables).isEmpty();
    }

    private static ScoreRow score(String skill, String person, int maximum) {
        return new ScoreRow(
                skill,
                person,
                BigDecimal.TEN,
                BigDecimal.valueOf(15),
                BigDecimal.valueOf(maximum),
                Optional.of(BigDecimal.valueOf(14)));
    }

    private static Enrolment enrolment(String pseudonym, Optional<BigDecimal> hours) {
        LocalDate start = LocalDate.of(2026, 3, 2);
        return new Enrolment(
                1,
                pseudonym,
                LocalDate.of(2020, 1, 1),
                1,
                "Golf 1",
                start,
                start.plusDays(4),
                "started",
                start,
                Optional.of(start),
                Optional.empty(),
                hours);
    }
}
