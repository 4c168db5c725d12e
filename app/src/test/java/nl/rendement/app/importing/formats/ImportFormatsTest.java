package nl.rendement.app.importing.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.rendement.app.importing.Column;
import nl.rendement.app.importing.ColumnType;
import nl.rendement.engine.costs.CostCategory;
import nl.rendement.engine.costs.Recurrence;
import nl.rendement.engine.isolation.estimate.EstimateSource;
import nl.rendement.engine.measures.Aggregation;
import nl.rendement.engine.measures.Direction;
import nl.rendement.engine.measures.PeriodLength;
import org.junit.jupiter.api.Test;

class ImportFormatsTest {

    @Test
    void offersAFormatForEveryKindOfData() {
        assertThat(Formats.all())
                .extracting(ImportFormat::kind)
                .containsExactly(
                        "programmes",
                        "cohorts",
                        "org-units",
                        "hr-snapshot",
                        "leavers",
                        "enrolments",
                        "assessments",
                        "survey-responses",
                        "kpi-definitions",
                        "kpi-observations",
                        "engagement",
                        "cost-lines");
        assertThat(Formats.of("leavers")).contains(PeopleFormats.LEAVERS);
        assertThat(Formats.of("payroll")).isEmpty();
    }

    @Test
    void keepsAHeaderTheSameInBothLanguagesOnlyWhereDutchUsesTheSameWord() {
        Set<String> same = Formats.all().stream()
                .flatMap(format -> format.columns().stream())
                .map(FormatColumn::column)
                .filter(column -> column.english().equals(column.dutch()))
                .map(Column::english)
                .collect(Collectors.toSet());

        assertThat(same).containsExactlyInAnyOrder("code", "fte", "status", "score", "maximum", "kpi", "team", "id");
    }

    @Test
    void describesEveryColumnAndKindInBothLanguages() {
        for (ImportFormat format : Formats.all()) {
            assertThat(format.title().english()).isNotEqualTo(format.title().dutch());
            assertThat(format.purpose().english()).isNotEqualTo(format.purpose().dutch());
            for (FormatColumn column : format.columns()) {
                assertThat(column.description().english())
                        .as(format.kind() + " " + column.column().english())
                        .isNotEqualTo(column.description().dutch())
                        .endsWith(".");
                assertThat(column.description().dutch()).endsWith(".");
            }
        }
    }

    @Test
    void namesPeopleByEmployeeNumberOrEmailAndLearnersAlsoByLearnerId() {
        for (String kind : List.of("hr-snapshot", "leavers", "assessments", "survey-responses", "kpi-observations")) {
            assertThat(Formats.of(kind).orElseThrow().identity().anyOf())
                    .as(kind)
                    .contains(PersonColumns.EMPLOYEE_NUMBER, PersonColumns.EMAIL)
                    .doesNotContain(PersonColumns.LEARNER_ID);
        }
        assertThat(LearningFormats.ENROLMENTS.identity().anyOf())
                .containsExactlyInAnyOrder(
                        PersonColumns.LEARNER_ID, PersonColumns.EMAIL, PersonColumns.EMPLOYEE_NUMBER);
        assertThat(SurveyFormats.SURVEY_RESPONSES.identity().unlessYes()).contains(SurveyFormats.ANONYMOUS);
        assertThat(KpiFormats.KPI_OBSERVATIONS.identity().anyOf()).contains(KpiFormats.TEAM);
        assertThat(PeopleFormats.ORG_UNITS.identity().isNone()).isTrue();
    }

    @Test
    void readsLeaversByNumberOrEmailWithExitDateAndReason() {
        assertThat(PeopleFormats.LEAVERS.schema().columns())
                .containsExactly(
                        Column.optional("employee number", "personeelsnummer", ColumnType.TEXT),
                        Column.optional("email", "e-mail", ColumnType.TEXT),
                        Column.required("exit date", "uitdienstdatum", ColumnType.DATE),
                        Column.required("reason", "reden", ColumnType.TEXT));
        assertThat(PeopleFormats.EXIT_REASONS)
                .extracting(
                        Choice::code,
                        choice -> choice.words().english(),
                        choice -> choice.words().dutch())
                .containsExactly(
                        tuple("voluntary", "voluntary", "vrijwillig"),
                        tuple("involuntary", "involuntary", "onvrijwillig"),
                        tuple("retirement", "retirement", "pensioen"),
                        tuple("end_of_contract", "end of contract", "einde contract"),
                        tuple("other", "other", "anders"));
    }

    @Test
    void matchesAChoiceByItsWordsInEitherLanguageOrItsCode() {
        Choice endOfContract = PeopleFormats.EXIT_REASONS.get(3);

        assertThat(endOfContract.matches(" Einde Contract ")).isTrue();
        assertThat(endOfContract.matches("end-of-contract")).isTrue();
        assertThat(endOfContract.matches("end_of_contract")).isTrue();
        assertThat(endOfContract.matches("retirement")).isFalse();
    }

    @Test
    void listsTheCodesTheDatabaseAndTheEngineAccept() {
        assertThat(ProgrammeFormats.TYPES)
                .extracting(Choice::code)
                .containsExactly(
                        "onboarding",
                        "leadership",
                        "digital_learning",
                        "sales",
                        "wellbeing",
                        "compliance",
                        "ai_literacy",
                        "soft_skills",
                        "other");
        assertThat(ProgrammeFormats.DELIVERY_MODES)
                .extracting(Choice::code)
                .containsExactly("classroom", "online", "virtual_classroom", "blended", "on_the_job");
        assertThat(codes(CostFormats.CATEGORIES))
                .containsAll(names(CostCategory.values()))
                .contains("reimbursement");
        assertThat(codes(KpiFormats.DIRECTIONS)).isEqualTo(names(Direction.values()));
        assertThat(codes(KpiFormats.AGGREGATIONS)).isEqualTo(names(Aggregation.values()));
        assertThat(codes(KpiFormats.PERIODS)).isEqualTo(names(PeriodLength.values()));
        assertThat(codes(CostFormats.RECURRENCES)).isEqualTo(names(Recurrence.values()));
        assertThat(codes(SurveyFormats.ROLES)).isEqualTo(names(EstimateSource.values()));
    }

    private static List<String> codes(List<Choice> choices) {
        return choices.stream().map(Choice::code).toList();
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants)
                .map(constant -> constant.name().toLowerCase(Locale.ROOT))
                .toList();
    }
}
