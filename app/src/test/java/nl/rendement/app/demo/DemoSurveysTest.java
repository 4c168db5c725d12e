package nl.rendement.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rendement.app.programme.ParticipantStatus;
import nl.rendement.app.programme.ProgrammeType;
import org.junit.jupiter.api.Test;

/**
 * The demo's survey answers, read back from the file on the full demo: who answered which survey
 * (about 75% of completers the reaction survey, about 55% of those still employed three months on
 * the application survey), anonymity of the wellbeing reactions, the planted claims, and estimates
 * overstating the true improvement by a median factor of 1.5.
 */
class DemoSurveysTest {

    static final DemoOrganisation FULL = DemoGeneratorTest.FULL;
    static final List<NamedCsvRecord> ROWS = rows(DemoSurveys.csv(FULL));
    static final List<DemoSurveys.Response> RESPONSES = DemoSurveys.responses(FULL);

    @Test
    void aboutThreeInFourCompletersAnswerTheReactionSurveyWithinTheHistory() {
        Map<String, Set<String>> respondents = responses(1, "");
        LocalDate end = FULL.spec().lastMonth().atEndOfMonth();
        long completers = 0;
        long answered = 0;
        for (DemoOrganisation.Programme programme : FULL.programmes()) {
            long own = completers(programme).size();
            int responses = respondents.get(programme.name()).size();
            assertThat(responses / (double) own).as(programme.name()).isCloseTo(0.75, within(0.12));
            completers += own;
            answered += responses;
        }

        assertThat(answered / (double) completers).isCloseTo(0.75, within(0.02));
        assertThat(ROWS)
                .allSatisfy(row ->
                        assertThat(LocalDate.parse(row.getField("answered on"))).isBeforeOrEqualTo(end));
    }

    @Test
    void aboutHalfOfThoseStillEmployedThreeMonthsOnAnswerTheApplicationSurvey() {
        Map<String, Set<String>> respondents = responses(3, "participant");
        Map<String, DemoOrganisation.Person> people = FULL.people().stream()
                .collect(Collectors.toMap(DemoOrganisation.Person::employeeNumber, person -> person));
        LocalDate end = FULL.spec().lastMonth().atEndOfMonth();
        long invited = 0;
        long answered = 0;
        for (DemoOrganisation.Programme programme : FULL.programmes()) {
            Set<String> asked = completers(programme).stream()
                    .filter(enrolment -> {
                        LocalDate day = enrolment.completedOn().orElseThrow().plusMonths(3);
                        return !day.isAfter(end) && DemoHistory.employedOn(people.get(enrolment.employeeNumber()), day);
                    })
                    .map(DemoOrganisation.Enrolment::employeeNumber)
                    .collect(Collectors.toSet());
            Set<String> own = numbers(programme.name(), 3, "participant");
            assertThat(asked).as(programme.name()).containsAll(own);
            invited += asked.size();
            answered += respondents.get(programme.name()).size();
        }

        assertThat(answered / (double) invited).isCloseTo(0.55, within(0.02));
    }

    @Test
    void theWellbeingReactionsAreAnonymousAndEveryOtherResponseIsNamed() {
        String wellbeing = programme(ProgrammeType.WELLBEING).name();

        assertThat(ROWS).allSatisfy(row -> {
            boolean anonymous = row.getField("programme").equals(wellbeing)
                    && row.getField("level").equals("1");
            assertThat(row.getField("anonymous")).isEqualTo(anonymous ? "yes" : "no");
            assertThat(row.getField("employee number").isEmpty()).isEqualTo(anonymous);
        });
        assertThat(responses(1, "").get(wellbeing)).hasSizeGreaterThan(100);
    }

    @Test
    void everyProgrammeHasReactionsAndApplicationsWithEstimates() {
        for (DemoOrganisation.Programme programme : FULL.programmes()) {
            String role = programme.type() == ProgrammeType.COMPLIANCE ? "manager" : "participant";

            assertThat(responses(1, "").get(programme.name()))
                    .as(programme.name())
                    .hasSizeGreaterThan(40);
            assertThat(responses(3, "participant").get(programme.name()))
                    .as(programme.name())
                    .hasSizeGreaterThan(30);
            assertThat(estimates(programme.name()))
                    .as(programme.name())
                    .hasSizeGreaterThan(30)
                    .allSatisfy(row -> {
                        assertThat(row.getField("role")).isEqualTo(role);
                        assertThat(row.getField("kpi")).isEqualTo(DemoSurveys.KPI.get(programme.type()));
                    });
        }
    }

    @Test
    void everyProgrammeHasExactlyOneEstimateWithoutBasisAndOneExtremeClaimBothNamed() {
        for (DemoOrganisation.Programme programme : FULL.programmes()) {
            List<NamedCsvRecord> estimates = estimates(programme.name());
            List<BigDecimal> improvements = estimates.stream()
                    .map(row -> new BigDecimal(row.getField("improvement")))
                    .sorted()
                    .toList();
            BigDecimal median = improvements.get(improvements.size() / 2);

            assertThat(estimates.stream().filter(row -> row.getField("basis").isEmpty()))
                    .as(programme.name())
                    .singleElement()
                    .satisfies(
                            row -> assertThat(row.getField("employee number")).isNotEmpty());
            assertThat(estimates.stream()
                            .filter(row -> new BigDecimal(row.getField("improvement"))
                                            .compareTo(median.multiply(BigDecimal.valueOf(5)))
                                    > 0))
                    .as(programme.name())
                    .singleElement()
                    .satisfies(row -> {
                        assertThat(row.getField("employee number")).isNotEmpty();
                        assertThat(row.getField("basis")).isNotEmpty();
                    });
            assertThat(planted(programme.name()))
                    .containsExactly(
                            estimates.stream()
                                    .filter(row -> row.getField("basis").isEmpty())
                                    .findFirst()
                                    .orElseThrow()
                                    .getField("response id"),
                            estimates.stream()
                                    .max((a, b) -> new BigDecimal(a.getField("improvement"))
                                            .compareTo(new BigDecimal(b.getField("improvement"))))
                                    .orElseThrow()
                                    .getField("response id"));
        }
    }

    @Test
    void estimatesOverstateTheTrueImprovementByAMedianFactorOfOneAndAHalf() {
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        Map<String, BigDecimal> stated = new HashMap<>();
        estimatesInFile()
                .forEach(row -> stated.put(
                        row.getField("programme") + "/" + row.getField("response id"),
                        new BigDecimal(row.getField("improvement"))));
        for (DemoSurveys.Response response : RESPONSES) {
            Optional<DemoSurveys.Estimate> estimate = response.estimate();
            if (estimate.isEmpty() || estimate.get().plant() != DemoSurveys.Plant.NONE) {
                continue;
            }
            double ratio =
                    stated.get(response.programme() + "/" + response.id()).doubleValue()
                            / estimate.get().truth();
            ratios.computeIfAbsent(response.programme(), unused -> new ArrayList<>())
                    .add(ratio);
            all.add(ratio);
        }

        assertThat(ratios).hasSize(FULL.programmes().size());
        ratios.forEach((programme, own) -> assertThat(median(own)).as(programme).isCloseTo(1.5, within(0.2)));
        assertThat(median(all)).isCloseTo(1.5, within(0.05));
    }

    @Test
    void theTrueImprovementsAreThePlantedEffectsInTheKpisUnits() {
        DemoOrganisation.Period fullTimeSeller = period("D01-T1", "Specialist", "1.0");
        DemoOrganisation.Period partTimer = period("D03-T2", "Uitvoerend", "0.8");

        assertThat(truth(ProgrammeType.ONBOARDING, partTimer)).isCloseTo(20 * 7 / 9.0, within(1e-9));
        assertThat(truth(ProgrammeType.LEADERSHIP, fullTimeSeller)).isCloseTo(2, within(1e-9));
        assertThat(truth(ProgrammeType.DIGITAL_LEARNING, partTimer)).isCloseTo(8 * (1 - 0.5 * 2 / 12), within(1e-9));
        assertThat(truth(ProgrammeType.SALES, fullTimeSeller)).isCloseTo(0.05 * 24 * 1800, within(1e-9));
        assertThat(truth(ProgrammeType.AI_LITERACY, partTimer)).isCloseTo(3, within(1e-9));
        assertThat(truth(ProgrammeType.SOFT_SKILLS, partTimer)).isCloseTo(0.4, within(1e-9));
        assertThat(truth(ProgrammeType.OTHER, partTimer)).isCloseTo(0.12, within(1e-9));
        double longSpell = (275 + 30 * (30 + 1 / 3.0)) / 41; // 20 to 60 days, counted up to a month's 30 1/3
        double spellDays = 0.97 * 5 + 0.03 * longSpell;
        assertThat(truth(ProgrammeType.WELLBEING, partTimer))
                .isCloseTo(0.30 * 0.095 * spellDays * 12 / (7 * 52), within(1e-12));
        assertThat(truth(ProgrammeType.COMPLIANCE, partTimer)).isCloseTo(0.4 * 0.03, within(1e-12));
        assertThat(truth(ProgrammeType.COMPLIANCE, period("D07-T1", "Specialist", "1.0")))
                .isCloseTo(0.4 * 0.015, within(1e-12));
    }

    @Test
    void reactionsRateThreeItemsAndSomeCommentInDutchOrEnglish() {
        List<NamedCsvRecord> reactions =
                ROWS.stream().filter(row -> row.getField("level").equals("1")).toList();
        List<String> comments = reactions.stream()
                .map(row -> row.getField("comment"))
                .filter(comment -> !comment.isEmpty())
                .toList();
        Set<String> english = new HashSet<>(DemoSurveyTexts.ENGLISH_CRITICISM);
        english.addAll(DemoSurveyTexts.ONLINE_ENGLISH_CRITICISM);
        DemoSurveyTexts.PROFILES.values().forEach(profile -> english.addAll(profile.englishPraise()));
        long responses = reactions.stream()
                .filter(row -> !row.getField("recommend").isEmpty())
                .count();

        assertThat(reactions).hasSize((int) (3 * responses));
        assertThat(comments.size() / (double) responses).isCloseTo(0.3, within(0.02));
        assertThat(comments.stream().filter(english::contains).count() / (double) comments.size())
                .isCloseTo(0.25, within(0.03));
        assertThat(reactions)
                .allSatisfy(row ->
                        assertThat(Integer.parseInt(row.getField("rating"))).isBetween(1, 5));
    }

    @Test
    void theSameOrganisationGivesTheSameFileAndAnotherSeedAnotherOne() {
        DemoOrganisation other = DemoGenerator.generate(
                new DemoSpec(DemoSpec.SEED + 1, DemoSpec.DemoSize.SMALL, YearMonth.of(2026, 10)));

        assertThat(DemoSurveys.csv(FULL)).isEqualTo(DemoSurveys.csv(FULL));
        assertThat(DemoSurveys.csv(other)).isNotEqualTo(DemoSurveys.csv(DemoSamplesTest.SMALL));
    }

    private static double truth(ProgrammeType type, DemoOrganisation.Period state) {
        return DemoSurveys.trueImprovement(type, state, 3);
    }

    private static DemoOrganisation.Period period(String unit, String jobGroup, String fte) {
        return new DemoOrganisation.Period(
                LocalDate.of(2025, 1, 1),
                unit,
                jobGroup,
                Optional.empty(),
                BigDecimal.valueOf(40_000),
                new BigDecimal(fte),
                new BigDecimal(fte).multiply(BigDecimal.valueOf(36)));
    }

    private static List<String> planted(String programme) {
        return RESPONSES.stream()
                .filter(response -> response.programme().equals(programme))
                .filter(response -> response.estimate()
                        .map(estimate -> estimate.plant() != DemoSurveys.Plant.NONE)
                        .orElse(false))
                .sorted((a, b) -> a.estimate()
                        .orElseThrow()
                        .plant()
                        .compareTo(b.estimate().orElseThrow().plant()))
                .map(DemoSurveys.Response::id)
                .toList();
    }

    private static DemoOrganisation.Programme programme(ProgrammeType type) {
        return FULL.programmes().stream()
                .filter(programme -> programme.type() == type)
                .findFirst()
                .orElseThrow();
    }

    private static List<DemoOrganisation.Enrolment> completers(DemoOrganisation.Programme programme) {
        return programme.cohorts().stream()
                .flatMap(cohort -> cohort.enrolments().stream())
                .filter(enrolment -> enrolment.status() == ParticipantStatus.COMPLETED)
                .toList();
    }

    /** The response ids of each programme's responses of this level (and role, for level 3). */
    private static Map<String, Set<String>> responses(int level, String role) {
        Map<String, Set<String>> ids = new HashMap<>();
        FULL.programmes().forEach(programme -> ids.put(programme.name(), new HashSet<>()));
        ROWS.stream()
                .filter(row -> row.getField("level").equals(String.valueOf(level)))
                .filter(row -> row.getField("role").equals(role))
                .forEach(row -> ids.get(row.getField("programme")).add(row.getField("response id")));
        return ids;
    }

    private static Set<String> numbers(String programme, int level, String role) {
        return ROWS.stream()
                .filter(row -> row.getField("programme").equals(programme))
                .filter(row -> row.getField("level").equals(String.valueOf(level)))
                .filter(row -> row.getField("role").equals(role))
                .map(row -> row.getField("employee number"))
                .collect(Collectors.toSet());
    }

    private static List<NamedCsvRecord> estimates(String programme) {
        return estimatesInFile()
                .filter(row -> row.getField("programme").equals(programme))
                .toList();
    }

    private static java.util.stream.Stream<NamedCsvRecord> estimatesInFile() {
        return ROWS.stream().filter(row -> !row.getField("improvement").isEmpty());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static List<NamedCsvRecord> rows(byte[] csv) {
        String text = new String(csv, StandardCharsets.UTF_8);
        return CsvReader.builder().fieldSeparator(';').ofNamedCsvRecord(text).stream()
                .toList();
    }
}
